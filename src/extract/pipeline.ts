/**
 * The pipeline as one pure function: seed files in, dataset out.
 * read -> clean -> metadata -> cases -> link. No I/O here: scripts/ingest.ts
 * reads the files and writes what emit.ts renders.
 *
 * Split in two so the expensive part can be cached and run in parallel:
 * extractSeed() is everything that depends on one seed alone (read, clean,
 * metadata, cases); assemble() does what depends on all of them, in seed
 * order: duplicate bodies, article ids (uniqueSlug against the ids taken),
 * linking. Cases are read under a placeholder article id that assemble()
 * replaces, so an extraction does not depend on the id it will get.
 */

import { type Article, Dataset, FORMAT, type Topic } from '../model/schema.ts';
import type { ArticleDraft, CaseDraft, Judgement, TaxonomyEntry } from '../model/types.ts';
import { pushTo } from '../util/collections.ts';
import { slugify, uniqueSlug } from '../util/slug.ts';
import { findCases, isOnTopic } from './cases/cases.ts';
import { cleanArticle } from './clean/clean-article.ts';
import { withDisagreements } from './compare/compare.ts';
import { linkCases, type Redirect } from './link/link.ts';
import { readMetadata } from './metadata/metadata.ts';
import { readSeed } from './read/read.ts';

