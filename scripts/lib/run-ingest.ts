/** The I/O edge of the pipeline: files in, files out, a report on the console. */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ingest, type IdRegistry, type SeedFile } from '../../src/pipeline/ingest.ts';
import { emit, GENERATED_MARK } from '../../src/pipeline/emit.ts';
import { parseTopicFile } from '../../src/pipeline/taxonomy.ts';
import { seedFormat } from '../../src/pipeline/read.ts';
import type { TaxonomyEntry } from '../../src/pipeline/types.ts';

export interface RunOptions {
  seedsDir: string;
  outDir: string;
  quiet?: boolean;
  /** Where the taxonomy lives; defaults to <outDir>/topics, then content/topics. */
  topicsDir?: string;
  log?: (line: string) => void;
}

const ROOT = process.cwd();

function rel(path: string): string {
  return relative(ROOT, resolve(path)).split(sep).join('/');
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

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

export async function runIngest(options: RunOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  const say = options.quiet ? () => {} : log;
  const started = performance.now();
  const seedPaths = await listFiles(options.seedsDir);
  if (!existsSync(options.seedsDir)) {
    log(`ingest: seeds directory ${options.seedsDir} does not exist; pass --seeds DIR`);
    return { ok: false as const };
  }
  const seeds: SeedFile[] = [];
  let bytes = 0;
  for (const path of seedPaths) {
    if (!seedFormat(path)) {
      if (!/(^|\/)(README|\.)/.test(rel(path))) log(`${rel(path)}: skipped: not a .txt, .md or .html file`);
      continue;
    }
    const data = await readFile(path);
    bytes += data.byteLength;
    seeds.push({ path: rel(path), bytes: data });
  }

  const topicsDir = options.topicsDir ?? (existsSync(join(options.outDir, 'topics')) ? join(options.outDir, 'topics') : 'content/topics');
  const taxonomy = await loadTaxonomy(topicsDir);
  for (const error of taxonomy.errors) log(error);

  const registryPath = join(options.outDir, 'ids.json');
  const registry: IdRegistry = existsSync(registryPath) ? JSON.parse(await readFile(registryPath, 'utf8')) : { articles: {} };
  const result = ingest(seeds, taxonomy.entries, [], registry);

  for (const line of result.report) {
    if (line.status === 'ok') {
      say(`${line.seed}: ${line.paragraphs} paragraphs kept, ${line.removed} removed, ${line.cases} cases, ${line.topics} topics${line.warnings.length ? `; warnings: ${line.warnings.join('; ')}` : ''}`);
    } else {
      log(`${line.seed}: skipped: ${line.reason}`);
    }
  }

  const files = emit(result.dataset);
  files.set('ids.json', `${JSON.stringify(result.registry, null, 2)}\n`);
  const written = await writeGenerated(options.outDir, files);
  const seconds = (performance.now() - started) / 1000;
  const ok = result.report.filter((r) => r.status === 'ok').length;
  log(
    `ingest: ${seeds.length} seeds, ${ok} articles, ${result.report.length - ok} skipped, ${result.dataset.cases.length} cases, ` +
      `${result.dataset.entities.length} entities; ${written.written} files written, ${written.unchanged} unchanged, ${written.removed} removed; ` +
      `${seconds.toFixed(2)} s, ${(bytes / 1e6 / Math.max(seconds, 1e-6)).toFixed(2)} MB/s`,
  );
  return { ok: true as const, result, written };
}

/**
 * Write files whose content changed; remove generated files no longer produced.
 * A file without the generated mark is a contributor's and is never touched.
 */
async function writeGenerated(outDir: string, files: Map<string, string>) {
  let written = 0;
  let unchanged = 0;
  let removed = 0;
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(outDir, path);
    if (existsSync(target) && (await readFile(target, 'utf8')) === content) {
      unchanged++;
      continue;
    }
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, content);
    written++;
  }
  for (const dir of ['articles', 'cases', 'entities']) {
    for (const file of await listFiles(join(outDir, dir))) {
      const key = relative(outDir, file).split(sep).join('/');
      if (files.has(key)) continue;
      if ((await readFile(file, 'utf8')).includes(GENERATED_MARK)) {
        await rm(file);
        removed++;
      }
    }
  }
  return { written, unchanged, removed };
}
