/**
 * Ingest reuses the text of pages whose data did not change since the last
 * run (src/ingest/emit-record.ts): the output must be exactly
 * what a full run writes, whatever happened to the files in between.
 */

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleMarkdown, emitPages, emitPagesReusing } from '../../../src/emit/emit.ts';
import { ingest } from '../../../src/extract/pipeline.ts';
import { listFiles } from '../../../src/ingest/files.ts';
import { loadTaxonomy } from '../../../src/ingest/inputs.ts';
import { runIngest } from '../../../src/ingest/run-ingest.ts';

let dir: string;
const names = readdirSync('seeds')
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .slice(0, 6);

async function tree(out: string): Promise<Record<string, string>> {
  const all: Record<string, string> = {};
  for (const f of await listFiles(out)) all[f.slice(out.length + 1)] = readFileSync(f, 'utf8');
  return all;
}

async function run(seeds: string, out: string, force = false) {
  return runIngest({ seedsDir: seeds, outDir: out, quiet: true, log: () => {}, force, extractCacheDir: join(dir, 'extract') });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-emit-reuse-'));
  const seeds = join(dir, 'seeds');
  for (const n of names) cpSync(join('seeds', n), join(seeds, n));
  cpSync('content/topics', join(dir, 'out', 'topics'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('emit reuse', () => {
  it('emitPagesReusing renders what emitPages renders, and takes known text only where asked', async () => {
    const taxonomy = (await loadTaxonomy('content/topics')).entries;
    const { dataset } = ingest(
      names.map((n) => ({ path: `seeds/${n}`, bytes: readFileSync(join('seeds', n)) })),
      taxonomy,
    );
    const plain = emitPages(dataset);
    const first = emitPagesReusing(dataset);
    expect([...first.files]).toEqual([...plain]);
    const path = `articles/${dataset.articles[0]!.id}.md`;
    const again = emitPagesReusing(dataset, (p, key) => (p === path && key === first.keys.get(path) ? 'KNOWN' : undefined));
    expect(again.reused).toBe(1);
    expect(again.files.get(path)).toBe('KNOWN');
    expect(again.keys).toEqual(first.keys);
    // A changed article gets another key.
    const changed = { ...dataset.articles[0]!, title: `${dataset.articles[0]!.title} (updated)` };
    expect(emitPagesReusing({ ...dataset, articles: [changed] }).keys.get(path)).not.toBe(first.keys.get(path));
    expect(articleMarkdown(changed)).not.toBe(plain.get(path));
  });

  it('a changed seed, an edited page and a deleted page give the same files as a full run', async () => {
    const seeds = join(dir, 'seeds');
    const out = join(dir, 'out');
    expect((await run(seeds, out)).ok).toBe(true);
    const pages = (await listFiles(join(out, 'articles'))).sort();
    // Between runs: a seed changes, a person edits one page, another page is deleted.
    const seed = join(seeds, names[1]!);
    writeFileSync(seed, `${readFileSync(seed, 'utf8')}\n\nA closing paragraph added later about the same case.\n`);
    const page = readFileSync(pages[2]!, 'utf8');
    const edited = page.replace(/\n\n([^\n<][^\n]*)\n/, '\n\n$1 Edited by hand.\n');
    expect(edited).not.toBe(page);
    writeFileSync(pages[2]!, edited);
    unlinkSync(pages[3]!);
    const control = join(dir, 'control');
    cpSync(out, control, { recursive: true });
    const reused = await run(seeds, out);
    const full = await run(seeds, control, true);
    expect(reused.ok).toBe(full.ok);
    expect(reused.pagesReused).toBeGreaterThan(0);
    expect(full.pagesReused).toBe(0);
    expect(await tree(out)).toEqual(await tree(control));
    expect(reused.written).toBe(full.written);
  });
});
