/**
 * Whether a story tells an incident when it names nobody and states no
 * outcome: "Two PRC intelligence officers were charged...", "unveiled a spy
 * case in which a college student...", "Foreign agents have been using the
 * post to steal rare earths, the ministry said on Friday". A policy piece or
 * a campaign of warnings does none of these.
 */
import type { Paragraph } from '../../model/schema.ts';
import { CORE, SMUGGLING } from '../../vocab/espionage.ts';
import { CASE_REFERENCE, DATED_DISCLOSURE, LEGAL_STEP } from '../../vocab/incidents.ts';
import { findOutcomes, statedAsDone } from './outcome.ts';
import { sentences } from './sentences.ts';

/** The law took a step against someone, as a fact ("were charged"), not a possibility ("could be charged"). */
export function legalStepTaken(text: string): boolean {
  for (const s of sentences(text)) {
    const m = LEGAL_STEP.exec(s.text);
    if (m && statedAsDone(s.text, m.index, m[0].length)) return true;
  }
  return false;
}

/** The law, or the authorities, did something to someone: charged them, or arrested them, or seized their goods. */
export function stepTaken(text: string): boolean {
  return legalStepTaken(text) || findOutcomes([{ id: '', text }], '').length > 0;
}

export function tellsIncident(paragraphs: Paragraph[]): boolean {
  if (paragraphs.some((p) => legalStepTaken(p.text) || CASE_REFERENCE.test(p.text))) return true;
  // A disclosure on a given day of what agents or smugglers did, told over more than one paragraph.
  const told = paragraphs.filter((p) => CORE.test(p.text) || SMUGGLING.test(p.text)).length;
  return told >= 2 && paragraphs.some((p) => DATED_DISCLOSURE.test(p.text));
}
