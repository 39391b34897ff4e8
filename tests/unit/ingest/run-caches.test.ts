/**
 * The caches of a run besides the extraction cache (ingest-cache.test.ts):
 * the seed index (src/ingest/seed-index.ts), the stamp that skips a run with
 * nothing changed (run-stamp.ts) and the emit record (emit-record.ts). Each
 * may save work, never change what a run says or writes.
 */

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emitRecordOf, knownPages, rememberedCasebook, textHash } from '../../../src/ingest/emit-record.ts';
import { rel } from '../../../src/ingest/files.ts';
import { runIngest } from '../../../src/ingest/run-ingest.ts';
import { stampPath, unchangedSince } from '../../../src/ingest/run-stamp.ts';
import { hashedNow, type SeedIndex, stillHolds } from '../../../src/ingest/seed-index.ts';
import { listSeeds } from '../../../src/ingest/seeds.ts';
import type { Dataset } from '../../../src/model/schema.ts';

let dir: string;
let seeds: string;
let out: string;
const names = readdirSync('seeds')
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .slice(0, 3);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-run-caches-'));
  seeds = join(dir, 'seeds');
  out = join(dir, 'content');
  for (const n of names) cpSync(join('seeds', n), join(seeds, n));
  cpSync('content/topics', join(out, 'topics'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('seed index', () => {
  it('trusts a recorded hash only while the stat is the same and was recorded over a second after the last change', () => {
    const file = join(seeds, names[0]!);
    const st = statSync(file);
    const entry = hashedNow(readFileSync(file), st, Math.max(st.mtimeMs, st.ctimeMs) + 2000);
    expect(stillHolds(entry, st)).toBe(true);
    expect(stillHolds(undefined, st)).toBe(false);
    expect(stillHolds({ ...entry, at: Math.max(st.mtimeMs, st.ctimeMs) + 500 }, st)).toBe(false); // same clock tick: a write may not show
    expect(stillHolds({ ...entry, size: entry.size + 1 }, st)).toBe(false);
    expect(stillHolds({ ...entry, mtimeMs: entry.mtimeMs - 1 }, st)).toBe(false);
    expect(stillHolds({ ...entry, ino: entry.ino + 1 }, st)).toBe(false);
  });

  it('reads only the seeds whose stat changed, and reports the others with their recorded hash', async () => {
    const first = await listSeeds(seeds, {}, () => {});
    expect(first.hashed).toBe(names.length);
    expect(first.bytes).toBe(names.reduce((n, name) => n + statSync(join(seeds, name)).size, 0));
    // As recorded long after each file last changed, with a hash no file has: a seed read again would show its real one.
    const trusted: SeedIndex = Object.fromEntries(Object.entries(first.index).map(([k, v]) => [k, { ...v, at: v.at + 5000, hash: `known-${k}` }]));
    const again = await listSeeds(seeds, trusted, () => {});
    expect(again.hashed).toBe(0);
    expect(again.seeds.map((s) => s.hash)).toEqual(first.seeds.map((s) => `known-${s.path}`));
    writeFileSync(join(seeds, names[1]!), `${readFileSync(join(seeds, names[1]!), 'utf8')}\nMore.\n`);
    const changed = await listSeeds(seeds, trusted, () => {});
    expect(changed.hashed).toBe(1);
    expect(changed.seeds[1]!.hash).toBe(hashedNow(readFileSync(join(seeds, names[1]!)), statSync(join(seeds, names[1]!)), 0).hash);
  });

  it('names files that are not seeds, except READMEs and dot files', async () => {
    writeFileSync(join(seeds, 'notes.json'), '{}');
    writeFileSync(join(seeds, 'README.md.bak'), '');
    writeFileSync(join(seeds, '.DS_Store'), '');
    const lines: string[] = [];
    const list = await listSeeds(seeds, {}, (l) => lines.push(l));
    expect(list.seeds).toHaveLength(names.length);
    expect(lines).toEqual([`${rel(join(seeds, 'notes.json'))}: skipped: not a .txt, .md or .html file; rename it or move it out of the seeds folder`]);
  });
});

describe('run stamp', () => {
  const run = (lines: string[] = [], force = false) =>
    runIngest({ seedsDir: seeds, outDir: out, quiet: true, force, log: (l) => lines.push(l), extractCacheDir: join(dir, 'extract') });

  it('a run with nothing changed writes nothing and says again what the last full run said', async () => {
    writeFileSync(join(seeds, 'empty.txt'), '');
    const firstLines: string[] = [];
    const first = await run(firstLines);
    expect(first.ok).toBe(true);
    expect(existsStamp()).toBe(true);
    const againLines: string[] = [];
    const again = await run(againLines);
    expect(again).toMatchObject({ ok: true, unchangedRun: true, written: 0 });
    const skip = firstLines.find((l) => l.endsWith('empty.txt: skipped: has no text; delete it or paste the article into it'));
    expect(skip).toBeDefined();
    expect(againLines.slice(0, -1)).toEqual(firstLines.slice(0, -1));
    expect(againLines.at(-1)).toMatch(
      /^ingest: 4 seeds, 3 articles, \d+ cases; nothing changed since the last run .*; 0 files written, \d+ unchanged, 0 removed;/,
    );
  });

  it('an edited or deleted page, a changed seed or --force makes the next run a full one', async () => {
    const skipped = async (force = false) => 'unchangedRun' in (await run([], force));
    await run();
    expect(await skipped()).toBe(true);
    const page = join(out, 'articles', readdirSync(join(out, 'articles')).sort()[0]!);
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nEdited by hand.\n`);
    const edited = await run();
    expect('plan' in edited && edited.plan?.human.size).toBe(1);
    expect(await skipped()).toBe(true);
    rmSync(page);
    expect(await skipped()).toBe(false);
    writeFileSync(join(seeds, names[0]!), `${readFileSync(join(seeds, names[0]!), 'utf8')}\nA closing paragraph.\n`);
    expect(await skipped()).toBe(false);
    expect(await skipped()).toBe(true);
    expect(await skipped(true)).toBe(false);
  });

  it('holds only for the same inputs and an untouched output', async () => {
    await run();
    const stamp = JSON.parse(readFileSync(stampPath(out), 'utf8')) as { inputs: string };
    expect(await unchangedSince(out, stamp.inputs)).not.toBeNull();
    expect(await unchangedSince(out, 'other inputs')).toBeNull();
    writeFileSync(join(out, 'ids.json'), '{"articles":{}}\n');
    expect(await unchangedSince(out, stamp.inputs)).toBeNull();
  });

  it('a run with problems leaves no stamp', async () => {
    await run();
    writeFileSync(join(out, 'redirects.yaml'), '- from: nowhere\n  to: cases/x/\n');
    const broken = await run();
    expect(broken.ok).toBe(false);
    expect(existsStamp()).toBe(false);
  });

  function existsStamp(): boolean {
    return statSync(stampPath(out), { throwIfNoEntry: false }) !== undefined;
  }
});

describe('emit record', () => {
  const existing = new Map([
    ['articles/a.md', 'text of a'],
    ['articles/b.md', 'text of b, edited'],
  ]);
  const record = {
    code: 'c1',
    pages: { 'articles/a.md': ['key-a', textHash('text of a')], 'articles/b.md': ['key-b', textHash('text of b')] } as Record<string, [string, string]>,
  };

  it('reuses a page only for the same data key and while its file holds the text recorded', () => {
    const { known, proven } = knownPages(record, existing);
    expect(known('articles/a.md', 'key-a')).toBe('text of a');
    expect(known('articles/a.md', 'another key')).toBeUndefined();
    expect(known('articles/b.md', 'key-b')).toBeUndefined(); // edited since
    expect(known('articles/c.md', 'key-c')).toBeUndefined();
    expect(knownPages(null, existing).known('articles/a.md', 'key-a')).toBeUndefined();
    expect([...proven]).toEqual([['articles/a.md', textHash('text of a')]]);
  });

  it('records the pages whose file holds the generated text, and the ids of casebook.json', () => {
    const dataset = {
      cases: [{ id: 'k', sources: [{ article: 'a', paragraphs: ['p1'], quote: 'x' }] }],
      entities: [{ id: 'e', name: 'E', kind: 'person', extra: 1 }],
    };
    const json = Buffer.from('{"casebook":1}');
    const next = emitRecordOf('c2', {
      emitted: {
        files: new Map([
          ['articles/a.md', 'text of a'],
          ['articles/b.md', 'text of b'],
          ['articles/c.md', 'text of c'],
        ]),
        keys: new Map([
          ['articles/a.md', 'key-a'],
          ['articles/b.md', 'key-b'],
          ['articles/c.md', 'key-c'],
        ]),
      },
      proven: new Map(),
      written: new Map([['articles/c.md', 'text of c']]),
      existing,
      dataset: dataset as unknown as Dataset,
      casebookJson: json,
    });
    expect(Object.keys(next.pages).sort()).toEqual(['articles/a.md', 'articles/c.md']);
    expect(next.casebook).toEqual({
      hash: textHash(json),
      cases: [{ id: 'k', sources: [{ article: 'a', paragraphs: ['p1'] }] }],
      entities: [{ id: 'e', name: 'E', kind: 'person' }],
    });
    expect(rememberedCasebook(next, json)).toBe(next.casebook);
    expect(rememberedCasebook(next, Buffer.from('{"casebook":2}'))).toBeNull();
    expect(rememberedCasebook(next, null)).toBeNull();
  });
});