export interface SeedFile {
  /** Path from the project root, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** Ids handed out by earlier builds: a permalink never changes once built. */
export interface IdRegistry {
  articles: Record<string, string>;
  /**
   * Case and entity ids the previous build published (read from its casebook.json, never written to ids.json):
   * such an id, made before Chinese was romanised, is kept (util/slug.ts keptId).
   */
  published?: { cases: readonly string[]; entities: readonly string[] };
}

export interface SeedReport {
  seed: string;
  status: 'ok' | 'skipped' | 'duplicate';
  article?: string;
  paragraphs: number;
  removed: number;
  cases: number;
  topics: number;
  warnings: string[];
  reason?: string;
}

export interface IngestResult {
  dataset: Dataset;
  /** Case ids that merged into another case: old permalinks must forward. */
  redirects: Redirect[];
  warnings: string[];
  registry: IdRegistry;
  report: SeedReport[];
}

/** Runs one stage; the benchmark passes one that times each stage (scripts/lib/bench/profile.ts). */
export type StageRunner = <T>(stage: 'read' | 'clean' | 'metadata' | 'cases' | 'link', run: () => T) => T;
const untimed: StageRunner = (_stage, run) => run();

/**
 * What one seed yields on its own, before ids are handed out: plain data
 * (JSON round-trips it unchanged), so it can be cached per seed and passed
 * between threads.
 */
export type SeedExtraction =
  | { seed: string; status: 'unreadable'; reason: string }
  | { seed: string; status: 'empty'; removed: number }
  | {
      seed: string;
      status: 'ok';
      /** The article without its id (assemble() gives it one). */
      article: Omit<ArticleDraft, 'id'>;
      /** Normalised body text: two seeds with the same one are the same article. */
      fingerprint: string;
      /** Cases found, each under PLACEHOLDER_ID. */
      cases: CaseDraft[];
    };

/** The article id cases are read under until assemble() knows the real one; no slug can look like it. */
export const PLACEHOLDER_ID = '\u0000article\u0000';

export function extractSeed(file: SeedFile, taxonomy: TaxonomyEntry[], stage: StageRunner = untimed): SeedExtraction {
  const read = stage('read', () => readSeed(file.path, file.bytes));
  if (!read.ok) return { seed: file.path, status: 'unreadable', reason: read.reason };
  const clean = stage('clean', () => cleanArticle(read.seed));
  const meta = stage('metadata', () => readMetadata(read.seed, clean));
  if (clean.paragraphs.length === 0) return { seed: file.path, status: 'empty', removed: clean.removed.length };
  const fingerprint = clean.paragraphs.join('\n').replace(/\s+/g, ' ').toLowerCase();
  const article: ArticleDraft = {
    id: PLACEHOLDER_ID,
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
  };
  const cases = stage('cases', () => findCases(article, taxonomy));
  // A general warning about espionage with no single incident is on topic, with no case.
  article.onTopic = cases.length > 0 || isOnTopic(article, taxonomy);
  const { id: _placeholder, ...rest } = article;
  return { seed: file.path, status: 'ok', article: rest, fingerprint, cases };
}

/** A case read under PLACEHOLDER_ID, with the article's real id. */
function withArticleId(draft: CaseDraft, id: string): CaseDraft {
  return {
    ...draft,
    article: id,
    outcome: draft.outcome ? { ...draft.outcome, source: draft.outcome.source && { ...draft.outcome.source, article: id } } : draft.outcome,
    events: draft.events.map((e) => ({ ...e, source: { ...e.source, article: id } })),
    backgroundEvents: draft.backgroundEvents.map((e) => ({ ...e, source: { ...e.source, article: id } })),
  };
}

export function ingest(
  seeds: SeedFile[],
  taxonomy: TaxonomyEntry[],
  judgements: Judgement[] = [],
  registry: IdRegistry = { articles: {} },
  stage: StageRunner = untimed,
): IngestResult {
  // assemble() puts the extractions in seed order itself.
  return assemble(
    seeds.map((file) => extractSeed(file, taxonomy, stage)),
    taxonomy,
    judgements,
    registry,
    stage,
  );
}

/** The cross-seed half of ingest(): `extractions` in any order (they are put in seed order). */
export function assemble(
  extractions: SeedExtraction[],
  taxonomy: TaxonomyEntry[],
  judgements: Judgement[] = [],
  registry: IdRegistry = { articles: {} },
  stage: StageRunner = untimed,
): IngestResult {
  const sorted = [...extractions].sort((a, b) => (a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : 0));
  const { articles, drafts, report, registry: nextRegistry } = articlesWithIds(sorted, registry);
  const published = Object.fromEntries(articles.map((a) => [a.id, a.published?.date ?? null]));
  const earlier = registry.published && { cases: new Set(registry.published.cases), entities: new Set(registry.published.entities) };
  const linked = stage('link', () => {
    const found = linkCases(drafts, judgements, { published, earlier });
    // A case of several reports is compared across them once it has them all (src/extract/compare).
    return { ...found, cases: withDisagreements(found.cases, articles) };
  });
  const dataset = datasetOf(articles, linked, taxonomy, report);
  return { dataset, registry: nextRegistry, report, redirects: linked.redirects, warnings: linked.warnings ?? [] };
}

/**
 * In seed order: a report line per seed, and for each readable seed that is not a duplicate of an earlier
 * one, its article under its id (the registry's, else a new unique slug of its title) and its cases.
 */
function articlesWithIds(sorted: SeedExtraction[], registry: IdRegistry) {
  const taken = new Set(Object.values(registry.articles));
  const nextRegistry: IdRegistry = { articles: { ...registry.articles } };
  const report: SeedReport[] = [];
  const articles: ArticleDraft[] = [];
  const drafts: CaseDraft[] = [];
  const byBody = new Map<string, { id: string; seed: string }>();
  for (const x of sorted) {
    if (x.status !== 'ok') {
      report.push(skippedLine(x));
      continue;
    }
    const twin = byBody.get(x.fingerprint);
    if (twin) {
      report.push({
        seed: x.seed,
        status: 'duplicate',
        article: twin.id,
        reason: `is the same article as ${twin.seed}; delete one of the two files`,
        ...nothing(),
      });
      continue;
    }
    const id = registry.articles[x.seed] ?? uniqueSlug(slugify(x.article.title), taken);
    nextRegistry.articles[x.seed] = id;
    byBody.set(x.fingerprint, { id, seed: x.seed });
    const article = withId(x.article, id);
    const found = x.cases.map((c) => withArticleId(c, id));
    articles.push(article);
    drafts.push(...found);
    report.push({
      seed: x.seed,
      status: 'ok',
      article: id,
      paragraphs: article.paragraphs.length,
      removed: article.removed.length,
      cases: found.length,
      topics: new Set(found.flatMap((c) => c.topics.map((t) => t.topic))).size,
      warnings: article.warnings,
    });
  }
  return { articles, drafts, report, registry: nextRegistry };
}

/** The counts of a seed that gave no article. */
const nothing = () => ({ paragraphs: 0, removed: 0, cases: 0, topics: 0, warnings: [] as string[] });

function skippedLine(x: Exclude<SeedExtraction, { status: 'ok' }>): SeedReport {
  if (x.status === 'unreadable') return { seed: x.seed, status: 'skipped', reason: x.reason, ...nothing() };
  return {
    seed: x.seed,
    status: 'skipped',
    reason: 'has no article text left after cleaning; check that it holds the article, not only page furniture',
    ...nothing(),
    removed: x.removed,
  };
}

/** Same keys in the same order as the article extractSeed() read the cases from. */
function withId(a: Omit<ArticleDraft, 'id'>, id: string): ArticleDraft {
  return {
    id,
    seed: a.seed,
    title: a.title,
    url: a.url,
    outlet: a.outlet,
    byline: a.byline,
    published: a.published,
    language: a.language,
    onTopic: a.onTopic,
    paragraphs: a.paragraphs,
    removed: a.removed,
    provenance: a.provenance,
    warnings: a.warnings,
  };
}

/** The validated dataset: each article with the ids of its cases, the topics sorted by id, the seeds skipped. */
function datasetOf(articles: ArticleDraft[], linked: ReturnType<typeof linkCases>, taxonomy: TaxonomyEntry[], report: SeedReport[]): Dataset {
  const casesByArticle = new Map<string, string[]>();
  for (const c of linked.cases) {
    for (const s of c.sources) {
      pushTo(casesByArticle, s.article, c.id);
    }
  }
  const topics: Topic[] = taxonomy.map((t) => ({ id: t.id, label: t.label, kind: t.kind, description: t.description })).sort((a, b) => (a.id < b.id ? -1 : 1));
  return Dataset.parse({
    format: FORMAT,
    articles: articles.map((a): Article => ({ ...a, cases: casesByArticle.get(a.id) ?? [] })),
    cases: linked.cases,
    topics,
    entities: linked.entities,
    skipped: report.filter((r) => r.status !== 'ok').map((r) => ({ seed: r.seed, reason: r.reason ?? '' })),
  });
}
