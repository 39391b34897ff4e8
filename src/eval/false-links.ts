/**
 * Linking precision: a case the reading made of reports in several articles is
 * right only where the gold gives the case of each of those articles the same
 * id. Each pair of articles a case joins counts once; a pair whose gold cases
 * differ (or carry no id) is a false link.
 */
import type { Case, Dataset } from '../model/schema.ts';
import { alignCases } from './facts.ts';
import type { Gold } from './gold.ts';

export interface LinkPairs {
  /** Pairs of articles joined by a case. */
  total: number;
  /** Of them, joined although the gold says their cases differ: "a.txt + b.txt". */
  wrong: string[];
}

/**
 * `casesOf`: an article's cases in the scorer's order; `peopleOf` (a case's people in one report), `nameMatches`: as
 * the scorer reads people.
 * The gold case each found case reports is the one facts are scored against (alignCases).
 */
export function falseLinks(
  dataset: Dataset,
  gold: Gold,
  casesOf: (articleId: string) => Case[],
  peopleOf: (c: Case, articleId: string) => string[],
  nameMatches: (g: string, f: string) => boolean,
  fileOf: (seed: string) => string,
): LinkPairs {
  const goldOf = new Map(gold.articles.map((a) => [fileOf(a.file), a]));
  // Per article id: found case id -> the gold id of the case it reports (null: none).
  const goldId = new Map<string, Map<string, string | null>>();
  for (const article of dataset.articles) {
    const g = goldOf.get(fileOf(article.seed));
    if (!g) continue;
    const found = casesOf(article.id);
    const aligned = alignCases(g.cases, found, (c) => peopleOf(c, article.id), nameMatches);
    goldId.set(article.id, new Map(found.map((c, i) => [c.id, g.cases[aligned[i]!]?.id ?? null])));
  }
  const out: LinkPairs = { total: 0, wrong: [] };
  for (const c of dataset.cases) {
    const articles = [...new Set(c.sources.map((s) => s.article))].filter((a) => goldId.has(a));
    for (let i = 0; i < articles.length; i++) {
      for (let j = i + 1; j < articles.length; j++) {
        out.total++;
        const x = goldId.get(articles[i]!)!.get(c.id);
        const y = goldId.get(articles[j]!)!.get(c.id);
        if (!x || x !== y) out.wrong.push(`${articles[i]} + ${articles[j]}`);
      }
    }
  }
  return out;
}
