/**
 * The archive's one split of its cases: cases reported as real, and
 * dramatizations (comics, films and dramas published to illustrate a type of
 * case). Every count a reader sees — home page, case list, topic and entity
 * pages, charts, feeds, exports — counts cases through here, so the numbers
 * agree everywhere and a dramatization is never counted as a case.
 */

export interface CaseSplit<C> {
  /** Cases reported as real, in the order given. */
  cases: C[];
  /** Dramatizations, in the order given. */
  dramatizations: C[];
}

export function splitCases<C extends { dramatization: boolean }>(list: readonly C[]): CaseSplit<C> {
  const split: CaseSplit<C> = { cases: [], dramatizations: [] };
  for (const c of list) (c.dramatization ? split.dramatizations : split.cases).push(c);
  return split;
}

/** How many of `list` are cases (dramatizations are not). */
export function caseCount(list: readonly { dramatization: boolean }[]): number {
  return list.reduce((n, c) => n + (c.dramatization ? 0 : 1), 0);
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "3 cases", "3 cases and 1 dramatization", "no case" — the words every page counts with. */
export function casesPhrase(list: readonly { dramatization: boolean }[]): string {
  const { cases, dramatizations } = splitCases(list);
  const main = cases.length ? plural(cases.length, 'case') : 'no case';
  return dramatizations.length ? `${main} and ${plural(dramatizations.length, 'dramatization')}` : main;
}
