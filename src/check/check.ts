/**
 * `npm run check`: every problem in content/, reported as `path:line: message`.
 * Pure: takes the content folder as a map of files, returns problems. The
 * script (scripts/check.ts) does the reading and sets the exit code.
 */

import { type Parsed, parseMdx, readArticlePage, readCasePage } from '../emit/read-page.ts';
import { fileState } from '../emit/reconcile.ts';
import { parseRedirects } from '../emit/redirects.ts';
import { parseJudgements } from '../extract/link/judgements.ts';
import { type Article, type Case, Dataset } from '../model/schema.ts';
import type { TaxonomyEntry } from '../model/types.ts';
import { checkBody } from './body.ts';
import { patternProblems } from './patterns.ts';
import { isPage, pagePolicy } from './policy.ts';
import { byPlace, error, formatProblem, fromError, lineOf, type Problem, warning } from './problem.ts';
import { readTopic } from './topics.ts';

export { MDX_COMPONENTS } from './content-policy.ts';
export { formatProblem, type Problem } from './problem.ts';

/** Site paths that exist besides the per-item pages. */
const STATIC_PATHS = new Set(['', 'cases/', 'articles/', 'topics/', 'entities/', 'timeline/', 'search/', 'data/casebook.json', 'data/cases.csv', 'feed.xml']);

/** `files`: path (as shown to the user, e.g. content/cases/x.mdx) -> text; `root`: the content folder's path. */
export function checkContent(files: Map<string, string>, root = 'content'): Problem[] {
  const content = contentFolder(files, root);
  const problems: Problem[] = duplicateIds(content);
  const topics = readTopics(content, problems);
  const dataset = readDataset(files, `${root}/casebook.json`, problems);
  const { articles, cases, generated } = readPages(content, dataset.records, problems);
  problems.push(...caseReferences(cases, articles, topics, dataset.entityIds));
  problems.push(...duplicateParagraphs(articles));
  const pages = sitePaths(articles, cases, topics, dataset.entityIds);
  problems.push(...bodyProblems(content, generated, pages, topics));
  // Every page, generated ones included: a generated-hash is a checksum anyone can recompute, not a signature.
  for (const [path, text] of files) if (path.startsWith(`${root}/`) && isPage(path)) problems.push(...pagePolicy(path, text).problems);
  const texts = [...articles.values()].flatMap((a) => a.value.paragraphs.map((p) => p.text));
  problems.push(...patternProblems(topics.values(), texts, (path) => files.get(path) ?? ''));
  problems.push(...topicsWithoutCases(topics, cases));
  problems.push(...judgementProblems(files, `${root}/judgements.yaml`));
  problems.push(...redirectProblems(files, `${root}/redirects.yaml`, pages));
  // A page re-read as Markdown after its MDX failed may report the same front matter error twice.
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(formatProblem(p)) && seen.add(formatProblem(p))).sort(byPlace);
}

type Collection = 'articles' | 'cases' | 'topics';
type Doc = ReturnType<typeof parseMdx>;

interface ContentFolder {
  /** The pages of a collection, sorted by path. */
  inDir: (dir: Collection) => Array<[path: string, text: string]>;
  /** A page's syntax tree. Each page is parsed once and its tree reused by every check (profiled: parsing dominates at scale). */
  parsed: (path: string, text: string) => Doc;
}

function contentFolder(files: Map<string, string>, root: string): ContentFolder {
  const trees = new Map<string, Doc>();
  return {
    inDir: (dir) => [...files].filter(([p]) => p.startsWith(`${root}/${dir}/`) && /\.mdx?$/.test(p)).sort(([a], [b]) => (a < b ? -1 : 1)),
    parsed: (path, text) => {
      let doc = trees.get(path);
      if (!doc) trees.set(path, (doc = parseMdx(path, text)));
      return doc;
    },
  };
}

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.mdx?$/, '');

