/**
 * The build report: what happened to every seed, stage by stage.
 * Nothing is lost silently: every file in the seeds folder ends up as a page,
 * in the skipped list (with the reason and what to do), or in the ignored list
 * (not a seed format); `accounting` says whether that holds.
 *
 *   const report = await buildReport({ seedsDir, ingest, distDir });
 *   for (const line of summarise(report)) console.log(line);
 *   await writeReport(report, `${distDir}/build-report.json`);
 *
 * The JSON holds no timings or absolute paths, so two builds of the same
 * inputs write the same bytes (the determinism test compares all of dist/).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { IngestResult, SeedReport } from '../../src/extract/pipeline.ts';
import { seedFormat } from '../../src/extract/read/read.ts';
import { listFiles } from '../../src/ingest/files.ts';
import type { Dataset } from '../../src/model/schema.ts';

export const REPORT_FORMAT = 'casebook-build-report/1';

export type Stage = 'read' | 'clean' | 'dedupe' | 'cases' | 'link' | 'emit' | 'site' | 'content';

export interface BuildReport {
  format: typeof REPORT_FORMAT;
  seeds: { files: number; pages: number; skipped: number; ignored: number };
  /** Counts per stage, in pipeline order. `in`/`out` are seeds unless the field says otherwise. */
  stages: {
    read: { in: number; out: number; skipped: number };
    clean: { in: number; out: number; skipped: number; paragraphsKept: number; linesRemoved: number };
    dedupe: { in: number; out: number; duplicates: number };
    cases: { articles: number; onTopic: number; drafts: number };
    link: { cases: number; entities: number; redirects: number };
    /** Pages rendered from the dataset (files written or left unchanged are on the console only: they depend on what content/ held before). */
    emit: { articlePages: number; casePages: number; keptAsWritten: number };
    site: { htmlPages: number; articlePages: number; casePages: number; missingArticlePages: string[] } | null;
  };
  /** One entry per seed not turned into a page. */
  skipped: Array<{ seed: string; stage: Stage; reason: string }>;
  /** Files in the seeds folder that are not seeds (wrong extension). */
  ignored: Array<{ file: string; reason: string }>;
  /** Every warning, with the seed (or stage) it concerns. */
  warnings: Array<{ seed: string | null; stage: Stage; message: string }>;
  /** Every seed file is a page, skipped or ignored: `missing` lists any that is none of these. */
  accounting: { ok: boolean; missing: string[] };
}

/**
 * The parts of runIngest's result the report reads. When ingest found nothing
 * changed since its last run it returns no result; the report then reads the
 * dataset it wrote last time (<contentDir>/casebook.json).
 */
export interface IngestRun {
  result: (Pick<IngestResult, 'report' | 'warnings' | 'redirects'> & { dataset?: Dataset }) | null;
  /** The dataset after people's pages were overlaid (what the site renders). */
  dataset?: Dataset | null;
  plan?: { human: Map<string, unknown> } | null;
  /** Pages kept as people wrote them, when the run is known only from its summary (plan is then absent). */
  keptAsWritten?: number;
  problems?: string[];
}

export interface ReportOptions {
  /** The seeds folder, as given to ingest (relative to the project root). */
  seedsDir: string;
  ingest: IngestRun;
  /** The built site, to check that every article has its page. */
  distDir?: string;
  /** Where ingest wrote casebook.json (read when ingest had nothing to do). */
  contentDir?: string;
  /** Project root the seed paths in the report are relative to (default: cwd). */
  root?: string;
}

const NOT_SEEDS = /(^|\/)(README[^/]*|\.[^/]*)$/;

function stageOf(line: SeedReport): Stage {
  if (line.status === 'duplicate') return 'dedupe';
  if (/after cleaning/.test(line.reason ?? '')) return 'clean';
  return 'read';
}

