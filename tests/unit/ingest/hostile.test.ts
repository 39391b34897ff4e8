/**
 * The hostile corpus through the pure pipeline (read -> ... -> emit): every
 * seed gets exactly one of two outcomes, a page that holds its text or a skip
 * with a one-line reason that says what to do, and the ordinary seeds come out
 * exactly as they do without the hostile ones. The built site is checked in
 * tests/browser/hostile.test.ts.
 */

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitPages } from '../../../src/emit/emit.ts';
import { type IngestResult, ingest, type SeedFile } from '../../../src/extract/pipeline.ts';
import { decodeSeed, firstInvalidUtf8 } from '../../../src/extract/read/decode.ts';
import { readSeed } from '../../../src/extract/read/read.ts';
import { loadTaxonomy } from '../../../src/ingest/inputs.ts';
import type { TaxonomyEntry } from '../../../src/model/types.ts';
import { EXPECTED, hugeSeed, makeCorpus } from '../../helpers/hostile-make.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A reason the contributor can act on: one line, and an instruction after the semicolon. */
const ACTIONABLE = /^[^\n]+; (?:[^\n]* )?(delete|save|re-save|fix|end|split|paste|rename|check|trim|remove|add|convert)\b[^\n]*$/;

let taxonomy: TaxonomyEntry[];
let ordinary: SeedFile[];
const hostile: SeedFile[] = [];
let alone: IngestResult;
let mixed: IngestResult;

beforeAll(async () => {
  taxonomy = (await loadTaxonomy('content/topics')).entries;
  ordinary = [];
  for (const name of (await readdir('seeds')).sort()) ordinary.push({ path: `seeds/${name}`, bytes: await readFile(join('seeds', name)) });
  const dir = await mkdtemp(join(tmpdir(), 'casebook-hostile-'));
  try {
    for (const name of await makeCorpus(dir)) hostile.push({ path: `seeds/hostile/${name}`, bytes: await readFile(join(dir, name)) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  alone = ingest(ordinary, taxonomy);
  mixed = ingest([...ordinary, ...hostile], taxonomy);
}, 120_000);

describe('hostile corpus', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    const names = hostile.map((s) => s.path.slice('seeds/hostile/'.length)).sort();
    expect(names).toEqual(
      Object.keys(EXPECTED)
        .filter((n) => n !== 'huge-10mb.txt')
        .sort(),
    );
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every seed exactly one outcome, the expected one', () => {
    const problems: string[] = [];
    for (const seed of hostile) {
      const name = seed.path.slice('seeds/hostile/'.length);
      const lines = mixed.report.filter((r) => r.seed === seed.path);
      const articles = mixed.dataset.articles.filter((a) => a.seed === seed.path);
      const skipped = mixed.dataset.skipped.filter((s) => s.seed === seed.path);
      const want = EXPECTED[name]!;
      if (lines.length !== 1) problems.push(`${name}: ${lines.length} report lines`);
      if (articles.length + skipped.length !== 1) problems.push(`${name}: ${articles.length} pages and ${skipped.length} skips`);
      if (want.outcome === 'skip') {
        if (!skipped[0]) problems.push(`${name}: expected a skip, got a page`);
        else if (!want.reason.test(skipped[0].reason)) problems.push(`${name}: reason ${JSON.stringify(skipped[0].reason)} does not match ${want.reason}`);
        continue;
      }
      const article = articles[0];
      if (!article) {
        problems.push(`${name}: expected a page, was skipped: ${skipped[0]?.reason}`);
        continue;
      }
      if (want.title !== undefined && article.title !== want.title) problems.push(`${name}: title ${JSON.stringify(article.title.slice(0, 80))}`);
      const shown = squash([article.title, ...article.paragraphs.map((p) => p.text), ...article.removed.map((r) => r.text)].join('\n'));
      for (const snippet of want.shows) if (!shown.includes(squash(snippet))) problems.push(`${name}: does not show ${JSON.stringify(snippet)}`);
    }
    expect(problems).toEqual([]);
  });

  it('skips with a one-line reason that says what to do', () => {
    for (const skip of mixed.dataset.skipped) {
      expect(skip.reason, skip.seed).toMatch(ACTIONABLE);
      // run-ingest prints `${seed}: skipped: ${reason}`: the reason must not restate or hide the name.
      expect(skip.reason.length, skip.seed).toBeLessThan(300);
    }
  });

  it('leaves the ordinary seeds exactly as they come out alone', () => {
    const byId = new Map(mixed.dataset.articles.map((a) => [a.id, a]));
    for (const article of alone.dataset.articles) expect(byId.get(article.id), article.id).toEqual(article);
    const ordinaryIds = new Set(alone.dataset.articles.map((a) => a.id));
    const theirs = mixed.dataset.cases.filter((c) => c.sources.every((s) => ordinaryIds.has(s.article)));
    expect(theirs).toEqual(alone.dataset.cases);
    // ...and no hostile article was merged into one of their cases.
    for (const c of mixed.dataset.cases) {
      const kinds = new Set(c.sources.map((s) => ordinaryIds.has(s.article)));
      expect(kinds.size, c.id).toBe(1);
    }
  });

  it('writes a Markdown page for every page it keeps, with safe file names', () => {
    const files = emitPages(mixed.dataset);
    for (const path of files.keys()) expect(path).toMatch(/^(articles|cases)\/[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
    expect([...files.keys()].filter((p) => p.startsWith('articles/')).length).toBe(mixed.dataset.articles.length);
  });

  it('refuses the 10 MB seed by its size, before decoding it', () => {
    const result = readSeed('seeds/huge.txt', hugeSeed());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(EXPECTED['huge-10mb.txt']!.outcome === 'skip' ? /10\.0 MB.*split/ : /never/);
    // 10 MB that is not even UTF-8: refused for its size, so no byte was decoded first.
    const junk = readSeed('seeds/junk.txt', new Uint8Array(10_500_000).fill(0xff));
    expect(junk.ok).toBe(false);
    if (!junk.ok) expect(junk.reason).toMatch(/MB/);
  });

  // How fast is for `npm run bench` (no timing in unit tests); this proves a long seed goes through whole.
  it('reads a long but plausible seed (400,000 characters) through every stage', () => {
    const result = ingest([{ path: 'seeds/long.txt', bytes: hugeSeed(400_000) }], taxonomy);
    expect(result.report[0]!.status).toBe('ok');
    expect(result.dataset.articles[0]!.paragraphs.length).toBeGreaterThan(3000);
  }, 60_000);
});

describe('decode', () => {
  it('locates the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x0a, 0x62, 0xe2, 0x82, 0xac, 0xff]))).toEqual({ line: 2, column: 3, offset: 6 });
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toMatchObject({ offset: 0 }); // a UTF-16 surrogate in UTF-8
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82]))).toMatchObject({ offset: 0 }); // cut off
  });

  it('reads UTF-16 without a BOM only when the pattern is unmistakable', () => {
    const le = Buffer.from('Plain ASCII text in UTF-16 without a byte order mark.', 'utf16le');
    expect(decodeSeed(le)).toMatchObject({ ok: true, encoding: 'utf-16le' });
    expect(decodeSeed(Buffer.from(le).swap16())).toMatchObject({ ok: true, encoding: 'utf-16be' });
    expect(decodeSeed(Buffer.from('short'))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('refuses UTF-16 with a lone surrogate or an odd length', () => {
    expect(decodeSeed(Buffer.from([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]))).toMatchObject({ ok: false });
    expect(decodeSeed(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toMatchObject({ ok: false });
  });
});
