/**
 * The I/O edge of the pipeline: seeds, taxonomy, judgements and the pages
 * already in content/ in; changed files out; a report on the console.
 * Only files ingest generated and nobody edited are ever replaced or removed.
 *
 * A run is a list of steps, each in its own module of this folder. Four
 * caches, all in node_modules/.cache/casebook/ (never in content/), make a
 * re-run cost only what changed: seed-index.ts (seed hashes by stat),
 * run-stamp.ts (skip a run that would change nothing), extract-cache.ts
 * (extractions per seed) and emit-record.ts (pages whose data did not change
 * are not rendered again; the ids of the last casebook.json).
 */

import { existsSync } from 'node:fs';
import type { IdRegistry } from '../extract/pipeline.ts';
import { emitRecordOf, loadEmitRecord, saveEmitRecord } from './emit-record.ts';
import { fingerprints } from './fingerprints.ts';
import { nextRedirects, type PreviousCasebook, previousCasebook } from './forwarding.ts';
import { type IngestLog, ingestLog } from './ingest-log.ts';
import { readInputs } from './inputs.ts';
import { renderPages } from './render-pages.ts';
import { fullRunSummary, reportSeeds, unchangedSummary } from './run-report.ts';
import { clearStamp, unchangedSince, writeStamp } from './run-stamp.ts';
import { loadSeedIndex, saveSeedIndex, seedIndexPath } from './seed-index.ts';
import { listSeeds, type SeedList } from './seeds.ts';
import { writeOutput } from './write-output.ts';

export interface RunOptions {
  seedsDir: string;
  outDir: string;
  quiet?: boolean;
  /** Where the taxonomy lives; defaults to <outDir>/topics, then content/topics. */
  topicsDir?: string;
  log?: (line: string) => void;
  /** Run every stage even when nothing changed since the last run (also: CASEBOOK_INGEST_CACHE=0). */
  force?: boolean;
  /** Where per-seed extractions are cached (default node_modules/.cache/casebook/extract; tests pass their own). */
  extractCacheDir?: string;
}

export async function runIngest(options: RunOptions) {
  const out = ingestLog(options);
  const { outDir } = options;
  if (!existsSync(options.seedsDir)) {
    out.log(`ingest: seeds directory ${options.seedsDir} does not exist; pass --seeds DIR`);
    return { ok: false as const };
  }
  const useCache = !options.force && process.env.CASEBOOK_INGEST_CACHE !== '0';

  // Inputs and their fingerprints; when those match the last clean run's and its output is as it left it, nothing changed.
  const seeds = await hashSeeds(options.seedsDir, useCache, out);
  const inputs = await readInputs(outDir, options.topicsDir);
  if (inputs.fatal) {
    out.log(`ingest: ${inputs.fatal}`);
    return { ok: false as const };
  }
  const problems = [...inputs.problems];
  const keys = await fingerprints(seeds.seeds, inputs);
  out.phase('inputs fingerprint');
  if (useCache && seeds.hashed > 0) saveSeedIndex(seedIndexPath(options.seedsDir), seeds.index);
  const last = useCache && problems.length === 0 ? await unchangedSince(outDir, keys.inputs) : null;
  if (last) {
    for (const note of last.notes ?? []) out.log(note); // skipped seeds, warnings: said again, as a full run would
    out.log(unchangedSummary(seeds.seeds.length, last, seeds.bytes, out.seconds()));
    return { ok: true as const, result: null, dataset: null, plan: null, written: 0, problems: [] as string[], unchangedRun: true as const };
  }
  out.phase('unchanged check');
  const notesFrom = out.notes.length;

  // Extraction, through its cache. Loaded only for a full run: a run that finds nothing changed never needs the
  // extraction stages (~0.4 s of start-up).
  // The ids the previous build published go in with the registry: a published address is kept (util/slug.ts keptId).
  const record = useCache ? loadEmitRecord(outDir, keys.code) : null;
  const previous = previousCasebook(outDir, record);
  const registry = { ...inputs.registry, published: publishedIds(previous.ids) };
  const { extractAll } = await import('./extract-all.ts');
  const { result, stats } = await extractAll(
    seeds.seeds,
    { ...inputs, registry },
    { taxonomyKey: keys.taxonomy, cache: useCache, dir: options.extractCacheDir },
    out.phase,
  );
  reportSeeds(result, out);

  // Pages, then redirects for every id the previous build published that is gone.
  const pages = await renderPages(outDir, result.dataset, record, out);
  const { plan, dataset } = pages;
  problems.push(...pages.problems);
  const forwarding = nextRedirects({ text: inputs.redirectsText, path: inputs.redirectsPath, previous: previous.ids, dataset, merged: result.redirects });
  problems.push(...forwarding.errors);
  out.phase('redirects');

  // Writing: only what changed. What is on disk was read in the steps above, not read again.
  const data = { 'casebook.json': previous.bytes, 'ids.json': inputs.registryText, 'redirects.yaml': inputs.redirectsText };
  const output = { pages: plan.write, dataset, registry: result.registry, redirects: forwarding.redirects };
  const writing = writeOutput(outDir, output, plan, { pages: pages.existing, data }, out.phase);

  // What the next run needs to skip work: the emit record, and the stamp of a clean run.
  const { emitted, proven, existing } = pages;
  if (useCache)
    await saveEmitRecord(outDir, emitRecordOf(keys.code, { emitted, proven, written: plan.write, existing, dataset, casebookJson: writing.casebookJson }));
  out.phase('emit record');
  for (const problem of problems) out.log(problem);
  if (useCache && problems.length === 0) {
    const counts = { articles: dataset.articles.length, cases: dataset.cases.length, pages: writing.files + plan.unchanged };
    await writeStamp(outDir, { inputs: keys.inputs, ...counts, notes: out.notes.slice(notesFrom) });
  } else await clearStamp(outDir);
  out.phase('stamp');

  out.log(fullRunSummary({ seeds, result, dataset, plan, writing, extract: stats, seconds: out.seconds() }));
  return { ok: problems.length === 0, result, dataset, plan, written: writing.written, problems, extract: stats, pagesReused: emitted.reused };
}

function publishedIds(previous: PreviousCasebook['ids']): NonNullable<IdRegistry['published']> {
  return { cases: (previous.cases ?? []).map((c) => c.id), entities: (previous.entities ?? []).map((e) => e.id) };
}

/** The seeds and their hashes, through the seed index (seed-index.ts) unless the cache is off. */
async function hashSeeds(seedsDir: string, useCache: boolean, out: IngestLog): Promise<SeedList> {
  const seeds = await listSeeds(seedsDir, useCache ? loadSeedIndex(seedIndexPath(seedsDir)) : {}, out.log);
  out.phase('list+stat+hash seeds');
  return seeds;
}
