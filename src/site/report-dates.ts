/** When things were reported: partial dates compared and sorted, undated last, never guessed. */
import { incidentEvents } from '../model/incident.ts';
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

/** When the case happened, as its sources date it: the earliest of the events that date the incident (not trials, verdicts or disclosures), or null. */
export function firstEvent(c: Pick<Case, 'events'>): PartialDate | null {
  return earliest(incidentEvents(c.events).map((e) => ({ date: e.date, precision: e.precision })));
}

/** When a case was first reported: the earliest date among its sources. */
export function firstReport(c: Pick<Case, 'sources'>, article: ReadonlyMap<string, { published: PartialDate | null }>): PartialDate | null {
  return earliest(c.sources.map((s) => article.get(s.article)?.published));
}
