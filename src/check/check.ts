/**
 * `npm run check`: every problem in content/, reported as `path:line: message`.
 * Pure: takes the content folder as a map of files, returns problems. The
 * script (scripts/check.ts) does the reading and sets the exit code.
 */

import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { PARA_CLOSE, PARA_OPEN, type Parsed, parseMdx, readArticlePage, readCasePage } from '../emit/read-page.ts';
import { fileState } from '../emit/reconcile.ts';
import { parseRedirects } from '../emit/redirects.ts';
import { parseTopicFile } from '../emit/topic-page.ts';
import { parseJudgements } from '../extract/link/judgements.ts';
import { type Article, type Case, Dataset } from '../model/schema.ts';
import type { TaxonomyEntry } from '../model/types.ts';

export interface Problem {
  path: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** Components an MDX page may use; anything else would fail to render. */
export const MDX_COMPONENTS = ['Para', 'Timeline', 'CaseList', 'Quote', 'FactBox'];

/** Site paths that exist besides the per-item pages. */
const STATIC_PATHS = new Set(['', 'cases/', 'articles/', 'topics/', 'entities/', 'timeline/', 'search/', 'data/casebook.json', 'data/cases.csv', 'feed.xml']);

function fromError(error: string): Problem[] {
  return error.split('\n').map((line) => {
    const m = /^(.*?):(\d+): (.*)$/.exec(line);
    return m
      ? { path: m[1]!, line: Number(m[2]), message: m[3]!, severity: 'error' as const }
      : { path: '?', line: 1, message: line, severity: 'error' as const };
  });
}

function lineOf(text: string, needle: string): number {
  // Patterns are written YAML-escaped in the file ("\\b..."), so try both spellings.
  let index = text.indexOf(needle);
  if (index < 0) index = text.indexOf(needle.replace(/\\/g, '\\\\'));
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

/** `files`: path (as shown to the user, e.g. content/cases/x.mdx) -> text; `root`: the content folder's path. */
export function checkContent(files: Map<string, string>, root = 'content'): Problem[] {
  const problems: Problem[] = [];
  const inDir = (dir: string) => [...files].filter(([p]) => p.startsWith(`${root}/${dir}/`) && /\.mdx?$/.test(p)).sort(([a], [b]) => (a < b ? -1 : 1));
  // Each page is parsed once and its tree reused by every check (profiled: parsing dominates at scale).
  const trees = new Map<string, ReturnType<typeof parseMdx>>();
  const parsed = (path: string, text: string) => {
    let doc = trees.get(path);
    if (!doc) trees.set(path, (doc = parseMdx(path, text)));
    return doc;
  };
  const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.mdx?$/, '');

  // Duplicate ids: two files in one collection with the same slug (x.md and x.mdx).
  for (const dir of ['articles', 'cases', 'topics']) {
    const seen = new Map<string, string>();
    for (const [path] of inDir(dir)) {
      const id = idOf(path);
      const other = seen.get(id);
      if (other) problems.push({ path, line: 1, message: `duplicate id '${id}': ${other} has the same id; rename or merge one of them`, severity: 'error' });
      seen.set(id, path);
    }
  }

  const topics = new Map<string, TaxonomyEntry>();
  for (const [path, text] of inDir('topics')) {
    const parsed = parseTopicFile(path, text);
    if (parsed.ok) topics.set(parsed.entry.id, parsed.entry);
    else problems.push(...fromError(parsed.error));
  }

  let entityIds = new Set<string>();
  // Ingest's own records of the pages it generated (casebook.json is written with them).
  const fromDataset = new Map<string, Article | Case>();
  const datasetPath = `${root}/casebook.json`;
  const datasetText = files.get(datasetPath);
  if (datasetText !== undefined) {
    try {
      const parsed = Dataset.safeParse(JSON.parse(datasetText));
      if (parsed.success) {
        entityIds = new Set(parsed.data.entities.map((e) => e.id));
        for (const a of parsed.data.articles) fromDataset.set(`articles/${a.id}`, a);
        for (const c of parsed.data.cases) fromDataset.set(`cases/${c.id}`, c);
        const seen = new Set<string>();
        for (const e of parsed.data.entities) {
          if (seen.has(e.id))
            problems.push({ path: datasetPath, line: lineOf(datasetText, `"id": "${e.id}"`), message: `duplicate entity id '${e.id}'`, severity: 'error' });
          seen.add(e.id);
        }
      } else
        problems.push({
          path: datasetPath,
          line: 1,
          message: `does not match the casebook/1 schema: ${parsed.error.issues[0]?.message}; run \`npm run ingest\``,
          severity: 'error',
        });
    } catch (error) {
      problems.push({ path: datasetPath, line: 1, message: `is not valid JSON (${(error as Error).message}); run \`npm run ingest\``, severity: 'error' });
    }
  }

  // A generated page whose hash still verifies is byte for byte what ingest wrote from its record in
  // casebook.json: the record is used and the page is not parsed again (parsing 17,000 pages took a
  // minute at 10,000 articles, issue 8). Edited, curated and hand-written pages are parsed and checked in full.
  const generated = new Set<string>();
  const record = <T extends Article | Case>(dir: 'articles' | 'cases', path: string, text: string): T | null => {
    const known = fromDataset.get(`${dir}/${idOf(path)}`);
    if (!known || fileState(text) !== 'generated') return null;
    generated.add(path);
    return known as T;
  };

  const readPages = <T extends Article | Case>(
    dir: 'articles' | 'cases',
    read: (path: string, text: string, doc: ReturnType<typeof parseMdx>) => Parsed<T>,
  ) => {
    const out = new Map<string, { path: string; text: string; value: T }>();
    for (const [path, text] of inDir(dir)) {
      const known = record<T>(dir, path, text);
      const result: Parsed<T> = known ? { ok: true, value: known } : read(path, text, parsed(path, text));
      if (result.ok) out.set(idOf(path), { path, text, value: result.value });
      else problems.push(...fromError(result.error));
    }
    return out;
  };
  const articles = readPages<Article>('articles', readArticlePage);
  const cases = readPages<Case>('cases', readCasePage);

  // References from cases: topics, entities, source articles and paragraphs.
  for (const { path, text, value: item } of cases.values()) {
    for (const topic of item.topics) {
      if (!topics.has(topic))
        problems.push({
          path,
          line: lineOf(text, topic),
          message: `unknown topic '${topic}': add content/topics/${topic}.mdx or fix the id`,
          severity: 'error',
        });
    }
    for (const entity of [...item.people, ...item.organisations, ...item.places]) {
      if (!entityIds.has(entity)) problems.push({ path, line: lineOf(text, entity), message: `unknown entity '${entity}'`, severity: 'error' });
    }
    for (const source of item.sources) {
      const article = articles.get(source.article);
      if (!article) {
        problems.push({ path, line: lineOf(text, source.article), message: `unknown source article '${source.article}'`, severity: 'error' });
        continue;
      }
      const ids = new Set(article.value.paragraphs.map((p) => p.id));
      for (const paragraph of source.paragraphs) {
        if (!ids.has(paragraph))
          problems.push({ path, line: lineOf(text, paragraph), message: `article '${source.article}' has no paragraph '${paragraph}'`, severity: 'error' });
      }
    }
  }
  for (const { path, text, value: article } of articles.values()) {
    const seen = new Set<string>();
    for (const p of article.paragraphs) {
      if (seen.has(p.id)) problems.push({ path, line: lineOf(text, `id="${p.id}"`), message: `duplicate paragraph id '${p.id}'`, severity: 'error' });
      seen.add(p.id);
    }
  }

  // MDX bodies: only known components; internal links must resolve.
  const pages = new Set<string>(STATIC_PATHS);
  for (const id of articles.keys()) pages.add(`articles/${id}/`);
  for (const id of cases.keys()) pages.add(`cases/${id}/`);
  for (const id of topics.keys()) pages.add(`topics/${id}/`);
  for (const id of entityIds) pages.add(`entities/${id}/`);
  for (const dir of ['articles', 'cases', 'topics']) {
    for (const [path, text] of inDir(dir)) {
      if (generated.has(path)) continue; // ingest's body: anchored paragraphs of escaped text, no link or component
      const doc = parsed(path, text);
      if (!doc.ok) continue; // already reported above
      checkBody(path, doc.value.tree, pages, topics, problems);
    }
  }

  // Taxonomy patterns that never match any article text. Each text once (republished copy repeats paragraphs).
  const corpus = [...new Set([...articles.values()].flatMap((a) => a.value.paragraphs.map((p) => p.text)))];
  const joined = corpus.join('\n');
  for (const topic of topics.values()) {
    const text = files.get(topic.file) ?? '';
    for (const pattern of topic.patterns) {
      const re = new RegExp(pattern, 'iu');
      if (re.test('')) {
        problems.push({
          path: topic.file,
          line: lineOf(text, pattern),
          message: `pattern ${JSON.stringify(pattern)} matches the empty string, so it matches everything`,
          severity: 'error',
        });
      } else if (corpus.length && !matchesAny(re, pattern, corpus, joined)) {
        problems.push({
          path: topic.file,
          line: lineOf(text, pattern),
          message: `pattern ${JSON.stringify(pattern)} matches no article yet`,
          severity: 'warning',
        });
      }
    }
  }

  const cited = new Set([...cases.values()].flatMap((c) => c.value.topics));
  for (const topic of topics.values()) {
    if (cases.size && !cited.has(topic.id)) problems.push({ path: topic.file, line: 1, message: `topic '${topic.id}' has no case yet`, severity: 'warning' });
  }

  const judgementsPath = `${root}/judgements.yaml`;
  const judgementsText = files.get(judgementsPath);
  if (judgementsText !== undefined) {
    const parsed = parseJudgements(judgementsText, judgementsPath);
    if (!parsed.ok)
      problems.push(
        ...parsed.errors.map((e) => ({ path: judgementsPath, line: 1, message: e.replace(`${judgementsPath}: `, ''), severity: 'error' as const })),
      );
  }

  const redirectsPath = `${root}/redirects.yaml`;
  const redirectsText = files.get(redirectsPath);
  if (redirectsText !== undefined) {
    const parsed = parseRedirects(redirectsText, redirectsPath);
    problems.push(...parsed.errors.flatMap(fromError));
    for (const r of parsed.entries) {
      const line = lineOf(redirectsText, `from: ${r.from}`);
      if (!pages.has(r.to))
        problems.push({ path: redirectsPath, line, message: `redirect ${r.from} -> ${r.to}: the target does not exist`, severity: 'error' });
      if (pages.has(r.from))
        problems.push({
          path: redirectsPath,
          line,
          message: `redirect ${r.from}: a page still exists at the old path; remove the page or the redirect`,
          severity: 'error',
        });
    }
  }

  return problems.sort((a, b) => (a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1));
}

/**
 * Whether `re` matches one of `texts`. Most patterns of a young taxonomy match nothing, and proving that
 * took one test per paragraph per pattern (seconds at 3,000 articles). One scan of all texts joined by
 * newlines says it at once for a pattern that cannot tell a text's edge from a newline: one without
 * ^, $ or lookarounds (\b sees a newline as it sees the edge, a non-word character). Such a pattern that
 * matches a text also matches the joined texts there, so no match in them means no match in any text.
 * A match in them may straddle two texts: then, and for other patterns, each text is tested.
 */
function matchesAny(re: RegExp, pattern: string, texts: string[], joined: string): boolean {
  if (edgeBlind(pattern) && !re.test(joined)) return false;
  return texts.some((t) => re.test(t));
}

/** No anchor and no lookaround outside character classes (escapes skipped); named groups are fine. */
function edgeBlind(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '^' || c === '$') return false;
    else if (
      c === '(' &&
      pattern[i + 1] === '?' &&
      (pattern[i + 2] === '=' || pattern[i + 2] === '!' || (pattern[i + 2] === '<' && (pattern[i + 3] === '=' || pattern[i + 3] === '!')))
    )
      return false;
  }
  return true;
}

