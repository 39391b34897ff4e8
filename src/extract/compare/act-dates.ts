/**
 * The dates a paragraph gives for the acts of a case: when someone was
 * arrested, sentenced, stopped with the goods or penalised. A date counts
 * only in the clause that states one act ("Qi was arrested in March 2023"),
 * or in a short opening clause before it ("On 5 March, Qi was arrested");
 * a clause that reports a statement ("the ministry announced on Monday that
 * Qi had been arrested") or names two acts gives no date for either.
 */
import type { Outcome, PartialDate } from '../../model/schema.ts';
import { inBothScripts } from '../../vocab/han-variants.ts';
import { REPORTING_VERBS } from '../../vocab/quantities.ts';
import { alternation } from '../../vocab/regex.ts';
import { findOutcomes } from '../cases/outcome.ts';
import { clauseAround, sentences } from '../cases/sentences.ts';
import { findDates } from '../metadata/dates.ts';
import type { FactKind, Reading } from './readings.ts';

const ACT_FACT: Partial<Record<Outcome['kind'], FactKind>> = {
  arrested: 'arrest-date',
  sentenced: 'sentence-date',
  intercepted: 'seizure-date',
  'administrative-penalty': 'penalty-date',
};
const REPORTING = inBothScripts(new RegExp(`(?<!\\p{Script=Latin})${alternation(REPORTING_VERBS)}(?![\\p{Ll}])`, 'iu'));
// "On 5 March" before the clause it dates: the opening clause holds little besides the date.
const OPENING_SLACK = 12;
const DAY = 86_400_000;

/** The acts of a clause that have a date kind: the kinds of the outcomes it states. */
function actsOf(clause: string): FactKind[] {
  const kinds = findOutcomes([{ id: 'p1', text: clause }], '').map((o) => ACT_FACT[o.kind]);
  return [...new Set(kinds.filter((k): k is FactKind => !!k))];
}

/** `publishedYear` reads "this year" and "去年" against the article's date. */
export function actDates(text: string, publishedYear: number | null): Reading[] {
  const out: Reading[] = [];
  for (const s of sentences(text)) {
    for (const d of findDates(s.text, publishedYear)) {
      let clause = clauseAround(s.text, d.index, d.text.length);
      if (clause.length - d.text.length <= OPENING_SLACK && s.text.indexOf(clause) === 0) {
        const next = s.text.slice(clause.length).replace(/^[\s,，;；]+/, '');
        clause = next ? clauseAround(next, 0, 1) : clause;
      }
      if (REPORTING.test(clause)) continue;
      const acts = actsOf(clause);
      if (acts.length !== 1) continue;
      const { low, high } = daySpan(d);
      out.push({ kind: acts[0]!, written: d.text, normalised: d.date, unit: 'day', low, high, index: d.index });
    }
  }
  return out;
}

/** The days a partial date may be, as day numbers: "2024" is every day of that year. */
export function daySpan(d: PartialDate): { low: number; high: number } {
  const [y, m, day] = d.date.split('-').map(Number) as [number, number?, number?];
  const low = Date.UTC(y, (m ?? 1) - 1, day ?? 1) / DAY;
  const high = d.precision === 'day' ? low : d.precision === 'month' ? Date.UTC(y, m!, 0) / DAY : Date.UTC(y, 11, 31) / DAY;
  return { low, high };
}
