/**
 * Per-seed extraction for ingest: a cache, and the two cores.
 *
 * extractSeed() (read, clean, metadata, cases) depends on one seed alone, so
 * its result is cached per seed under a key of the pipeline's code, the
 * taxonomy, the seed's path and its bytes' hash: one changed seed is
 * extracted again, the others are read back. Entries live in
 * node_modules/.cache/casebook/extract/ (never in content/); an entry is
 * content-addressed, so runs over other seed folders share the cache safely.
 *
 * What is not cached is extracted on worker threads (one per core) when there
 * is enough of it to pay for their start-up; results come back in seed order,
 * so the output is the same whichever thread read a seed.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractSeed, type SeedExtraction, type SeedFile } from '../extract/pipeline.ts';
import type { TaxonomyEntry } from '../model/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** CASEBOOK_EXTRACT_CACHE moves it (the benchmark gives each corpus its own, so a cold run is cold). */
export const EXTRACT_CACHE_DIR = process.env.CASEBOOK_EXTRACT_CACHE || join(process.cwd(), 'node_modules', '.cache', 'casebook', 'extract');

/** Below this many seeds to extract, threads cost more than they save (~0.2 s to start one). */
const MIN_FOR_WORKERS = 64;
/** Seeds per message to a worker: small enough to balance two threads, large enough to keep messages few. */
const CHUNK = 16;

export interface PendingSeed {
  /** Path from the project root, forward slashes (as SeedFile.path). */
  path: string;
  /** sha256 of the bytes, hex. */
  hash: string;
  /** Reads the bytes when the seed must be extracted (a cache hit never reads them). */
  bytes: () => Uint8Array;
}

export interface ExtractOptions {
  /** Hash of the pipeline's code and the taxonomy: part of every key. */
  fingerprint: string;
  /** false: neither read nor write the cache. */
  cache: boolean;
  /** Worker threads; default: one per core when there is enough to extract, 0 = in this thread. */
  workers?: number;
  dir?: string;
}

export interface ExtractStats {
  cached: number;
  extracted: number;
  workers: number;
}

/**
 * Hash of the code an extraction runs: every module the worker reaches by
 * relative imports (followed from its source, so a new module is never
 * missed), and the lockfile for the packages. A change to how pages are
 * written (emit, site) does not throw the extractions away; a change to any
 * extraction stage does.
 */
export function extractionCodeHash(): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const queue = [fileURLToPath(new URL('./extract-worker.ts', import.meta.url)), fileURLToPath(new URL('./extract-cache.ts', import.meta.url))];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    hash
      .update(`${relative(ROOT, file)}\0`)
      .update(text)
      .update('\0');
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) queue.push(resolve(dirname(file), m[1]!));
  }
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

export function extractionKey(fingerprint: string, path: string, hash: string): string {
  return createHash('sha256').update(`${fingerprint}\0${path}\0${hash}`).digest('hex');
}

/** How many code/taxonomy versions keep their extractions (switching branches back and forth stays warm). */
export const KEPT_VERSIONS = 3;

/** Entries live in one folder per fingerprint, so the extractions of code that changed can be dropped whole. */
function versionDir(dir: string, fingerprint: string): string {
  return join(dir, createHash('sha256').update(fingerprint).digest('hex').slice(0, 16));
}

function entryPath(versioned: string, key: string): string {
  return join(versioned, key.slice(0, 2), `${key}.json`);
}

/**
 * Remove all but the `keep` most recently used version folders, and anything
 * else in `dir` (an older layout). Without it every change to the pipeline's
 * code left 10,000 files behind at 10,000 articles, for good.
 */
export function pruneExtractCache(dir: string, current: string, keep = KEPT_VERSIONS): string[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir, { withFileTypes: true });
  const versions = entries
    .filter((e) => e.isDirectory() && /^[0-9a-f]{16}$/.test(e.name) && join(dir, e.name) !== current)
    .map((e) => ({ name: e.name, used: statSync(join(dir, e.name)).mtimeMs }))
    .sort((a, b) => b.used - a.used || a.name.localeCompare(b.name));
  const kept = new Set([...versions.slice(0, keep - 1).map((v) => v.name), current.slice(dir.length + 1)]);
  const removed = entries.filter((e) => !kept.has(e.name)).map((e) => e.name);
  for (const name of removed) rmSync(join(dir, name), { recursive: true, force: true });
  return removed.sort();
}

