/**
 * Fact-level scoring: the places, organisations and incident date a case
 * states, against the gold reading of that case. A fact counts for the article
 * it was read from (its source cites one of the article's paragraphs), so a
 * fact of another report merged into the case never scores here.
 *
 * Found cases are matched to gold cases first by the people they share, then
 * by position; several found cases may match one gold case (an incident read
 * as two), and their facts are scored together against it. A gold case that
 * lacks a field (`places` not written) is not scored on that field.
 *
 * Precision is counted per fact found (one per entity, one date per case):
 * a place the case gives that the gold does not list for that case is a wrong
 * fact, as is a date where the gold says the text gives the incident none.
 */
import { incidentEvents } from '../model/incident.ts';
import type { Case, CaseEvent, Dataset } from '../model/schema.ts';
import { toSimplified } from '../vocab/han-variants.ts';
import type { GoldArticle, GoldCase } from './gold.ts';

export type FactKind = 'place' | 'organisation' | 'date';
export const FACT_KINDS: readonly FactKind[] = ['place', 'organisation', 'date'];

export interface FactCount {
  /** Gold facts found, of the gold facts. */
  recall: { hit: number; total: number };
  /** Facts found that the gold lists for the case, of the facts found. */
  precision: { hit: number; total: number };
  /** "place: Washington (not in the gold)", "date: missed 2022". */
  misses: string[];
}

export type FactScore = Record<FactKind, FactCount>;

export const emptyFacts = (): FactScore => ({
  place: { recall: { hit: 0, total: 0 }, precision: { hit: 0, total: 0 }, misses: [] },
  organisation: { recall: { hit: 0, total: 0 }, precision: { hit: 0, total: 0 }, misses: [] },
  date: { recall: { hit: 0, total: 0 }, precision: { hit: 0, total: 0 }, misses: [] },
});

/** Lower case, no accents, one script, words separated by single spaces: "Düsseldorf" is "dusseldorf", 臺灣 is 台湾. */
function fold(text: string): string {
  return toSimplified(text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[臺]/g, '台'))
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\bthe\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const HAN = /\p{Script=Han}/u;

/** Whole words of one inside the other ("Oxfordshire" in "Witney, Oxfordshire"); Chinese, without spaces, by substring of two characters or more. */
export function factMatches(gold: string, found: string): boolean {
  const g = fold(gold);
  const f = fold(found);
  if (!g || !f) return false;
  if (g === f) return true;
  if (HAN.test(g) || HAN.test(f)) {
    const [short, long] = g.length <= f.length ? [g, f] : [f, g];
    return short.length >= 2 && long.includes(short);
  }
  return ` ${f} `.includes(` ${g} `) || ` ${g} `.includes(` ${f} `);
}

/**
 * The incident's date a case gives, as the site shows it: its earliest event that dates the incident (the act,
 * or the arrest or charge), never a trial, a verdict or a disclosure.
 */
export function caseDate(events: readonly CaseEvent[]): CaseEvent | null {
  return incidentEvents(events).reduce<CaseEvent | null>((a, e) => (!a || e.date < a.date ? e : a), null);
}

/** Two partial dates agree when one is the other at a coarser precision ("2023" and "2023-08-14"). */
function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function entityNames(dataset: Dataset, id: string): string[] {
  const e = dataset.entities.find((x) => x.id === id);
  return e ? [e.name, ...e.aliases] : [id];
}

/** For each found case, the index of the gold case it reports: the one sharing most people, else the one at its position. */
export function alignCases(gold: GoldCase[], found: Case[], peopleOf: (c: Case) => string[], nameMatches: (g: string, f: string) => boolean): number[] {
  return found.map((c, i) => {
    const names = peopleOf(c);
    let best = -1;
    let bestShared = 0;
    gold.forEach((g, j) => {
      const shared = g.people.filter((p) => names.some((n) => nameMatches(p, n))).length;
      if (shared > bestShared || (shared === bestShared && shared > 0 && Math.abs(j - i) < Math.abs(best - i))) {
        best = j;
        bestShared = shared;
      }
    });
    return best >= 0 ? best : Math.min(i, gold.length - 1);
  });
}

interface FoundFacts {
  /** Entity ids. */
  place: string[];
  organisation: string[];
  dates: string[];
}

