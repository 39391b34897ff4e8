/**
 * The "Where reports differ" rows of a case page: for each fact the reports
 * state differently, each report's version as written, with its outlet and
 * the paragraph it is read from (cited like the facts above it, so the same
 * numbered quote and preview back it).
 */
import type { Case, DisagreementFact } from '../model/schema.ts';
import type { Cite } from './case-view.ts';
import { DISAGREEMENT_LABELS } from './labels.ts';
import type { SiteModel } from './site-model.ts';

export interface DifferenceVersion {
  /** The report's words: "four years", "180份". */
  value: string;
  /** The value in one spelling ("4 years"), shown beside words in Chinese. */
  normalised: string;
  outlet: string;
  /** The report's language, for the words as written (`lang` on the page), or null when unknown. */
  lang: string | null;
  article: string;
  paragraph: string;
  /** The number of the cited paragraph among the case's citations. */
  cite: number;
}
export interface DifferenceRow {
  fact: DisagreementFact;
  label: string;
  versions: DifferenceVersion[];
}
type DraftRow = Omit<DifferenceRow, 'versions'> & { versions: Array<Omit<DifferenceVersion, 'cite'> & { key: string }> };

/** The rows before citations are numbered: each version records its paragraph with `cite` (the words as evidence). */
export function differenceDrafts(model: SiteModel, c: Pick<Case, 'disagreements'>, cite: Cite): DraftRow[] {
  return c.disagreements.map((d) => ({
    fact: d.fact,
    label: DISAGREEMENT_LABELS[d.fact] ?? d.fact,
    versions: d.versions.map((v) => {
      const article = model.article.get(v.source.article);
      return {
        value: v.value,
        normalised: v.normalised,
        outlet: article?.outlet ?? 'Outlet not stated',
        lang: article?.language && article.language !== 'und' ? article.language : null,
        article: v.source.article,
        paragraph: v.source.paragraph,
        key: cite(v.source, v.value)!,
      };
    }),
  }));
}
