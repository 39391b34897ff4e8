/**
 * Lay the pages people wrote or edited over the generated dataset: their
 * version of an article or case replaces the generated one, a page with no
 * seed behind it joins the dataset, and every article lists the cases that
 * cite it (including hand-written ones).
 */
import type { Article, Case, Dataset } from '../model/schema.ts';

function byId<T extends { id: string }>(generated: T[], human: T[]): T[] {
  const replacements = new Map(human.map((h) => [h.id, h]));
  const out = generated.map((g) => replacements.get(g.id) ?? g);
  const known = new Set(generated.map((g) => g.id));
  const added = human.filter((h) => !known.has(h.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  return [...out, ...added];
}

export function overlay(dataset: Dataset, articles: Article[], cases: Case[]): Dataset {
  const allCases = byId(dataset.cases, cases);
  const citing = new Map<string, string[]>();
  for (const c of allCases) {
    for (const s of c.sources) {
      const list = citing.get(s.article) ?? [];
      if (!list.includes(c.id)) list.push(c.id);
      citing.set(s.article, list);
    }
  }
  const allArticles = byId(dataset.articles, articles).map((a) => ({ ...a, cases: citing.get(a.id) ?? [] }));
  return { ...dataset, articles: allArticles, cases: allCases };
}
