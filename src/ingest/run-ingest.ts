/**
 * The I/O edge of the pipeline: seeds, taxonomy, judgements and the pages
 * already in content/ in; changed files out; a report on the console.
 * Only files ingest generated and nobody edited are ever replaced or removed.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetJson, emitPagesReusing } from '../emit/emit.ts';
import { overlay } from '../emit/overlay.ts';
import { readArticlePage, readCasePage } from '../emit/read-page.ts';
import { reconcile } from '../emit/reconcile.ts';
import { entityRedirectsForVanished, mergeRedirects, parseRedirects, redirectsForVanished, stringifyRedirects } from '../emit/redirects.ts';
import { parseTopicFile } from '../emit/topic-page.ts';
import { parseJudgements } from '../extract/link/judgements.ts';
import type { IdRegistry } from '../extract/pipeline.ts';
import { seedFormat } from '../extract/read/read.ts';
import { type Article, type Case, Dataset } from '../model/schema.ts';
import type { Judgement, TaxonomyEntry } from '../model/types.ts';
import type { PendingSeed } from './extract-cache.ts';

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

/** Folders of content/ whose pages ingest may generate. */
export const MANAGED_DIRS = ['articles', 'cases'] as const;

function rel(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/');
}

export async function listFiles(dir: string): Promise<string[]> {
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

async function readIfExists(path: string): Promise<string | null> {
  return existsSync(path) ? readFile(path, 'utf8') : null;
}

export async function loadJudgements(path: string): Promise<{ judgements: Judgement[]; errors: string[] }> {
  const text = await readIfExists(path);
  if (text === null) return { judgements: [], errors: [] };
  const parsed = parseJudgements(text, rel(path));
  return parsed.ok ? { judgements: parsed.judgements, errors: [] } : { judgements: [], errors: parsed.errors };
}

// ---------------------------------------------------------------- nothing changed?

/**
 * A re-run with nothing changed must be instant, even for 10,000 seeds: the
 * full pipeline takes minutes there. After a clean run we record a fingerprint
 * of everything the output depends on — the pipeline's code, every seed's
 * bytes, the taxonomy, judgements, the id registry and redirects — and of the
 * generated folders as left on disk (path, size, mtime, ctime of each page, so
 * a contributor's edit or a deleted page forces a full run). When the next run
 * finds the same fingerprint, nothing can come out different: it writes nothing.
 * The record lives in node_modules/.cache/casebook/ (never in content/).
 */
const CODE_DIRS = ['../extract', '../emit', '../model', '../util', '../vocab'];
const CODE_FILES = ['./run-ingest.ts', './extract-cache.ts', './extract-worker.ts', '../../package-lock.json'];

async function codeFingerprint(hash: ReturnType<typeof createHash>) {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of CODE_DIRS) {
    for (const file of await listFiles(join(here, dir)))
      hash
        .update(`code:${relative(here, file)}\0`)
        .update(await readFile(file))
        .update('\0');
  }
  for (const file of CODE_FILES) {
    const path = join(here, file);
    if (existsSync(path))
      hash
        .update(`code:${file}\0`)
        .update(await readFile(path))
        .update('\0');
  }
}

async function outputManifest(outDir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...(await Promise.all(MANAGED_DIRS.map((d) => listFiles(join(outDir, d))))).flat(),
    ...['casebook.json', 'ids.json', 'redirects.yaml'].map((f) => join(outDir, f)),
  ];
  // statSync in a loop: 17,000 stats at 10,000 articles take ~0.1 s this way, several times that as awaited promises.
  for (const file of files) {
    const s = statSync(file, { throwIfNoEntry: false });
    hash.update(`${relative(outDir, file)}:${s ? `${s.size}:${s.mtimeMs}:${s.ctimeMs}` : 'missing'}\n`);
  }
  return hash.digest('hex');
}

/**
 * Seeds are hashed only when their stat changed: a seed whose size, mtime,
 * ctime and inode are those recorded when it was last hashed has the recorded
 * hash. ctime cannot be set back by a program, so any write to the file shows;
 * an entry recorded within a second of the file's last change is not trusted
 * (a write in the same clock tick would leave the stat unchanged).
 */
