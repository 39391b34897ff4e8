/** A worker thread of extract-cache.ts: extracts the seeds it is sent, in order, and sends the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractSeed, type SeedFile } from '../extract/pipeline.ts';
import type { TaxonomyEntry } from '../model/types.ts';

const taxonomy = (workerData as { taxonomy: TaxonomyEntry[] }).taxonomy;
parentPort!.on('message', (msg: { start: number; files: SeedFile[] }) => {
  parentPort!.postMessage({ start: msg.start, extractions: msg.files.map((f) => extractSeed(f, taxonomy)) });
});