/** The facts a case states from one article: its place and organisation ids, and its date. */
function factsFromArticle(c: Case, article: string): FoundFacts {
  const fromHere = (field: string) => c.facts.some((f) => f.field === field && f.source.article === article);
  const date = caseDate(c.events.filter((e) => e.source.article === article));
  return {
    place: c.places.filter((id) => fromHere(`place:${id}`)),
    organisation: c.organisations.filter((id) => fromHere(`organisation:${id}`)),
    dates: date ? [date.date] : [],
  };
}

/**
 * The names (with aliases) of the entities the found cases of one gold case state, each entity once: an
 * incident read as two cases that both name a place states that place once, as it states its date once.
 */
function namesOnce(ids: string[], dataset: Dataset): string[][] {
  return [...new Set(ids)].map((id) => entityNames(dataset, id));
}

function scoreNames(out: FactCount, kind: string, gold: string[], found: string[][]): void {
  out.recall.total += gold.length;
  for (const g of gold) {
    if (found.some((names) => names.some((n) => factMatches(g, n)))) out.recall.hit++;
    else out.misses.push(`${kind} not found: ${g}`);
  }
  out.precision.total += found.length;
  for (const names of found) {
    if (gold.some((g) => names.some((n) => factMatches(g, n)))) out.precision.hit++;
    else out.misses.push(`${kind} not of the case: ${names[0]}`);
  }
}

function scoreDate(out: FactCount, gold: { date: string } | null, found: string[]): void {
  if (gold) {
    out.recall.total++;
    if (found.some((d) => datesAgree(gold.date, d))) out.recall.hit++;
    else out.misses.push(`date missed: ${gold.date}${found.length ? ` (read ${found.join(', ')})` : ''}`);
  }
  out.precision.total += found.length;
  for (const d of found) {
    if (gold && datesAgree(gold.date, d)) out.precision.hit++;
    else if (!gold || found.every((x) => !datesAgree(gold.date, x))) out.misses.push(`date not of the case: ${d}`);
  }
}

/** The facts of one article's cases against its gold cases (`found` in the order the scorer lists them). */
export function scoreFacts(
  gold: GoldArticle,
  articleId: string | null,
  found: Case[],
  dataset: Dataset,
  peopleOf: (c: Case) => string[],
  nameMatches: (g: string, f: string) => boolean,
): FactScore {
  const out = emptyFacts();
  if (!articleId || gold.cases.length === 0) return out;
  const aligned = alignCases(gold.cases, found, peopleOf, nameMatches);
  gold.cases.forEach((g, j) => {
    const mine = found.filter((_, i) => aligned[i] === j).map((c) => factsFromArticle(c, articleId));
    if (g.places)
      scoreNames(
        out.place,
        'place',
        g.places,
        namesOnce(
          mine.flatMap((m) => m.place),
          dataset,
        ),
      );
    if (g.organisations)
      scoreNames(
        out.organisation,
        'organisation',
        g.organisations,
        namesOnce(
          mine.flatMap((m) => m.organisation),
          dataset,
        ),
      );
    if (g.date !== undefined) scoreDate(out.date, g.date, [...new Set(mine.flatMap((m) => m.dates))]);
  });
  return out;
}

export function addFacts(a: FactScore, b: FactScore): FactScore {
  const out = emptyFacts();
  for (const k of FACT_KINDS) {
    out[k] = {
      recall: { hit: a[k].recall.hit + b[k].recall.hit, total: a[k].recall.total + b[k].recall.total },
      precision: { hit: a[k].precision.hit + b[k].precision.hit, total: a[k].precision.total + b[k].precision.total },
      misses: [...a[k].misses, ...b[k].misses],
    };
  }
  return out;
}

/** All kinds together. */
export function factTotals(s: FactScore): { recall: { hit: number; total: number }; precision: { hit: number; total: number } } {
  const sum = (pick: (c: FactCount) => { hit: number; total: number }) =>
    FACT_KINDS.map((k) => pick(s[k])).reduce((x, y) => ({ hit: x.hit + y.hit, total: x.total + y.total }), { hit: 0, total: 0 });
  return { recall: sum((c) => c.recall), precision: sum((c) => c.precision) };
}
