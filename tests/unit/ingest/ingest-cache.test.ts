/**
 * The per-seed extraction cache of ingest (src/ingest/extract-cache.ts): a
 * changed seed is extracted again and only it; a code or taxonomy change
 * (another fingerprint) extracts everything; cached, fresh and worker-thread
 * extractions assemble into the same dataset as ingest() itself.
 */

import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assemble, ingest, type SeedFile } from '../../../src/extract/pipeline.ts';
import { extractionCodeHash, extractionKey, extractSeeds, KEPT_VERSIONS, type PendingSeed, pruneExtractCache } from '../../../src/ingest/extract-cache.ts';
import { loadTaxonomy } from '../../../src/ingest/inputs.ts';
import { runIngest } from '../../../src/ingest/run-ingest.ts';
import type { TaxonomyEntry } from '../../../src/model/types.ts';

let dir: string;
let taxonomy: TaxonomyEntry[];

const names = readdirSync('seeds')
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .slice(0, 4);

function pending(files: SeedFile[], reads: string[]): PendingSeed[] {
  return files.map((f) => ({
    path: f.path,
    hash: createHash('sha256').update(f.bytes).digest('hex'),
    bytes: () => {
      reads.push(f.path);
      return f.bytes;
    },
  }));
}

function files(): SeedFile[] {
  return names.map((n) => ({ path: `seeds/${n}`, bytes: readFileSync(join('seeds', n)) }));
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-extract-'));
  taxonomy = (await loadTaxonomy('content/topics')).entries;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('extraction cache', () => {
  it('extracts each seed once, then reads it back without reading the seed', async () => {
    const reads: string[] = [];
    const first = await extractSeeds(pending(files(), reads), taxonomy, { fingerprint: 'f1', cache: true, dir, workers: 0 });
    expect(first.stats).toMatchObject({ extracted: 4, cached: 0 });
    expect(reads).toHaveLength(4);
    reads.length = 0;
    const again = await extractSeeds(pending(files(), reads), taxonomy, { fingerprint: 'f1', cache: true, dir, workers: 0 });
    expect(again.stats).toMatchObject({ extracted: 0, cached: 4 });
    expect(reads).toEqual([]);
    expect(JSON.stringify(again.extractions)).toBe(JSON.stringify(first.extractions));
  });

  it('re-extracts only the seed that changed', async () => {
    await extractSeeds(pending(files(), []), taxonomy, { fingerprint: 'f1', cache: true, dir, workers: 0 });
    const changed = files();
    changed[2] = {
      path: changed[2]!.path,
      bytes: Buffer.concat([Buffer.from(changed[2]!.bytes), Buffer.from('\n\nA new closing paragraph about the case, added by an editor.\n')]),
    };
    const reads: string[] = [];
    const run = await extractSeeds(pending(changed, reads), taxonomy, { fingerprint: 'f1', cache: true, dir, workers: 0 });
    expect(run.stats).toMatchObject({ extracted: 1, cached: 3 });
    expect(reads).toEqual([changed[2]!.path]);
    // And the result is what a full run makes of the changed seeds.
    expect(JSON.stringify(assemble(run.extractions, taxonomy))).toBe(JSON.stringify(ingest(changed, taxonomy)));
  });

  it('a code or taxonomy change (another fingerprint) extracts everything again', async () => {
    await extractSeeds(pending(files(), []), taxonomy, { fingerprint: 'f1', cache: true, dir, workers: 0 });
    const run = await extractSeeds(pending(files(), []), taxonomy, { fingerprint: 'f2', cache: true, dir, workers: 0 });
    expect(run.stats).toMatchObject({ extracted: 4, cached: 0 });
    expect(extractionKey('f1', 'seeds/a.txt', 'h')).not.toBe(extractionKey('f2', 'seeds/a.txt', 'h'));
    expect(extractionKey('f1', 'seeds/a.txt', 'h')).not.toBe(extractionKey('f1', 'seeds/b.txt', 'h'));
  });

  it('keeps the extractions of the last three versions of the code, and nothing else', async () => {
    const one = [files()[0]!];
    mkdirSync(join(dir, 'ab'), { recursive: true });
    writeFileSync(join(dir, 'ab', 'old-layout.json'), '{}');
    for (const [i, fp] of ['f1', 'f2', 'f3', 'f4'].entries()) {
      await extractSeeds(pending(one, []), taxonomy, { fingerprint: fp, cache: true, dir, workers: 0 });
      // The version just used carries the time of now; move it back to a day of its own, as runs on different days would leave.
      for (const n of readdirSync(dir))
        if (statSync(join(dir, n)).mtimeMs > 2e12) utimesSync(join(dir, n), new Date(1e12 + i * 86_400_000), new Date(1e12 + i * 86_400_000));
    }
    expect(readdirSync(dir)).toHaveLength(KEPT_VERSIONS);
    expect(readdirSync(dir)).not.toContain('ab');
    // The newest three are warm; the first was dropped.
    expect((await extractSeeds(pending(one, []), taxonomy, { fingerprint: 'f4', cache: true, dir, workers: 0 })).stats.cached).toBe(1);
    expect((await extractSeeds(pending(one, []), taxonomy, { fingerprint: 'f2', cache: true, dir, workers: 0 })).stats.cached).toBe(1);
    expect((await extractSeeds(pending(one, []), taxonomy, { fingerprint: 'f1', cache: true, dir, workers: 0 })).stats.cached).toBe(0);
  });

  it('prunes by last use, never the version in use', () => {
    for (const [i, name] of ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc', 'dddddddddddddddd'].entries()) {
      mkdirSync(join(dir, name));
      utimesSync(join(dir, name), new Date(1e12 + i * 1000), new Date(1e12 + i * 1000));
    }
    expect(pruneExtractCache(dir, join(dir, 'aaaaaaaaaaaaaaaa'))).toEqual(['bbbbbbbbbbbbbbbb']);
    expect(readdirSync(dir).sort()).toEqual(['aaaaaaaaaaaaaaaa', 'cccccccccccccccc', 'dddddddddddddddd']);
  });

  it('the code fingerprint covers the extraction stages', () => {
    expect(extractionCodeHash()).toMatch(/^[0-9a-f]{64}$/);
    expect(extractionCodeHash()).toBe(extractionCodeHash());
  });

  it('worker threads, the cache and ingest() give the same dataset', async () => {
    const threaded = await extractSeeds(pending(files(), []), taxonomy, { fingerprint: 'f1', cache: false, dir, workers: 2 });
    expect(threaded.stats.workers).toBeGreaterThan(0); // one thread per 16 seeds at most: 4 seeds, 1 thread
    const reference = JSON.stringify(ingest(files(), taxonomy));
    expect(JSON.stringify(assemble(threaded.extractions, taxonomy))).toBe(reference);
    // Any order in, seed order out.
    expect(JSON.stringify(assemble([...threaded.extractions].reverse(), taxonomy))).toBe(reference);
  });
});

describe('runIngest with the cache', () => {
  it('one changed seed is the only one extracted; a taxonomy change extracts all', async () => {
    const seeds = join(dir, 'seeds');
    const out = join(dir, 'content');
    const topics = join(dir, 'topics');
    const cache = join(dir, 'cache');
    for (const n of names) cpSync(join('seeds', n), join(seeds, n));
    cpSync('content/topics', topics, { recursive: true });
    const lines: string[] = [];
    const run = () => runIngest({ seedsDir: seeds, outDir: out, topicsDir: topics, extractCacheDir: cache, log: (l) => lines.push(l), quiet: true });
    const summary = () => lines.filter((l) => l.startsWith('ingest: ')).pop()!;

    await run();
    expect(summary()).toMatch(/4 seeds extracted, 0 from the cache/);
    const before = readFileSync(join(out, 'casebook.json'), 'utf8');

    writeFileSync(join(seeds, names[1]!), `${readFileSync(join(seeds, names[1]!), 'utf8')}\n\nA new closing paragraph about the case, added by an editor.\n`);
    await run();
    expect(summary()).toMatch(/1 seeds extracted, 3 from the cache/);
    expect(readFileSync(join(out, 'casebook.json'), 'utf8')).not.toBe(before);

    const topic = readdirSync(topics).sort()[0]!;
    writeFileSync(join(topics, topic), readFileSync(join(topics, topic), 'utf8').replace(/^patterns:\n/m, "patterns:\n  - '\\bzzqx-never-matches\\b'\n"));
    await run();
    expect(summary()).toMatch(/4 seeds extracted, 0 from the cache/);
  }, 60_000);
});
