/**
 * The inputs of a run besides the seeds: the taxonomy, the judgements, and
 * what the previous run left that the next one must carry on (the id
 * registry, the redirects). Problems in them are collected, not thrown: the
 * run goes on and reports them at the end.
 */

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTopicFile } from '../emit/topic-page.ts';
import { parseJudgements } from '../extract/link/judgements.ts';
import type { IdRegistry } from '../extract/pipeline.ts';
import type { Judgement, TaxonomyEntry } from '../model/types.ts';
import { listFiles, readIfExists, rel } from './files.ts';

export async function loadTaxonomy(dir: string): Promise<{ entries: TaxonomyEntry[]; errors: string[] }> {
  const entries: TaxonomyEntry[] = [];
  const errors: string[] = [];
  for (const file of await listFiles(dir)) {
    if (!/\.mdx?$/.test(file)) continue;
    const parsed = parseTopicFile(rel(file), await readFile(file, 'utf8'));
    if (parsed.ok) entries.push(parsed.entry);
    else errors.push(parsed.error);
  }
  return { entries, errors };
}

export async function loadJudgements(path: string): Promise<{ judgements: Judgement[]; errors: string[] }> {
  const text = await readIfExists(path);
  if (text === null) return { judgements: [], errors: [] };
  const parsed = parseJudgements(text, rel(path));
  return parsed.ok ? { judgements: parsed.judgements, errors: [] } : { judgements: [], errors: parsed.errors };
}

export interface Inputs {
  /** Where the taxonomy was read from (part of the inputs' fingerprint). */
  topicsDir: string;
  taxonomy: TaxonomyEntry[];
  judgements: { judgements: Judgement[]; errors: string[] };
  registry: IdRegistry;
  /** ids.json and redirects.yaml as on disk (null: absent), kept to tell whether they need writing again. */
  registryText: string | null;
  redirectsText: string | null;
  redirectsPath: string;
  /** Errors in the taxonomy and judgements files. */
  problems: string[];
  /** Why the run must not go on (ids.json unreadable: going on would give every article a new address). */
  fatal: string | null;
}

/** ids.json as the registry, or why it cannot be: a broken file is never taken for an empty one. */
export function readRegistry(text: string | null, path: string): { registry: IdRegistry; error: string | null } {
  const empty: IdRegistry = { articles: {} };
  if (text === null) return { registry: empty, error: null };
  try {
    const data = JSON.parse(text) as IdRegistry;
    if (data && typeof data === 'object' && data.articles && typeof data.articles === 'object' && !Array.isArray(data.articles))
      return { registry: data, error: null };
    return { registry: empty, error: `${path}:1: has no "articles" object — restore it from git (without it every article would get a new address)` };
  } catch (e) {
    const line = /line (\d+)/.exec((e as Error).message)?.[1] ?? '1';
    return {
      registry: empty,
      error: `${path}:${line}: not valid JSON (${(e as Error).message}) — fix it or restore it from git (without it every article would get a new address)`,
    };
  }
}

/** The taxonomy and judgements beside the output (outDir/topics, outDir/judgements.yaml), else content/'s. */
export async function readInputs(outDir: string, topicsDir?: string): Promise<Inputs> {
  const topics = topicsDir ?? (existsSync(join(outDir, 'topics')) ? join(outDir, 'topics') : 'content/topics');
  const taxonomy = await loadTaxonomy(topics);
  const judgementsPath = existsSync(join(outDir, 'judgements.yaml')) ? join(outDir, 'judgements.yaml') : 'content/judgements.yaml';
  const judgements = await loadJudgements(judgementsPath);
  const registryText = await readIfExists(join(outDir, 'ids.json'));
  const registry = readRegistry(registryText, join(outDir, 'ids.json'));
  const redirectsPath = join(outDir, 'redirects.yaml');
  return {
    topicsDir: topics,
    taxonomy: taxonomy.entries,
    judgements,
    registry: registry.registry,
    registryText,
    redirectsText: await readIfExists(redirectsPath),
    redirectsPath,
    problems: [...taxonomy.errors, ...judgements.errors],
    fatal: registry.error,
  };
}