/** Per-seed lines rebuilt from a dataset (what ingest reports, minus what only the run knew). */
export function linesFromDataset(dataset: Dataset): SeedReport[] {
  // Cases by id, not a scan of all cases per article (quadratic: 77 million comparisons at 10,000 articles).
  const caseById = new Map(dataset.cases.map((c) => [c.id, c]));
  const lines: SeedReport[] = dataset.articles.map((a) => ({
    seed: a.seed,
    status: 'ok',
    article: a.id,
    paragraphs: a.paragraphs.length,
    removed: a.removed.length,
    cases: a.cases.length,
    topics: new Set(
      [...new Set(a.cases)].flatMap((id) => caseById.get(id)?.topics.map((t) => (typeof t === 'string' ? t : (t as { topic: string }).topic)) ?? []),
    ).size,
    warnings: a.warnings,
  }));
  for (const skip of dataset.skipped) {
    lines.push({
      seed: skip.seed,
      status: /same article as/.test(skip.reason) ? 'duplicate' : 'skipped',
      reason: skip.reason,
      paragraphs: 0,
      removed: 0,
      cases: 0,
      topics: 0,
      warnings: [],
    });
  }
  return lines.sort((a, b) => (a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : 0));
}

export async function buildReport(options: ReportOptions): Promise<BuildReport> {
  const root = resolve(options.root ?? process.cwd());
  const { result } = options.ingest;
  const dataset = options.ingest.dataset ?? result?.dataset ?? (await lastDataset(resolve(root, options.contentDir ?? 'content', 'casebook.json')));
  // Counted from the dataset the site renders whenever there is one, so the
  // report is the same whether ingest ran in full or found nothing changed.
  const lines = dataset ? linesFromDataset(dataset) : (result?.report ?? []);
  const seeds = await accountSeeds(root, options.seedsDir, lines, dataset);
  const skipped = lines.filter((l) => l.status !== 'ok').map((l) => ({ seed: l.seed, stage: stageOf(l), reason: l.reason ?? '' }));
  const site = options.distDir && existsSync(resolve(root, options.distDir)) ? await siteStage(resolve(root, options.distDir), dataset) : null;
  const missing = [...seeds.missing, ...(site?.missingArticlePages ?? [])];
  return {
    format: REPORT_FORMAT,
    seeds: { files: seeds.files.length, pages: lines.filter((l) => l.status === 'ok').length, skipped: skipped.length, ignored: seeds.ignored.length },
    stages: { ...stageCounts(lines, skipped, dataset, options.ingest), site },
    skipped,
    ignored: seeds.ignored,
    warnings: warningsOf(lines, options.ingest),
    accounting: { ok: missing.length === 0, missing },
  };
}

/** The dataset ingest wrote last time, when this run has none (it found nothing changed). */
async function lastDataset(file: string): Promise<Dataset | null> {
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Dataset) : null;
}

/** Every file of the seeds folder: ignored (not a seed format), or in the ingest report and, if read, in the dataset. */
async function accountSeeds(root: string, seedsDir: string, lines: SeedReport[], dataset: Dataset | null) {
  const rel = (path: string) => relative(root, resolve(root, path)).split(sep).join('/');
  const byName = new Map(lines.map((l) => [l.seed, l]));
  const ignored: BuildReport['ignored'] = [];
  const missing: string[] = [];
  const files: string[] = [];
  for (const path of await listFiles(resolve(root, seedsDir))) {
    const name = rel(path);
    if (NOT_SEEDS.test(name)) continue;
    files.push(name);
    if (!seedFormat(name)) {
      ignored.push({ file: name, reason: 'not a .txt, .md or .html file; rename it or move it out of the seeds folder' });
      continue;
    }
    const line = byName.get(name);
    if (!line) missing.push(`${name}: not in the ingest report`);
    else if (line.status === 'ok' && !dataset?.articles.some((a) => a.seed === name && a.id === line.article)) {
      missing.push(`${name}: read as article ${line.article}, which is not in the dataset`);
    }
  }
  return { files, ignored, missing };
}

