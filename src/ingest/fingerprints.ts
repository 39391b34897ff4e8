/**
 * Step: the fingerprints the caches are keyed by. `code`: the pipeline's
 * code; `inputs`: everything a run's output depends on besides the pages
 * already on disk; `taxonomy`: what extraction reads of the taxonomy.
 */

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Judgement, TaxonomyEntry } from '../model/types.ts';
import type { PendingSeed } from './extract-cache.ts';
import { listFiles } from './files.ts';

/** The code behind a run's output, relative to this folder: every stage, and this folder itself (any step of ingest). */
const CODE_DIRS = ['.', '../extract', '../emit', '../model', '../util', '../vocab'];
const CODE_FILES = ['../../package-lock.json'];

export interface Fingerprints {
  code: string;
  inputs: string;
  taxonomy: string;
}

async function codeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  const add = async (label: string, file: string) =>
    hash
      .update(`code:${label}\0`)
      .update(await readFile(file))
      .update('\0');
  for (const dir of CODE_DIRS) for (const file of await listFiles(join(here, dir))) await add(relative(here, file), file);
  for (const file of CODE_FILES) if (existsSync(join(here, file))) await add(file, join(here, file));
  return hash.digest('hex');
}

function inputsFingerprint(code: string, seeds: PendingSeed[], taxonomy: TaxonomyEntry[], judgements: unknown, topicsDir: string): string {
  const hash = createHash('sha256').update(`code:${code}\0`);
  for (const seed of seeds) hash.update(`seed:${seed.path}\0${seed.hash}\0`);
  for (const entry of taxonomy) hash.update(`topic:${JSON.stringify(entry)}\0`);
  // ids.json and redirects.yaml are outputs too: the output manifest (run-stamp.ts) covers them.
  hash.update(`judgements:${JSON.stringify(judgements)}\0topics:${resolve(topicsDir)}\0`);
  return hash.digest('hex');
}

/** What extraction reads of the taxonomy: not the file each entry came from (outDir/topics or content/topics). */
function taxonomyFingerprint(taxonomy: TaxonomyEntry[]): string {
  return createHash('sha256')
    .update(JSON.stringify(taxonomy.map(({ file: _file, ...entry }) => entry)))
    .digest('hex');
}

export async function fingerprints(
  seeds: PendingSeed[],
  inputs: { taxonomy: TaxonomyEntry[]; judgements: { judgements: Judgement[]; errors: string[] }; topicsDir: string },
): Promise<Fingerprints> {
  const code = await codeFingerprint();
  return {
    code,
    inputs: inputsFingerprint(code, seeds, inputs.taxonomy, inputs.judgements, inputs.topicsDir),
    taxonomy: taxonomyFingerprint(inputs.taxonomy),
  };
}
