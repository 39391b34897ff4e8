/**
 * A reading: one value a report states for a fact of a case, as written, with
 * the range of values it allows. "more than 200 documents" allows 200 and up;
 * "1.5 tonnes" and "1,500 kg" allow the same mass. Two readings disagree when
 * no value satisfies both: that is the whole comparison (compare.ts), so "four
 * years" and "四年" agree, and "more than 200" agrees with "230".
 */
import { ABOUT_AFTER, ABOUT_BEFORE, ABOUT_MARGIN, AT_LEAST_AFTER, AT_LEAST_BEFORE, AT_MOST_BEFORE } from '../../vocab/quantities.ts';

export type FactKind = 'prison-term' | 'fine' | 'documents' | 'material' | 'arrest-date' | 'sentence-date' | 'seizure-date' | 'penalty-date';

export interface Reading {
  kind: FactKind;
  /** The words of the report: "four years", "50,000 yuan", "逾200份". */
  written: string;
  /** One spelling for every way of writing the value: "48 months", "≥200 documents", "CNY 50000", "1500 kg", "2024-03". */
  normalised: string;
  /** Readings compare only within one unit (a fine in yuan is not compared with one in dollars). */
  unit: string;
  low: number;
  high: number;
  /** Where in the text the words start, to keep the first of two readings of one span. */
  index: number;
}

export type Bound = 'exact' | 'at-least' | 'at-most' | 'about';

const lower = (words: readonly string[]) => words.map((w) => w.toLowerCase());

/** What the words around a number make of it: a lower or an upper bound, a rough figure, or the value itself. */
export function boundOf(before: string | undefined, after: string | undefined): Bound {
  const b = (before ?? '').trim().toLowerCase();
  const a = (after ?? '').trim();
  if (lower(AT_LEAST_BEFORE).includes(b) || (AT_LEAST_AFTER as readonly string[]).includes(a)) return 'at-least';
  if (lower(AT_MOST_BEFORE).includes(b)) return 'at-most';
  if (lower(ABOUT_BEFORE).includes(b) || (ABOUT_AFTER as readonly string[]).includes(a)) return 'about';
  return 'exact';
}

/** The values a bound allows around `value` (whose own range is `low`..`high` when its unit is loose, as "ton" is). */
export function range(bound: Bound, low: number, high: number = low): { low: number; high: number } {
  switch (bound) {
    case 'at-least':
      return { low, high: Number.POSITIVE_INFINITY };
    case 'at-most':
      return { low: 0, high };
    case 'about':
      return { low: low * (1 - ABOUT_MARGIN), high: high * (1 + ABOUT_MARGIN) };
    default:
      return { low, high };
  }
}

const MARK: Record<Bound, string> = { exact: '', 'at-least': '≥', 'at-most': '≤', about: '~' };

/** The bound as a mark before a normalised value: "≥200 documents". */
export function boundMark(bound: Bound): string {
  return MARK[bound];
}

/** Whether some value satisfies both readings; `slack` is the relative error conversions between units leave. */
export function compatible(a: Reading, b: Reading, slack = 0): boolean {
  // An open bound ("more than 200") has no end to pad: Infinity times nothing is not a number.
  const pad = (x: number) => (slack && Number.isFinite(x) ? Math.abs(x) * slack : 0);
  return a.low <= b.high + pad(b.high) && b.low <= a.high + pad(a.high);
}

/** A number written without trailing zeros or grouping: 1500, 1.5, 0.25. */
export function plain(n: number): string {
  return String(Number(n.toFixed(3)));
}
