/**
 * Step: extraction. Per seed, cached, and what is not cached on every core
 * (extract-cache.ts); then what depends on all seeds at once, in seed order:
 * duplicates, article ids, linking (assemble()).
 */

import { assemble, type IdRegistry } from '../extract/pipeline.ts';
import type { Judgement, TaxonomyEntry } from '../model/types.ts';
import { extractionCodeHash, extractSeeds, type PendingSeed } from './extract-cache.ts';

export interface ExtractInputs {
  taxonomy: TaxonomyEntry[];
  judgements: { judgements: Judgement[] };
  registry: IdRegistry;
}

export interface ExtractCacheUse {
  /** fingerprints.ts `taxonomy`: with the extraction code's hash, what a cached extraction is good for. */
  taxonomyKey: string;
  cache: boolean;
  dir?: string;
}

export async function extractAll(seeds: PendingSeed[], inputs: ExtractInputs, use: ExtractCacheUse, phase: (name: string) => void) {
  const extracted = await extractSeeds(seeds, inputs.taxonomy, {
    fingerprint: `${extractionCodeHash()}\0${use.taxonomyKey}`,
    cache: use.cache,
    dir: use.dir,
  });
  phase('extract');
  const result = assemble(extracted.extractions, inputs.taxonomy, inputs.judgements.judgements, inputs.registry);
  phase('assemble (link, dataset)');
  return { result, stats: extracted.stats };
}
