/**
 * The pipeline as one pure function: seed files in, dataset out.
 * read -> clean -> metadata -> cases -> link. No I/O here: scripts/ingest.ts
 * reads the files and writes what emit.ts renders.
 */
import { readSeed } from './read.ts';
import { cleanArticle } from './clean.ts';
import { readMetadata } from './metadata.ts';
import { findCases, isOnTopic } from './cases.ts';
import { linkCases, type Redirect } from './link.ts';
import { Dataset, FORMAT, type Article, type Topic } from './schema.ts';
import type { ArticleDraft, CaseDraft, Judgement, TaxonomyEntry } from './types.ts';
import { slugify, uniqueSlug } from '../lib/slug.ts';

export interface SeedFile {
  /** Path from the project root, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** Ids handed out by earlier builds: a permalink never changes once built. */
export interface IdRegistry {
  articles: Record<string, string>;
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

export function ingest(
  seeds: SeedFile[],
  taxonomy: TaxonomyEntry[],
  judgements: Judgement[] = [],
  registry: IdRegistry = { articles: {} },
  stage: StageRunner = untimed,
): IngestResult {
  const sorted = [...seeds].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const taken = new Set(Object.values(registry.articles));
  const nextRegistry: IdRegistry = { articles: { ...registry.articles } };
  const report: SeedReport[] = [];
  const articles: ArticleDraft[] = [];
  const drafts: CaseDraft[] = [];
  const byBody = new Map<string, { id: string; seed: string }>();

  for (const file of sorted) {
    const read = stage('read', () => readSeed(file.path, file.bytes));
    if (!read.ok) {
      report.push({ seed: file.path, status: 'skipped', reason: read.reason, paragraphs: 0, removed: 0, cases: 0, topics: 0, warnings: [] });
      continue;
    }
    const clean = stage('clean', () => cleanArticle(read.seed));
    const meta = stage('metadata', () => readMetadata(read.seed, clean));
    if (clean.paragraphs.length === 0) {
      report.push({ seed: file.path, status: 'skipped', reason: 'has no article text left after cleaning; check that it holds the article, not only page furniture', paragraphs: 0, removed: clean.removed.length, cases: 0, topics: 0, warnings: [] });
      continue;
    }
    const fingerprint = clean.paragraphs.join('\n').replace(/\s+/g, ' ').toLowerCase();
    const twin = byBody.get(fingerprint);
    if (twin) {
      report.push({ seed: file.path, status: 'duplicate', article: twin.id, reason: `is the same article as ${twin.seed}; delete one of the two files`, paragraphs: 0, removed: 0, cases: 0, topics: 0, warnings: [] });
      continue;
    }
    const id = registry.articles[file.path] ?? uniqueSlug(slugify(meta.title), taken);
    nextRegistry.articles[file.path] = id;
    byBody.set(fingerprint, { id, seed: file.path });
    const article: ArticleDraft = {
      id,
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
    const found = stage('cases', () => findCases(article, taxonomy));
    // A general warning about espionage with no single incident is on topic, with no case.
    article.onTopic = found.length > 0 || isOnTopic(article, taxonomy);
    articles.push(article);
    drafts.push(...found);
    report.push({
      seed: file.path,
      status: 'ok',
      article: id,
      paragraphs: article.paragraphs.length,
      removed: article.removed.length,
      cases: found.length,
      topics: new Set(found.flatMap((c) => c.topics.map((t) => t.topic))).size,
      warnings: article.warnings,
    });
  }

  const published = Object.fromEntries(articles.map((a) => [a.id, a.published?.date ?? null]));
  const linked = stage('link', () => linkCases(drafts, judgements, { published }));
  const casesByArticle = new Map<string, string[]>();
  for (const c of linked.cases) {
    for (const s of c.sources) casesByArticle.set(s.article, [...(casesByArticle.get(s.article) ?? []), c.id]);
  }
  const topics: Topic[] = taxonomy
    .map((t) => ({ id: t.id, label: t.label, kind: t.kind, description: t.description }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const dataset = Dataset.parse({
    format: FORMAT,
    articles: articles.map((a): Article => ({ ...a, cases: casesByArticle.get(a.id) ?? [] })),
    cases: linked.cases,
    topics,
    entities: linked.entities,
    skipped: report.filter((r) => r.status !== 'ok').map((r) => ({ seed: r.seed, reason: r.reason ?? '' })),
  });
  return { dataset, registry: nextRegistry, report, redirects: linked.redirects, warnings: linked.warnings ?? [] };
}