interface SeedStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
  /** When the hash was taken (ms since the epoch). */
  at: number;
}

function seedIndexPath(seedsDir: string): string {
  const key = createHash('sha256').update(resolve(seedsDir)).digest('hex').slice(0, 16);
  return join(process.cwd(), 'node_modules', '.cache', 'casebook', `seeds-${key}.json`);
}

function loadSeedIndex(path: string): Record<string, SeedStat> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, SeedStat>;
  } catch {
    return {};
  }
}

/**
 * What a run remembers of the pages it generated, for the next run over the
 * same content folder (node_modules/.cache/casebook/emit-<key>.json, never
 * content/): per page, a hash of the data it was made from and of its text.
 * A page whose data hash is unchanged under the same code, and whose file
 * still holds that text, is not rendered again: its text is the file's.
 * Also the ids and sources of the cases and entities of casebook.json, with a
 * hash of that file, so finding vanished ids does not parse ~100 MB of JSON.
 */
interface EmitRecord {
  code: string;
  pages: Record<string, [key: string, text: string]>;
  casebook?: {
    hash: string;
    cases: Array<{ id: string; sources: Array<{ article: string; paragraphs: string[] }> }>;
    entities: Array<{ id: string; name: string; kind: string }>;
  };
}

const textHash = (text: string | Buffer) => createHash('sha256').update(text).digest('hex').slice(0, 32);

function emitRecordPath(outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(process.cwd(), 'node_modules', '.cache', 'casebook', `emit-${key}.json`);
}

function loadEmitRecord(path: string, code: string): EmitRecord | null {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as EmitRecord;
    return record.code === code && record.pages && typeof record.pages === 'object' ? record : null;
  } catch {
    return null;
  }
}

function stampPath(outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(process.cwd(), 'node_modules', '.cache', 'casebook', `ingest-${key}.json`);
}

