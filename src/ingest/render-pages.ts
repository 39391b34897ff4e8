/**
 * Step: the pages of this run. Rendered from the dataset (or, where the emit
 * record proves the text on disk is what the same data renders, reused), then
 * reconciled with what is on disk: people's pages win, and feed the dataset
 * the site shows.
 */

import { join } from 'node:path';
import { emitPagesReusing } from '../emit/emit.ts';
import { reconcile } from '../emit/reconcile.ts';
import type { Dataset } from '../model/schema.ts';
import { type EmitRecord, knownPages } from './emit-record.ts';
import { chosenFormats, readExistingPages } from './existing-pages.ts';
import { rel } from './files.ts';
import type { IngestLog } from './ingest-log.ts';
import { withPeoplesPages } from './peoples-pages.ts';

export async function renderPages(outDir: string, generated: Dataset, record: EmitRecord | null, out: Pick<IngestLog, 'log' | 'phase'>) {
  const existing = await readExistingPages(outDir);
  out.phase('read pages');
  const reuse = knownPages(record, existing);
  const emitted = emitPagesReusing(generated, reuse.known, chosenFormats(existing));
  out.phase(`emit (${emitted.reused} of ${emitted.files.size} pages unchanged since the last run)`);
  const plan = reconcile(emitted.files, existing);
  out.phase('reconcile');
  for (const notice of plan.notices) out.log(rel(join(outDir, notice)));
  const { dataset, problems } = withPeoplesPages(generated, plan.human, outDir);
  out.phase('overlay, Dataset.parse');
  return {
    /** The pages on disk before this run (path -> text). */
    existing,
    emitted,
    /** Text hashes of the reused pages, for the next emit record. */
    proven: reuse.proven,
    plan,
    /** The generated dataset with people's pages laid over it. */
    dataset,
    /** People's pages that cannot be read. */
    problems,
  };
}