/** Two files in one collection with the same slug (x.md and x.mdx). */
function duplicateIds(content: ContentFolder): Problem[] {
  const problems: Problem[] = [];
  for (const dir of ['articles', 'cases', 'topics'] as const) {
    const seen = new Map<string, string>();
    for (const [path] of content.inDir(dir)) {
      const id = idOf(path);
      const other = seen.get(id);
      if (other) problems.push(error(path, 1, `duplicate id '${id}': ${other} has the same id; rename or merge one of them`));
      seen.set(id, path);
    }
  }
  return problems;
}

function readTopics(content: ContentFolder, problems: Problem[]): Map<string, TaxonomyEntry> {
  const topics = new Map<string, TaxonomyEntry>();
  for (const [path, text] of content.inDir('topics')) {
    const read = readTopic(path, text, content.parsed(path, text));
    if (read.entry) topics.set(read.entry.id, read.entry);
    problems.push(...read.problems);
  }
  return topics;
}

interface DatasetRecords {
  entityIds: Set<string>;
  /** Ingest's own records of the pages it generated (`articles/<id>`, `cases/<id>`): casebook.json is written with them. */
  records: Map<string, Article | Case>;
}

function readDataset(files: Map<string, string>, path: string, problems: Problem[]): DatasetRecords {
  const out: DatasetRecords = { entityIds: new Set(), records: new Map() };
  const text = files.get(path);
  if (text === undefined) return out;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    problems.push(error(path, 1, `is not valid JSON (${(e as Error).message}); run \`npm run ingest\``));
    return out;
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) {
    problems.push(error(path, 1, `does not match the casebook/1 schema: ${parsed.error.issues[0]?.message}; run \`npm run ingest\``));
    return out;
  }
  out.entityIds = new Set(parsed.data.entities.map((e) => e.id));
  for (const a of parsed.data.articles) out.records.set(`articles/${a.id}`, a);
  for (const c of parsed.data.cases) out.records.set(`cases/${c.id}`, c);
  const seen = new Set<string>();
  for (const e of parsed.data.entities) {
    if (seen.has(e.id)) problems.push(error(path, lineOf(text, `"id": "${e.id}"`), `duplicate entity id '${e.id}'`));
    seen.add(e.id);
  }
  return out;
}

type Page<T> = { path: string; text: string; value: T };

/**
 * The article and case pages, by id. A generated page whose hash still verifies is byte for byte what ingest
 * wrote from its record in casebook.json: the record is used and the page is not parsed again (parsing 17,000
 * pages took a minute at 10,000 articles). Edited, curated and hand-written pages are parsed and checked in full.
 */
function readPages(content: ContentFolder, records: Map<string, Article | Case>, problems: Problem[]) {
  const generated = new Set<string>();
  const read = <T extends Article | Case>(dir: 'articles' | 'cases', reader: (path: string, text: string, doc: Doc) => Parsed<T>) => {
    const out = new Map<string, Page<T>>();
    for (const [path, text] of content.inDir(dir)) {
      const known = records.get(`${dir}/${idOf(path)}`);
      const fromRecord = known !== undefined && fileState(text) === 'generated';
      if (fromRecord) generated.add(path);
      const doc = fromRecord ? null : content.parsed(path, text);
      // A body that does not compile leaves no tree: its front matter is still read, as Markdown, so its errors are reported too.
      if (doc && !doc.ok) problems.push(...fromError(doc.error));
      const result: Parsed<T> = !doc ? { ok: true, value: known as T } : reader(path, text, doc.ok ? doc : parseMdx(path, text, 'md'));
      if (result.ok) out.set(idOf(path), { path, text, value: result.value });
      else problems.push(...fromError(result.error));
    }
    return out;
  };
  const articles = read<Article>('articles', readArticlePage);
  const cases = read<Case>('cases', readCasePage);
  return { articles, cases, generated };
}

