/**
 * Which of a case's dated events date the incident itself: its act, or the
 * arrest or charge when that is all the text dates. A trial, a verdict and
 * the day a report made it public are later steps: "sentenced in December
 * 2015" is not when the secrets were leaked. The site's "when" of a case (its
 * feeds, its search date and year) and the gold scorer read it the same way.
 *
 * Free of the zod contract (types only), so the browser's search code can use it.
 */
import type { CaseEvent } from './schema.ts';

type Kind = CaseEvent['kind'];

/** The kinds of event that date the incident. */
export const INCIDENT_KINDS: ReadonlySet<Kind> = new Set<Kind>(['event', 'arrest', 'charge']);

/** The events that date the incident; an event without a kind is an act (the contract's default). */
export function incidentEvents<E extends { kind?: string }>(events: readonly E[]): E[] {
  return events.filter((e) => INCIDENT_KINDS.has((e.kind ?? 'event') as Kind));
}