function checkBody(path: string, tree: Root, pages: Set<string>, topics: Map<string, TaxonomyEntry>, problems: Problem[]) {
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      if (!MDX_COMPONENTS.includes(node.name)) {
        problems.push({ path, line, message: `unknown component <${node.name}>; available: ${MDX_COMPONENTS.join(', ')}`, severity: 'error' });
      }
      const topic = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'topic')?.value;
      if (typeof topic === 'string' && !topics.has(topic))
        problems.push({ path, line, message: `<${node.name} topic="${topic}">: unknown topic`, severity: 'error' });
    }
    // Raw HTML in a `.md` page is rendered as HTML, not shown as text: only the paragraph anchors ingest writes may be there.
    if (node.type === 'html' && path.endsWith('.md')) {
      const html = node.value.trim();
      if (!PARA_OPEN.test(html) && html !== PARA_CLOSE && !/^<!--[\s\S]*-->$/.test(html)) {
        problems.push({
          path,
          line,
          message: `raw HTML ${JSON.stringify(html.slice(0, 40))} in a Markdown page would be rendered as HTML; write it as text (escape < as \\<), or rename the page to .mdx and use a component`,
          severity: 'error',
        });
      }
    }
    if (node.type === 'link') {
      const target = internalTarget(node.url);
      if (target !== null && !pages.has(target)) problems.push({ path, line, message: `broken link to ${node.url}`, severity: 'error' });
    }
  });
}

/** Site path of an internal link (`/cases/x/`, `../cases/x/`), or null for external ones. */
function internalTarget(url: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return null;
  const path = url.split(/[?#]/)[0]!.replace(/^(\.\.\/)+|^\.\/|^\//, '');
  if (!path) return '';
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}
