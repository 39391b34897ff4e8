/**
 * Whether a story tells an incident when it names nobody and states no
 * outcome: "Two PRC intelligence officers were charged...", "unveiled a spy
 * case in which a college student...", "Foreign agents have been using the
 * post to steal rare earths, the ministry said on Friday". A policy piece or
 * a campaign of warnings does none of these.
 */
import type { Paragraph } from '../../model/schema.ts';
import { CORE, SMUGGLING } from '../../vocab/espionage.ts';
import { CASE_REFERENCE, DATED_DISCLOSURE, INCIDENT_ACTS, INCIDENT_ACTS_ONGOING, LEGAL_STEP, ZH_COUNTED, ZH_INCIDENT_ACTS } from '../../vocab/incidents.ts';
import { NUMBER_WORDS } from '../../vocab/numbers.ts';
import { alternation } from '../../vocab/regex.ts';
import { isCjkText } from '../text-shape.ts';
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

const INCIDENT_ACT = new RegExp(`\\b(?:${alternation(INCIDENT_ACTS)}|(?:was|were|been|is|are)\\s+${alternation(INCIDENT_ACTS_ONGOING)})\\b`, 'gi');

// "could have smuggled", "will not be shipped": a modal a few words before the act makes it a possibility (but
// not in "could not produce its own rare metals and was stealing the minerals", where the act has its own verb).
const MODAL_BEFORE = /\b(?:could|would|will|may|might|should|must|can|shall)\s+(?:[\w']+\s+){0,3}$/i;

/**
 * Someone did an act of an incident, as a fact ("the company transmitted the data overseas"), not what may or
 * will be done. Chinese marks no tense on its verbs: a Chinese text is taken at its word.
 */
export function actDone(text: string): boolean {
  if (isCjkText(text)) return true;
  for (const s of sentences(text)) {
    for (const m of s.text.matchAll(INCIDENT_ACT)) if (!MODAL_BEFORE.test(s.text.slice(0, m.index))) return true;
  }
  return false;
}

// Someone or something new to the story: "a truck", "300 kilograms", "two engineers".
const INDEFINITE = `(?:a|an|one|another|several|${alternation(NUMBER_WORDS as readonly string[])}|\\d[\\d,.]*)\\s`;
const OBJECT_NEW = new RegExp(`^\\s+${INDEFINITE}`, 'i');
// "A foreign-funded company set up...", "On Tuesday, a courier surnamed Tang was stopped...": a subject told for the first time.
const SUBJECT_NEW = new RegExp(`^(?:[^,;]{0,40},\\s+)?${INDEFINITE}[^,;]{0,120}$`, 'i');

/**
 * An incident told without a name: an act done to or by someone or something the text brings in as new
 * ("customs officers stopped a truck carrying 300 kilograms of gallium", "a foreign-funded company set up
 * observation equipment near an airfield"). News tells an event with new participants; a policy piece
 * speaks of kinds ("illegal exports", "smuggling of controlled metals").
 */
// "打捞到一个鱼雷形状的可疑装置": the act, then (a few characters on, in the same clause) what it was done to, counted.
const ZH_ACT_ON_NEW = new RegExp(`${alternation(ZH_INCIDENT_ACTS)}[^，。；,;]{0,6}?${ZH_COUNTED.source}`);
// "将依法惩处", "如发现": what will be done, or a condition.
const ZH_NOT_DONE = /(?:将|將|可能|如果|若|一旦|如发现|如發現)[^，。；]*$/;

export function actWithNewcomer(text: string): boolean {
  if (isCjkText(text)) {
    for (const s of sentences(text)) {
      const m = ZH_ACT_ON_NEW.exec(s.text);
      if (m && !ZH_NOT_DONE.test(s.text.slice(0, m.index))) return true;
    }
    return false;
  }
  for (const s of sentences(text)) {
    for (const m of s.text.matchAll(INCIDENT_ACT)) {
      const before = s.text.slice(0, m.index);
      if (MODAL_BEFORE.test(before)) continue;
      if (OBJECT_NEW.test(s.text.slice(m.index + m[0].length)) || SUBJECT_NEW.test(before)) return true;
    }
  }
  return false;
}

export function tellsIncident(paragraphs: Paragraph[]): boolean {
  if (paragraphs.some((p) => legalStepTaken(p.text) || CASE_REFERENCE.test(p.text) || actWithNewcomer(p.text))) return true;
  // A disclosure on a given day of what agents or smugglers did, told over more than one paragraph (a campaign
  // announced on a given day tells what will be done, and no act done).
  const told = paragraphs.filter((p) => CORE.test(p.text) || SMUGGLING.test(p.text)).length;
  return told >= 2 && paragraphs.some((p) => DATED_DISCLOSURE.test(p.text)) && paragraphs.some((p) => actDone(p.text));
}
