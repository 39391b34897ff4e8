/**
 * Stage timers for ingest, in process: the same steps src/pipeline/ingest.ts
 * runs (read, clean, metadata, cases per seed; link once; validate; emit),
 * each timed on its own, so a step that grows faster than the corpus shows up
 * when two sizes are compared. Also times what every Astro build does once in
 * src/lib/site-data.ts: parsing every article body back into paragraphs.
 *
 * It mirrors ingest() rather than calling it, so if the pipeline's internals
 * change it may fail: the bench then reports "profile unavailable" and goes on.
 */
import { readFileSync } from 'node:fs';
import { readSeed } from '../../../src/pipeline/read.ts';
import { cleanArticle } from '../../../src/pipeline/clean.ts';
import { readMetadata } from '../../../src/pipeline/metadata.ts';
import { findCases } from '../../../src/pipeline/cases.ts';
import { linkCases } from '../../../src/pipeline/link.ts';
import { ingest, type SeedFile } from '../../../src/pipeline/ingest.ts';
import { datasetJson, emitPages } from '../../../src/pipeline/emit.ts';
import { reconcile } from '../../../src/pipeline/reconcile.ts';
import { paragraphsFromMdx } from '../../../src/lib/site-data.ts';
import type { ArticleDraft, CaseDraft, TaxonomyEntry } from '../../../src/pipeline/types.ts';

export type StageTimes = Record<string, number>;

export function profileIngest(seeds: SeedFile[], taxonomy: TaxonomyEntry[]): { times: StageTimes; drafts: number; pairsHint: string } {
  const times: StageTimes = { read: 0, clean: 0, metadata: 0, cases: 0 };
  const t = () => performance.now();
  const drafts: CaseDraft[] = [];
  const published: Record<string, string | null> = {};
  let n = 0;
  for (const file of seeds) {
    let s = t();
    const read = readSeed(file.path, file.bytes);
    times.read! += t() - s;
    if (!read.ok) continue;
    s = t();
    const clean = cleanArticle(read.seed);
    times.clean! += t() - s;
    s = t();
    const meta = readMetadata(read.seed, clean);
    times.metadata! += t() - s;
    const id = `a${n++}`;
    const article = {
      id,
      seed: file.path,
      title: meta.title,
      url: read.seed.url,
      outlet: meta.outlet,
      byline: meta.byline,
      published: meta.published,
      language: meta.language,
      onTopic: false,
      paragraphs: clean.paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
      removed: clean.removed,
      provenance: meta.provenance,
      warnings: [...read.warnings, ...meta.warnings],
    } as ArticleDraft;
    published[id] = meta.published?.date ?? null;
    s = t();
    drafts.push(...findCases(article, taxonomy));
    times.cases! += t() - s;
  }
  let s = t();
  linkCases(drafts, [], { published });
  times.link = t() - s;

  // The whole pure function once more, for emit and validation on real output.
  s = t();
  const result = ingest(seeds, taxonomy);
  times['ingest() total'] = t() - s;
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
  for (const [path, text] of pages) if (path.startsWith('articles/')) paragraphsFromMdx(text.slice(text.indexOf('\n---\n', 4) + 5));
  times['site-data paragraphsFromMdx (per build)'] = t() - s;
  for (const k of Object.keys(times)) times[k] = times[k]! / 1000;
  return { times, drafts: drafts.length, pairsHint: `${drafts.length} drafts` };
}

export function loadSeedFiles(dir: string, names: string[]): SeedFile[] {
  return names.map((name) => ({ path: `${dir}/${name}`, bytes: readFileSync(`${dir}/${name}`) }));
}