/** Counts per stage, in pipeline order (the site's are siteStage()'s). */
function stageCounts(lines: SeedReport[], skipped: BuildReport['skipped'], dataset: Dataset | null, ingest: IngestRun): Omit<BuildReport['stages'], 'site'> {
  const readSkips = skipped.filter((s) => s.stage === 'read').length;
  const cleanSkips = skipped.filter((s) => s.stage === 'clean').length;
  const duplicates = skipped.filter((s) => s.stage === 'dedupe').length;
  const ok = lines.filter((l) => l.status === 'ok');
  return {
    read: { in: lines.length, out: lines.length - readSkips, skipped: readSkips },
    clean: {
      in: lines.length - readSkips,
      out: lines.length - readSkips - cleanSkips,
      skipped: cleanSkips,
      paragraphsKept: ok.reduce((n, l) => n + l.paragraphs, 0),
      linesRemoved: lines.reduce((n, l) => n + l.removed, 0),
    },
    dedupe: { in: lines.length - readSkips - cleanSkips, out: ok.length, duplicates },
    cases: { articles: ok.length, onTopic: ok.filter((l) => l.cases > 0).length, drafts: ok.reduce((n, l) => n + l.cases, 0) },
    link: { cases: dataset?.cases.length ?? 0, entities: dataset?.entities.length ?? 0, redirects: ingest.result?.redirects?.length ?? 0 },
    emit: {
      articlePages: dataset?.articles.length ?? 0,
      casePages: dataset?.cases.length ?? 0,
      keptAsWritten: ingest.plan?.human.size ?? ingest.keptAsWritten ?? 0,
    },
  };
}

/** Every warning, with the seed (or stage) it concerns. */
function warningsOf(lines: SeedReport[], ingest: IngestRun): BuildReport['warnings'] {
  const warnings: BuildReport['warnings'] = [];
  for (const line of lines) for (const message of line.warnings) warnings.push({ seed: line.seed, stage: 'read', message });
  for (const message of ingest.result?.warnings ?? []) warnings.push({ seed: null, stage: 'link', message });
  for (const message of ingest.problems ?? []) warnings.push({ seed: null, stage: 'content', message });
  return warnings;
}

/** The built site's pages, and every article of the dataset without its page. */
async function siteStage(dist: string, dataset: Dataset | null): Promise<NonNullable<BuildReport['stages']['site']>> {
  const html = (await listFiles(dist)).map((f) => relative(dist, f).split(sep).join('/')).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const articlePages = html.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
  const casePages = html.filter((f) => /^cases\/[^/]+\/index\.html$/.test(f));
  const missingArticlePages = (dataset?.articles ?? [])
    .filter((a) => !articlePages.includes(`articles/${a.id}/index.html`))
    .map((a) => `${a.seed}: no page at articles/${a.id}/`);
  return { htmlPages: html.length, articlePages: articlePages.length, casePages: casePages.length, missingArticlePages };
}

/** A few lines for the console: counts per stage, then every skip and warning. */
export function summarise(report: BuildReport, options: { warnings?: boolean } = {}): string[] {
  const s = report.stages;
  const out = [
    `report: ${report.seeds.files} seed files -> ${report.seeds.pages} article pages, ${report.seeds.skipped} skipped, ${report.seeds.ignored} ignored`,
    `report: read ${s.read.in} -> ${s.read.out} (${s.read.skipped} skipped) | clean -> ${s.clean.out} (${s.clean.skipped} skipped; ${s.clean.paragraphsKept} paragraphs kept, ${s.clean.linesRemoved} lines removed) | dedupe -> ${s.dedupe.out} (${s.dedupe.duplicates} duplicates)`,
    `report: cases: ${s.cases.drafts} found in ${s.cases.onTopic} of ${s.cases.articles} articles | link -> ${s.link.cases} cases, ${s.link.entities} entities, ${s.link.redirects} redirects | emit: ${s.emit.articlePages} article and ${s.emit.casePages} case pages${s.emit.keptAsWritten ? `, ${s.emit.keptAsWritten} kept as people wrote them` : ''}`,
  ];
  if (s.site) out.push(`report: site: ${s.site.htmlPages} HTML pages, ${s.site.articlePages} article pages, ${s.site.casePages} case pages`);
  for (const skip of report.skipped) out.push(`report: skipped (${skip.stage}): ${skip.seed}: ${skip.reason}`);
  for (const file of report.ignored) out.push(`report: ignored: ${file.file}: ${file.reason}`);
  if (options.warnings ?? true) for (const w of report.warnings) out.push(`report: warning (${w.stage}): ${w.seed ? `${w.seed}: ` : ''}${w.message}`);
  else if (report.warnings.length) out.push(`report: ${report.warnings.length} warnings (see the JSON report)`);
  out.push(report.accounting.ok ? `report: every seed accounted for` : `report: NOT ACCOUNTED FOR: ${report.accounting.missing.join('; ')}`);
  return out;
}

export async function writeReport(report: BuildReport, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