export async function extractSeeds(
  seeds: PendingSeed[],
  taxonomy: TaxonomyEntry[],
  options: ExtractOptions,
): Promise<{ extractions: SeedExtraction[]; stats: ExtractStats }> {
  const dir = options.dir ?? EXTRACT_CACHE_DIR;
  const versioned = versionDir(dir, options.fingerprint);
  const keys = seeds.map((s) => extractionKey(options.fingerprint, s.path, s.hash));
  const out = seeds.map((seed, i) => (options.cache ? readEntry(entryPath(versioned, keys[i]!), seed.path) : undefined));
  const missing = out.flatMap((x, i) => (x ? [] : [i]));
  const files: SeedFile[] = missing.map((i) => ({ path: seeds[i]!.path, bytes: seeds[i]!.bytes() }));
  const { extractions, workers } = await extractFresh(files, taxonomy, options.workers);
  missing.forEach((i, k) => {
    out[i] = extractions[k]!;
    if (options.cache) writeEntry(entryPath(versioned, keys[i]!), extractions[k]!);
  });
  if (options.cache && existsSync(versioned)) {
    // The folder's time says when this version was last used; the oldest versions go.
    const now = new Date();
    utimesSync(versioned, now, now);
    pruneExtractCache(dir, versioned);
  }
  return { extractions: out as SeedExtraction[], stats: { cached: seeds.length - missing.length, extracted: missing.length, workers } };
}

/** The cached extraction of the seed at `path`, or undefined (none, or a torn or foreign entry: extract again). */
function readEntry(file: string, path: string): SeedExtraction | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const x = JSON.parse(readFileSync(file, 'utf8')) as SeedExtraction;
    return x.seed === path ? x : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole under a temporary name, then renamed: a reader never sees half an entry. */
function writeEntry(file: string, x: SeedExtraction): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(x));
  renameSync(tmp, file);
}

/** Extracts `files` in order: on worker threads when there are enough of them, else (or when threads fail) here. */
async function extractFresh(files: SeedFile[], taxonomy: TaxonomyEntry[], workers?: number): Promise<{ extractions: SeedExtraction[]; workers: number }> {
  const envWorkers = process.env.CASEBOOK_INGEST_WORKERS;
  const wanted = workers ?? (envWorkers !== undefined ? Number(envWorkers) : files.length >= MIN_FOR_WORKERS ? availableParallelism() : 0);
  const threads = Math.max(0, Math.min(wanted, Math.ceil(files.length / CHUNK)));
  if (threads > 0) {
    try {
      return { extractions: await inWorkers(files, taxonomy, threads), workers: threads };
    } catch {
      // a runtime that cannot start the worker: do it here
    }
  }
  return { extractions: files.map((f) => extractSeed(f, taxonomy)), workers: 0 };
}

function inWorkers(files: SeedFile[], taxonomy: TaxonomyEntry[], threads: number): Promise<SeedExtraction[]> {
  return new Promise((resolve, reject) => {
    const results: SeedExtraction[] = new Array(files.length);
    let next = 0;
    let done = 0;
    let failed = false;
    const workers: Worker[] = [];
    const finish = (error?: unknown) => {
      if (failed) return;
      if (error !== undefined) failed = true;
      for (const w of workers) void w.terminate();
      if (error !== undefined) reject(error);
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (next >= files.length) return;
      const start = next;
      next = Math.min(files.length, next + CHUNK);
      w.postMessage({ start, files: files.slice(start, next) });
    };
    for (let t = 0; t < threads; t++) {
      const w = new Worker(new URL('./extract-worker.ts', import.meta.url), { workerData: { taxonomy } });
      workers.push(w);
      w.on('message', (msg: { start: number; extractions: SeedExtraction[] }) => {
        msg.extractions.forEach((x, k) => (results[msg.start + k] = x));
        done += msg.extractions.length;
        if (done === files.length) finish();
        else feed(w);
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (done < files.length) finish(new Error(`extract worker exited (${code}) with ${files.length - done} seeds left`));
      });
      feed(w);
    }
  });
}
