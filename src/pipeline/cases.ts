/**
 * Stage 4, cases: split an article into the cases it describes and read each
 * one (people, organisations, places, topics, outcome, events), every value
 * tied to the paragraph it came from. (Foundation version: none yet.)
 */
import type { ArticleDraft, CaseDraft, TaxonomyEntry } from './types.ts';

export function findCases(_article: ArticleDraft, _taxonomy: TaxonomyEntry[]): CaseDraft[] {
  return [];
}