export async function runIngest(options: RunOptions) {
  const print = options.log ?? ((line: string) => console.log(line));
  const notes: string[] = [];
  // What a run says regardless of --quiet (skips, warnings) is kept, to be said again by a run that finds nothing changed.
  const log = (line: string) => {
    notes.push(line);
    print(line);
  };
  const say = options.quiet ? () => {} : print;
  const started = performance.now();
  // CASEBOOK_INGEST_TIMES=1: seconds per phase on stderr (for profiling; not part of the report).
  let lap = started;
  let lapCpu = process.cpuUsage();
  const phase =
    process.env.CASEBOOK_INGEST_TIMES === '1'
      ? (name: string) => {
          const now = performance.now();
          const cpu = process.cpuUsage(lapCpu); // user + system of the whole process (worker threads included)
          process.stderr.write(`ingest: phase ${name} ${((now - lap) / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)\n`);
          lap = now;
          lapCpu = process.cpuUsage();
        }
      : () => {};
  if (!existsSync(options.seedsDir)) {
    log(`ingest: seeds directory ${options.seedsDir} does not exist; pass --seeds DIR`);
    return { ok: false as const };
  }
  const useCache = !options.force && process.env.CASEBOOK_INGEST_CACHE !== '0';
  const seedIndexFile = seedIndexPath(options.seedsDir);
  const knownSeeds = useCache ? loadSeedIndex(seedIndexFile) : {};
  const seedIndex: Record<string, SeedStat> = {};
  const seeds: PendingSeed[] = [];
  let bytes = 0;
  let hashed = 0;
  for (const path of await listFiles(options.seedsDir)) {
    const name = rel(path);
    if (!seedFormat(path)) {
      if (!/(^|\/)(README[^/]*|\.[^/]*)$/.test(name)) log(`${name}: skipped: not a .txt, .md or .html file; rename it or move it out of the seeds folder`);
      continue;
    }
    const st = statSync(path);
    const known = knownSeeds[name];
    let data: Uint8Array | null = null;
    let entry: SeedStat;
    if (
      known &&
      known.size === st.size &&
      known.mtimeMs === st.mtimeMs &&
      known.ctimeMs === st.ctimeMs &&
      known.ino === st.ino &&
      known.at - Math.max(st.mtimeMs, st.ctimeMs) > 1000
    ) {
      entry = known;
    } else {
      const at = Date.now();
      data = readFileSync(path);
      hashed++;
      entry = { size: data.byteLength, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, hash: createHash('sha256').update(data).digest('hex'), at };
    }
    seedIndex[name] = entry;
    bytes += entry.size;
    const read = data;
    seeds.push({ path: name, hash: entry.hash, bytes: () => read ?? readFileSync(path) });
  }

  phase('list+stat+hash seeds');
  const topicsDir = options.topicsDir ?? (existsSync(join(options.outDir, 'topics')) ? join(options.outDir, 'topics') : 'content/topics');
  const taxonomy = await loadTaxonomy(topicsDir);
  const judgementsPath = existsSync(join(options.outDir, 'judgements.yaml')) ? join(options.outDir, 'judgements.yaml') : 'content/judgements.yaml';
  const judgements = await loadJudgements(judgementsPath);
  const problems = [...taxonomy.errors, ...judgements.errors];

  const registryPath = join(options.outDir, 'ids.json');
  const registryText = await readIfExists(registryPath);
  const registry: IdRegistry = JSON.parse(registryText ?? '{"articles":{}}');
  const redirectsPath = join(options.outDir, 'redirects.yaml');
  const redirectsText = await readIfExists(redirectsPath);

  const code = createHash('sha256');
  await codeFingerprint(code);
  const codeKey = code.digest('hex');
  const inputs = createHash('sha256').update(`code:${codeKey}\0`);
  for (const seed of seeds) inputs.update(`seed:${seed.path}\0${seed.hash}\0`);
  for (const entry of taxonomy.entries) inputs.update(`topic:${JSON.stringify(entry)}\0`);
  // What extraction reads of the taxonomy: not the file each entry came from (outDir/topics or content/topics).
  const taxonomyHash = createHash('sha256')
    .update(JSON.stringify(taxonomy.entries.map(({ file: _file, ...entry }) => entry)))
    .digest('hex');
  // ids.json and redirects.yaml are outputs too: the output manifest covers them.
  inputs.update(`judgements:${JSON.stringify(judgements)}\0topics:${resolve(topicsDir)}\0`);
  const inputKey = inputs.digest('hex');
  const stamp = stampPath(options.outDir);
  phase('inputs fingerprint');
  if (useCache && hashed > 0) {
    await mkdir(dirname(seedIndexFile), { recursive: true });
    await writeFile(seedIndexFile, JSON.stringify(seedIndex));
  }
  if (useCache && problems.length === 0 && existsSync(stamp)) {
    const last = JSON.parse(await readFile(stamp, 'utf8')) as {
      inputs: string;
      outputs: string;
      articles: number;
      cases: number;
      pages: number;
      notes: string[];
    };
    if (last.inputs === inputKey && last.outputs === (await outputManifest(options.outDir))) {
      for (const note of last.notes ?? []) log(note); // skipped seeds, warnings: said again, as a full run would
      const seconds = (performance.now() - started) / 1000;
      log(
        `ingest: ${seeds.length} seeds, ${last.articles} articles, ${last.cases} cases; nothing changed since the last run (same seeds, taxonomy, judgements, code and pages); ` +
          `0 files written, ${last.pages} unchanged, 0 removed; ${seconds.toFixed(2)} s, ${(bytes / 1e6 / Math.max(seconds, 1e-6)).toFixed(2)} MB/s`,
      );
      return { ok: true as const, result: null, dataset: null, plan: null, written: 0, problems: [] as string[], unchangedRun: true as const };
    }
  }
  phase('unchanged check');
  const notesFrom = notes.length;
  // Extraction is per seed: cached, and what is not cached runs on every core (extract-cache.ts).
  // Loaded only for a full run: a run that finds nothing changed never needs the extraction stages (~0.4 s of start-up).
  const { extractionCodeHash, extractSeeds } = await import('./extract-cache.ts');
  const { assemble } = await import('../extract/pipeline.ts');
  const extracted = await extractSeeds(seeds, taxonomy.entries, {
    fingerprint: `${extractionCodeHash()}\0${taxonomyHash}`,
    cache: useCache,
    dir: options.extractCacheDir,
  });
  phase('extract');
  const result = assemble(extracted.extractions, taxonomy.entries, judgements.judgements, registry);
  phase('assemble (link, dataset)');

  for (const line of result.report) {
    if (line.status === 'ok') {
      say(
        `${line.seed}: ${line.paragraphs} paragraphs kept, ${line.removed} removed, ${line.cases} cases, ${line.topics} topics${line.warnings.length ? `; warnings: ${line.warnings.join('; ')}` : ''}`,
      );
    } else {
      log(`${line.seed}: skipped: ${line.reason}`);
    }
  }
  for (const warning of result.warnings) log(`ingest: warning: ${warning}`);

  // Reconcile with what is on disk: people's pages win.
  const existing = new Map<string, string>();
  for (const dir of MANAGED_DIRS) {
    for (const file of await listFiles(join(options.outDir, dir))) {
      // readFileSync: ~17,000 pages at 10,000 articles, one awaited read each was slower.
      if (/\.mdx?$/.test(file)) existing.set(relative(options.outDir, file).split(sep).join('/'), readFileSync(file, 'utf8'));
    }
  }
  phase('read pages');
  const emitRecordFile = emitRecordPath(options.outDir);
  const lastEmit = useCache ? loadEmitRecord(emitRecordFile, codeKey) : null;
  const knownHashes = new Map<string, string>();
  // A page renamed to `.mdx` (and no `.md` beside it) is written as MDX from now on: the rename is the contributor's choice.
  const formats = new Map<string, 'mdx'>();
  for (const path of existing.keys()) if (path.endsWith('.mdx') && !existing.has(`${path.slice(0, -4)}.md`)) formats.set(path.slice(0, -4), 'mdx');
  const emitted = emitPagesReusing(
    result.dataset,
    (path, key) => {
      const last = lastEmit?.pages[path];
      const text = last && last[0] === key ? existing.get(path) : undefined;
      if (text === undefined || textHash(text) !== last![1]) return undefined;
      knownHashes.set(path, last![1]);
      return text;
    },
    formats,
  );
  const generated = emitted.files;
  phase(`emit (${emitted.reused} of ${generated.size} pages unchanged since the last run)`);
  const plan = reconcile(generated, existing);
  phase('reconcile');
  const humanArticles: Article[] = [];
  const humanCases: Case[] = [];
  for (const [path, { text }] of plan.human) {
    const shown = rel(join(options.outDir, path));
    const read = path.startsWith('articles/') ? readArticlePage(shown, text) : readCasePage(shown, text);
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }
    if (path.startsWith('articles/')) humanArticles.push(read.value as Article);
    else humanCases.push(read.value as Case);
  }
  for (const notice of plan.notices) log(rel(join(options.outDir, notice)));
  const dataset = Dataset.parse(overlay(result.dataset, humanArticles, humanCases));

  phase('overlay, Dataset.parse');
  const previous = parseRedirects(redirectsText ?? '[]', rel(redirectsPath));
  problems.push(...previous.errors);
  const casebookPath = join(options.outDir, 'casebook.json');
  // As bytes: decoding ~100 MB of UTF-8 into a string costs seconds, and is needed only to parse it.
  const before = existsSync(casebookPath) ? readFileSync(casebookPath) : null;
  // The ids of the previous casebook.json: from the last run's record when the file is still what it wrote.
  const remembered = before !== null && lastEmit?.casebook && textHash(before) === lastEmit.casebook.hash ? lastEmit.casebook : null;
  const previousData = (remembered ?? (before ? JSON.parse(before.toString('utf8')) : {})) as {
    cases?: Array<{ id: string; sources: Array<{ article: string; paragraphs: string[] }> }>;
    entities?: Array<{ id: string; name: string; kind: string }>;
  };
  const previousCases = previousData.cases ?? [];
  const publishedCases = new Set(previousCases.map((c) => c.id));
  // A path that is a page of this build never forwards (a set: a scan of every case and entity per redirect was O(redirects x pages)).
  const livePaths = new Set([...dataset.cases.map((c) => `cases/${c.id}/`), ...dataset.entities.map((e) => `entities/${e.id}/`)]);
  const redirects = mergeRedirects(previous.entries, [
    // Only ids readers could have seen: a case id that merged away before it was ever published needs no
    // forwarding page (a cold 10,000-article ingest made 12,210 of them, each an Astro route, issue 8).
    ...result.redirects.filter((r) => publishedCases.has(r.from)).map((r) => ({ from: `cases/${r.from}/`, to: `cases/${r.to}/` })),
    ...redirectsForVanished(previousCases, dataset.cases),
    ...entityRedirectsForVanished(previousData.entities ?? [], dataset.entities),
  ]).filter((r) => !livePaths.has(r.from));

  phase('redirects');
  const files = new Map<string, string | Buffer>(plan.write);
  const json = Buffer.from(datasetJson(dataset));
  files.set('casebook.json', json);
  files.set('ids.json', `${JSON.stringify(result.registry, null, 2)}\n`);
  files.set('redirects.yaml', stringifyRedirects(redirects));
  phase('datasetJson');
  let written = 0;
  let unchanged = plan.unchanged;
  // What is on disk now was read earlier in this run: the pages into `existing`, the other three above. Not read again.
  const onDisk = new Map<string, string | Buffer | null>([
    ['casebook.json', before],
    ['ids.json', registryText],
    ['redirects.yaml', redirectsText],
  ]);
  const same = (a: string | Buffer | null | undefined, b: string | Buffer) =>
    typeof a === 'string' || typeof b === 'string' ? a === b : a != null && a.equals(b);
  // Sync calls, each folder made once: at 3,000 articles awaiting a mkdir and a writeFile per page took ~1.3 s of
  // CPU for 5,300 small files, these ~0.35 s (the same trade as the reads above).
  const made = new Set<string>();
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(options.outDir, path);
    if (same(plan.write.has(path) ? existing.get(path) : onDisk.get(path), content)) {
      if (!plan.write.has(path)) unchanged++;
      continue;
    }
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, content);
    written++;
  }
  for (const path of plan.remove) rmSync(join(options.outDir, path));

  phase('write');
  if (useCache) {
    // Only pages whose file now holds the generated text (not the ones people wrote or edited).
    const record: EmitRecord = { code: codeKey, pages: {} };
    for (const [path, text] of generated) {
      if (plan.write.get(path) === text || existing.get(path) === text) record.pages[path] = [emitted.keys.get(path)!, knownHashes.get(path) ?? textHash(text)];
    }
    record.casebook = {
      hash: textHash(json),
      cases: dataset.cases.map((c) => ({ id: c.id, sources: c.sources.map((x) => ({ article: x.article, paragraphs: x.paragraphs })) })),
      entities: dataset.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    };
    await mkdir(dirname(emitRecordFile), { recursive: true });
    const tmp = `${emitRecordFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(record));
    await rename(tmp, emitRecordFile);
  }
  phase('emit record');
  for (const problem of problems) log(problem);
  if (useCache && problems.length === 0) {
    await mkdir(dirname(stamp), { recursive: true });
    const pages = [...files.keys()].length + plan.unchanged;
    await writeFile(
      stamp,
      JSON.stringify({
        inputs: inputKey,
        outputs: await outputManifest(options.outDir),
        articles: dataset.articles.length,
        cases: dataset.cases.length,
        pages,
        notes: notes.slice(notesFrom),
      }),
    );
  } else if (existsSync(stamp)) await rm(stamp);
  phase('stamp');
  const seconds = (performance.now() - started) / 1000;
  const ok = result.report.filter((r) => r.status === 'ok').length;
  log(
    `ingest: ${seeds.length} seeds, ${ok} articles, ${result.report.length - ok} skipped, ${dataset.cases.length} cases, ` +
      `${dataset.entities.length} entities, ${plan.human.size} pages kept as people wrote them; ` +
      `${written} files written, ${unchanged} unchanged, ${plan.remove.length} removed; ` +
      `${seconds.toFixed(2)} s, ${(bytes / 1e6 / Math.max(seconds, 1e-6)).toFixed(2)} MB/s; ` +
      `${extracted.stats.extracted} seeds extracted${extracted.stats.workers ? ` on ${extracted.stats.workers} threads` : ''}, ${extracted.stats.cached} from the cache`,
  );
  return { ok: problems.length === 0, result, dataset, plan, written, problems, extract: extracted.stats, pagesReused: emitted.reused };
}
