/**
 * Run the pipeline over a directory of seeds and score it against a gold
 * file. The I/O lives here so scripts/eval.ts and the tests share it.
 */

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ingest, type SeedFile } from '../extract/pipeline.ts';
import { seedFormat } from '../extract/read/read.ts';
import { loadTaxonomy } from '../ingest/inputs.ts';
import type { Dataset } from '../model/schema.ts';
import { parseGold } from './gold.ts';
import { type Score, scoreDataset } from './score.ts';

export async function loadSeeds(dir: string, root = process.cwd()): Promise<SeedFile[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && seedFormat(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(files.map(async (path) => ({ path: relative(root, resolve(path)).split(sep).join('/'), bytes: await readFile(path) })));
}

export async function runEval(options: { gold: string; seeds: string; topics?: string }): Promise<{ score: Score; dataset: Dataset; errors: string[] }> {
  const parsed = parseGold(JSON.parse(await readFile(options.gold, 'utf8')));
  if (!parsed.ok) throw new Error(`${options.gold}: ${parsed.error}`);
  const topicsDir = options.topics ?? 'content/topics';
  const taxonomy = existsSync(topicsDir) ? await loadTaxonomy(topicsDir) : { entries: [], errors: [] };
  const { dataset } = ingest(await loadSeeds(options.seeds), taxonomy.entries);
  return { score: scoreDataset(dataset, parsed.gold), dataset, errors: taxonomy.errors };
}