/** References from cases: topics, entities, source articles and paragraphs. */
function caseReferences(cases: Map<string, Page<Case>>, articles: Map<string, Page<Article>>, topics: Map<string, TaxonomyEntry>, entityIds: Set<string>) {
  const problems: Problem[] = [];
  for (const { path, text, value: item } of cases.values()) {
    for (const topic of item.topics) {
      if (!topics.has(topic)) problems.push(error(path, lineOf(text, topic), `unknown topic '${topic}': add content/topics/${topic}.mdx or fix the id`));
    }
    for (const entity of [...item.people, ...item.organisations, ...item.places]) {
      if (!entityIds.has(entity)) problems.push(error(path, lineOf(text, entity), `unknown entity '${entity}'`));
    }
    for (const source of item.sources) {
      const article = articles.get(source.article);
      if (!article) {
        problems.push(error(path, lineOf(text, source.article), `unknown source article '${source.article}'`));
        continue;
      }
      const ids = new Set(article.value.paragraphs.map((p) => p.id));
      for (const paragraph of source.paragraphs) {
        if (!ids.has(paragraph)) problems.push(error(path, lineOf(text, paragraph), `article '${source.article}' has no paragraph '${paragraph}'`));
      }
    }
  }
  return problems;
}

function duplicateParagraphs(articles: Map<string, Page<Article>>): Problem[] {
  const problems: Problem[] = [];
  for (const { path, text, value: article } of articles.values()) {
    const seen = new Set<string>();
    for (const p of article.paragraphs) {
      if (seen.has(p.id)) problems.push(error(path, lineOf(text, `id="${p.id}"`), `duplicate paragraph id '${p.id}'`));
      seen.add(p.id);
    }
  }
  return problems;
}

/** Every path of the site the content makes: where internal links and redirects may point. */
function sitePaths(articles: Map<string, unknown>, cases: Map<string, unknown>, topics: Map<string, unknown>, entityIds: Set<string>): Set<string> {
  const pages = new Set<string>(STATIC_PATHS);
  for (const id of articles.keys()) pages.add(`articles/${id}/`);
  for (const id of cases.keys()) pages.add(`cases/${id}/`);
  for (const id of topics.keys()) pages.add(`topics/${id}/`);
  for (const id of entityIds) pages.add(`entities/${id}/`);
  return pages;
}

/** Bodies: internal links must resolve, components name topics that exist (what a page may contain at all: src/check/content-policy.ts). */
function bodyProblems(content: ContentFolder, generated: Set<string>, pages: Set<string>, topics: Map<string, TaxonomyEntry>): Problem[] {
  const problems: Problem[] = [];
  for (const dir of ['articles', 'cases', 'topics'] as const) {
    for (const [path, text] of content.inDir(dir)) {
      if (generated.has(path)) continue; // ingest's body: anchored paragraphs of escaped text, no link or component
      const doc = content.parsed(path, text);
      if (!doc.ok) continue; // reported when the page was read
      checkBody(path, doc.value.tree, pages, topics, problems);
    }
  }
  return problems;
}

function topicsWithoutCases(topics: Map<string, TaxonomyEntry>, cases: Map<string, Page<Case>>): Problem[] {
  const cited = new Set([...cases.values()].flatMap((c) => c.value.topics));
  if (!cases.size) return [];
  return [...topics.values()].filter((t) => !cited.has(t.id)).map((t) => warning(t.file, 1, `topic '${t.id}' has no case yet`, 'topic has no case yet'));
}

function judgementProblems(files: Map<string, string>, path: string): Problem[] {
  const text = files.get(path);
  if (text === undefined) return [];
  const parsed = parseJudgements(text, path);
  return parsed.ok ? [] : parsed.errors.map((e) => error(path, 1, e.replace(`${path}: `, '')));
}

function redirectProblems(files: Map<string, string>, path: string, pages: Set<string>): Problem[] {
  const text = files.get(path);
  if (text === undefined) return [];
  const parsed = parseRedirects(text, path);
  const problems = parsed.errors.flatMap(fromError);
  for (const r of parsed.entries) {
    const line = lineOf(text, `from: ${r.from}`);
    if (!pages.has(r.to)) problems.push(error(path, line, `redirect ${r.from} -> ${r.to}: the target does not exist`));
    if (pages.has(r.from)) problems.push(error(path, line, `redirect ${r.from}: a page still exists at the old path; remove the page or the redirect`));
  }
  return problems;
}
