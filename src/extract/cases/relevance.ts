/**
 * Whether text is about espionage or strategic-mineral smuggling at all: for
 * a paragraph (isRelevant), a case's paragraphs (isAboutTheSubject) and a
 * whole page (isOnTopicPage). A page can be on topic and still describe no
 * case (a general warning to the public).
 */
import type { Paragraph } from '../../model/schema.ts';
import { PAST_ERA, TIME_NEAR_NOW } from '../../vocab/calendar.ts';
import { CAST } from '../../vocab/dramatization.ts';
import {
  CARRIED_OUT,
  CORE,
  CUSTOMS_SEIZURE,
  FILMING_MILITARY_SITE,
  FOREIGN_STATE,
  SMUGGLING,
  SPY_WORD,
  STATE_CONTEXT,
  STOPPED_GOODS,
  TRADE_SECRET_THEFT,
  WEB_FICTION,
  ZH_FILMING_MILITARY_SITE,
} from '../../vocab/espionage.ts';
import { legalStepTaken, stepTaken } from './incident.ts';

/** Is the text about espionage or strategic-mineral smuggling at all? */
export function isRelevant(text: string, materialRe: RegExp | null): boolean {
  if (CORE.test(text) || FILMING_MILITARY_SITE.test(text) || ZH_FILMING_MILITARY_SITE.test(text)) return true;
  // A seizure by customs is as much the incident as a smuggling charge: "customs seized 25 tonnes of antimony ingots".
  return (SMUGGLING.test(text) || CUSTOMS_SEIZURE.test(text)) && (materialRe ? materialRe.test(text) : false);
}

/** Looser than isRelevant, for a segment of an article already on topic: a material sent abroad is enough. */
export function isAboutTheSubject(text: string, materialRe: RegExp | null): boolean {
  return isRelevant(text, materialRe) || SMUGGLING.test(text) || (!!materialRe?.test(text) && CARRIED_OUT.test(text));
}

/**
 * A strategic material stopped on its way out by the law ("a courier was stopped at the airport exit with
 * gallium in his luggage", "海关在出境通道查获一名旅客携带金属镓"): smuggling told without the word.
 */
export function isStoppedMaterial(text: string, materialRe: RegExp | null): boolean {
  return !!materialRe?.test(text) && CARRIED_OUT.test(text) && (STOPPED_GOODS.test(text) || stepTaken(text));
}

/**
 * Economic espionage told without the word: someone the law acted on for taking trade secrets ("pleaded guilty
 * to stealing trade secrets"), in a story that names a foreign state's government ("Talent Programs funded by
 * the Chinese government"). Between two firms, with no state named, it is a commercial case.
 */
function isEconomicEspionage(paragraphs: Paragraph[], title: string): boolean {
  return (
    paragraphs.some((p) => TRADE_SECRET_THEFT.test(p.text) && legalStepTaken(p.text)) &&
    (FOREIGN_STATE.test(title) || paragraphs.some((p) => FOREIGN_STATE.test(p.text)))
  );
}

/**
 * A history of spies: the text places its story in a past era (a year before 1950, a dynasty) and names no time
 * near the present, and the law takes no step in it (no charge, and no arrest or sentence either). A report of a
 * case names when it happened, or when it was told, or at least what was done to someone: a wire report whose only
 * year is the background it gives ("the two sides split in 1949") still sentences its officer; a page that names
 * no time at all says nothing either way.
 */
function toldOfAPastEra(text: string): boolean {
  return PAST_ERA.test(text) && !TIME_NEAR_NOW.test(text) && !stepTaken(text);
}

// A word or two set off by quotation marks: “泄密”, 「間諜」, "spy".
const SCARE_QUOTED = /[“「『"][^“”「」『』"\n]{1,6}[”」』"]/g;

/** Relevant only by "spy" or "spying", words with everyday senses ("spy photographers", "a drone spying scandal"). */
function relevantOnlyBySpyWord(text: string, materialRe: RegExp | null): boolean {
  return !isRelevant(text.replace(SPY_WORD, ' '), materialRe);
}

/**
 * A page is on topic when a paragraph is relevant (or its headline is and a paragraph tells of the subject, or it
 * tells economic espionage), unless it is a chapter of web fiction, a piece about a film (it names the cast), a
 * history of spies in a past era, or its beat words all stand in quotation marks, or only "spy" words make it so and
 * no state stands beside them (no government, intelligence, court or secret in their paragraph or the next or last) and
 * nothing is smuggled.
 */
export function isOnTopicPage(paragraphs: Paragraph[], materialRe: RegExp | null, removed: readonly string[] = [], title = ''): boolean {
  const relevant = paragraphs.filter((p) => isRelevant(p.text, materialRe));
  // "Customs stops gallium smuggling attempt": the headline names the subject that the paragraphs tell in other
  // words ("stopped a truck carrying 300 kilograms of gallium" at a land port) - by more than a "spy" word.
  const byHeadline =
    relevant.length === 0 &&
    ((isRelevant(title.replace(SPY_WORD, ' '), materialRe) && paragraphs.some((p) => isAboutTheSubject(p.text, materialRe))) ||
      paragraphs.some((p) => isStoppedMaterial(p.text, materialRe)) ||
      isEconomicEspionage(paragraphs, title));
  if (relevant.length === 0 && !byHeadline) return false;
  // The site's banner ("看後求收藏...") is furniture the cleaner took out, but it still says what the page is.
  if (paragraphs.some((p) => WEB_FICTION.test(p.text)) || removed.some((t) => WEB_FICTION.test(t))) return false;
  // A page that names a cast is about a film or a series (a review, a premiere), not a case, even when the state
  // made the film: a microfilm told as the case it retells names no actors.
  if (paragraphs.some((p) => CAST.test(p.text))) return false;
  if (toldOfAPastEra([title, ...paragraphs.map((p) => p.text)].join('\n'))) return false;
  if (byHeadline) return true;
  // “泄密”, "spy": a beat word alone between quotation marks is the writer keeping their distance from it (an
  // employee's photos of a new car "leaked"), and a page with no beat word outside such quotes tells no case.
  if (relevant.every((p) => !isRelevant(p.text.replace(SCARE_QUOTED, ' '), materialRe))) return false;
  if (relevant.every((p) => relevantOnlyBySpyWord(p.text, materialRe))) {
    // ...or smuggling: "spy networks" and "the smuggling channel run by Song" tell one story.
    // The state stands beside the "spy" word, in its paragraph or the one before or after ("He was suspected of
    // spying." then "He was detained on Monday."): a review's "secret agent" two paragraphs below a caption that
    // repeats the film's title "Spy" makes no espionage of the title.
    const spyAt = new Set(relevant);
    const besideSpyWord = paragraphs.filter((_, i) => [i - 1, i, i + 1].some((j) => spyAt.has(paragraphs[j]!)));
    return besideSpyWord.some((p) => STATE_CONTEXT.test(p.text)) || paragraphs.some((p) => isAboutTheSubject(p.text.replace(SPY_WORD, ' '), materialRe));
  }
  return true;
}
