/**
 * The dataset as the search annotations need it, read once per build from the
 * content collections (so it follows whatever content directory the site reads).
 */
import { getCollection } from 'astro:content';
import type { DatasetLike } from '../shared/meta.ts';

let cached: Promise<DatasetLike> | undefined;

export function searchDataset(): Promise<DatasetLike> {
  cached ??= (async () => {
    const [articles, cases, topics, entities] = await Promise.all([
      getCollection('articles'),
      getCollection('cases'),
      getCollection('topics'),
      getCollection('entities'),
    ]);
    return {
      articles: articles.map((e) => ({ ...e.data, id: e.id })),
      cases: cases.map((e) => ({ ...e.data, id: e.id })),
      topics: topics.map((e) => ({ id: e.id, label: e.data.label, kind: e.data.kind })),
      entities: entities.map((e) => ({ ...e.data, id: e.id })),
    } as DatasetLike;
  })();
  return cached;
}
