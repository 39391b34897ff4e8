/**
 * The evaluation baseline: for each gold set, the scores the pipeline must not
 * fall below (or, for leaks and wrong dates, rise above). Kept in
 * tests/eval-baseline.json and raised when the reading improves, so a change
 * that reads one set better and another worse is seen at once.
 */
import { z } from 'zod';
import { factTotals } from './facts.ts';
import type { Score } from './score.ts';

/** Measures where more is better. */
export const FLOORS = [
  'body',
  'titles',
  'outlets',
  'bylines',
  'datesExact',
  'onTopic',
  'caseCounts',
  'people',
  'materials',
  'events',
  'dramatization',
  'linked',
  'factsFound',
  'factsRight',
] as const;
/** Measures where less is better. */
export const CEILINGS = ['leaks', 'datesWrong', 'datesInvented', 'datesMissed', 'factsWrong', 'linksWrong'] as const;

type Measure = (typeof FLOORS)[number] | (typeof CEILINGS)[number];
export type Measures = Record<Measure, number>;

/** Measures added after the first baselines were written: a file without them holds no bar for them yet. */
const LATER: Partial<Record<Measure, number>> = { factsFound: 0, factsRight: 0, factsWrong: Number.MAX_SAFE_INTEGER, linksWrong: Number.MAX_SAFE_INTEGER };

const MeasuresSchema = z.object(
  Object.fromEntries(
    [...FLOORS, ...CEILINGS].map((m) => {
      const count = z.number().int().min(0);
      return [m, m in LATER ? count.default(LATER[m]!) : count];
    }),
  ) as Record<Measure, z.ZodNumber>,
);

export const BaselineSet = z.object({
  name: z.string().min(1),
  gold: z.string().min(1),
  seeds: z.string().min(1),
  /** Totals of the gold, so a reader sees "474 of 503". */
  of: MeasuresSchema.partial(),
  baseline: MeasuresSchema,
});
export type BaselineSet = z.infer<typeof BaselineSet>;

export const BaselineFile = z.object({ format: z.literal('casebook-eval-baseline/1'), sets: z.array(BaselineSet).min(1) });
export type BaselineFile = z.infer<typeof BaselineFile>;

/** The totals of a score as the flat measures the baseline holds. */
export function measuresOf(score: Score): { got: Measures; of: Partial<Measures> } {
  const t = score.totals;
  // Facts: the gold facts found (recall), the facts found that are right and wrong (precision).
  const facts = factTotals(t.facts);
  const got: Measures = {
    body: t.body.hit,
    titles: t.title.hit,
    outlets: t.outlet.hit,
    bylines: t.byline.hit,
    datesExact: t.dates.exact,
    onTopic: t.onTopic.hit,
    caseCounts: t.caseCount.hit,
    people: t.people.hit,
    materials: t.materials.hit,
    events: t.events.hit,
    dramatization: t.dramatization.hit,
    linked: t.linked?.hit ?? 0,
    factsFound: facts.recall.hit,
    factsRight: facts.precision.hit,
    factsWrong: facts.precision.total - facts.precision.hit,
    linksWrong: t.linkPairs.wrong.length,
    leaks: t.leaked.hit,
    datesWrong: t.dates.wrong,
    datesInvented: t.dates.invented,
    datesMissed: t.dates.missed,
  };
  const of: Partial<Measures> = {
    body: t.body.total,
    titles: t.title.total,
    outlets: t.outlet.total,
    bylines: t.byline.total,
    onTopic: t.onTopic.total,
    caseCounts: t.caseCount.total,
    people: t.people.total,
    materials: t.materials.total,
    events: t.events.total,
    dramatization: t.dramatization.total,
    linked: t.linked?.total ?? 0,
    factsFound: facts.recall.total,
    factsRight: facts.precision.total,
    linksWrong: t.linkPairs.total,
    leaks: t.leaked.total,
  };
  return { got, of };
}

/** Each measure that fell below its floor or rose above its ceiling, as "people 50 < 56". */
export function regressions(got: Measures, baseline: Measures): string[] {
  return [
    ...FLOORS.filter((m) => got[m] < baseline[m]).map((m) => `${m} ${got[m]} < ${baseline[m]}`),
    ...CEILINGS.filter((m) => got[m] > baseline[m]).map((m) => `${m} ${got[m]} > ${baseline[m]}`),
  ];
}

/** Measures that beat the baseline: the baseline can be raised to them. */
export function improvements(got: Measures, baseline: Measures): string[] {
  return [
    ...FLOORS.filter((m) => got[m] > baseline[m]).map((m) => `${m} ${baseline[m]} → ${got[m]}`),
    ...CEILINGS.filter((m) => got[m] < baseline[m]).map((m) => `${m} ${baseline[m]} → ${got[m]}`),
  ];
}
