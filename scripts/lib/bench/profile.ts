/**
 * Stage timers for ingest, in process: ingest() itself runs with a stage
 * runner that times read, clean, metadata and cases per seed and link once;
 * then emit and validation are timed on its output, so a step that grows
 * faster than the corpus shows up when two sizes are compared. Also times
 * what every Astro build does once in src/site/load-site.ts: parsing every
 * article body back into paragraphs.
 */
import { readFileSync } from 'node:fs';
import { datasetJson, emitPages } from '../../../src/emit/emit.ts';
import { reconcile } from '../../../src/emit/reconcile.ts';
import { ingest, type SeedFile, type StageRunner } from '../../../src/extract/pipeline.ts';
import type { TaxonomyEntry } from '../../../src/model/types.ts';
import { paragraphsFromBody } from '../../../src/site/paragraphs.ts';

export type StageTimes = Record<string, number>;

export function profileIngest(seeds: SeedFile[], taxonomy: TaxonomyEntry[]): { times: StageTimes; drafts: number; pairsHint: string } {
  const times: StageTimes = { read: 0, clean: 0, metadata: 0, cases: 0, link: 0 };
  const t = () => performance.now();
  // The real pipeline, each stage timed where it runs (no copy of its steps here).
  const timed: StageRunner = (name, run) => {
    const start = t();
    try {
      return run();
    } finally {
      times[name] = times[name]! + t() - start;
    }
  };
  let s = t();
  const result = ingest(seeds, taxonomy, [], { articles: {} }, timed);
  times['ingest() total'] = t() - s;
  const drafts = result.report.reduce((n, r) => n + r.cases, 0);
  s = t();
  const pages = emitPages(result.dataset);
  times.emitPages = t() - s;
  s = t();
  datasetJson(result.dataset);
  times.datasetJson = t() - s;
  s = t();
  reconcile(pages, new Map(pages));
  times['reconcile (all unchanged)'] = t() - s;
  s = t();
  for (const [path, text] of pages)
    if (path.startsWith('articles/')) paragraphsFromBody(text.slice(text.indexOf('\n---\n', 4) + 5), path.endsWith('.md') ? 'md' : 'mdx');
  times['site-data paragraphsFromBody (per build)'] = t() - s;
  for (const k of Object.keys(times)) times[k] = times[k]! / 1000;
  return { times, drafts, pairsHint: `${drafts} drafts` };
}

export function loadSeedFiles(dir: string, names: string[]): SeedFile[] {
  return names.map((name) => ({ path: `${dir}/${name}`, bytes: readFileSync(`${dir}/${name}`) }));
}
