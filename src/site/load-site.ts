/** Loading the site model in Astro: the content collections read once per build, every page shares the result. */
import { formatOf, summaryOfBody } from '../emit/read-page.ts';
import { paragraphsFromBody } from './paragraphs.ts';
import { buildModel, type SiteModel } from './site-model.ts';

let memo: Promise<SiteModel> | null = null;

/** The model for this build: loads the collections once; every page shares it. */
export function getSite(): Promise<SiteModel> {
  memo ??= load();
  return memo;
}

async function load(): Promise<SiteModel> {
  const { getCollection } = await import('astro:content');
  const [articles, cases, topics, entities] = await Promise.all([
    getCollection('articles'),
    getCollection('cases'),
    getCollection('topics'),
    getCollection('entities'),
  ]);
  return buildModel({
    files: new Map([...articles, ...cases].map((e) => [`${e.collection}/${e.id}`, pagePath(e)])),
    articles: articles.map((a) => ({
      ...a.data,
      id: a.id,
      seed: a.data.seed ?? pagePath(a),
      paragraphs: paragraphsFromBody(a.body ?? '', formatOf(pagePath(a))),
    })),
    // A case page's body is its summary (front matter only fills in for an empty body).
    cases: cases.map((c) => ({ ...c.data, id: c.id, summary: summaryOfBody(c.body ?? '', formatOf(pagePath(c))) || c.data.summary })),
    topics: topics.map((t) => ({ id: t.id, label: t.data.label, kind: t.data.kind, description: t.data.description ?? firstParagraph(t.body ?? '') })),
    entities: entities.map((e) => ({ ...e.data, id: e.id })),
  });
}

/** The file a collection entry came from, as a contributor finds it in the repository. */
export function pagePath(entry: { id: string; collection: string; filePath?: string }): string {
  return entry.filePath ?? `content/${entry.collection}/${entry.id}.md`;
}

function firstParagraph(body: string): string {
  return (body.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
}
