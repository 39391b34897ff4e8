/** When things were reported: partial dates compared and sorted, undated last, never guessed. */
import type { Case, PartialDate } from '../model/schema.ts';

/** Sortable key for a partial date; undated sorts last. */
export function dateKey(d: PartialDate | null | undefined): string {
  return d ? d.date : '9999';
}

/** The earliest of the known dates, or null when none is known. */
export function earliest(dates: Array<PartialDate | null | undefined>): PartialDate | null {
  const known = dates.filter((d): d is PartialDate => !!d);
  if (!known.length) return null;
  return known.reduce((a, b) => (b.date < a.date ? b : a));
}

/** When the case happened, as its sources date it: the earliest of its events (not disclosures or sentences), or null. */
export function firstEvent(c: Pick<Case, 'events'>): PartialDate | null {
  return earliest(c.events.filter((e) => e.kind === 'event').map((e) => ({ date: e.date, precision: e.precision })));
}

/** When a case was first reported: the earliest date among its sources. */
export function firstReport(c: Pick<Case, 'sources'>, article: ReadonlyMap<string, { published: PartialDate | null }>): PartialDate | null {
  return earliest(c.sources.map((s) => article.get(s.article)?.published));
}
