/**
 * Dated events a case's paragraphs mention ("In August 2023, the Ministry of
 * Commerce imposed new export restrictions"), each with the precision the
 * text gives and the sentence as its label. Relative dates ("on Friday",
 * "earlier this year") are left out: without an anchor they would be guesses.
 *
 * A date is read for what it dates, from the words around it: the day a
 * statement was published is a disclosure ("国家安全部2025年11月12日披露"); the
 * date of a rule ("export controls implemented since 2023") and a date of
 * someone's life or career ("was admitted to a university in 2006", "自1993年起
 * 担任记者") are context of the case, never its date.
 */
import type { CaseEvent, Paragraph, PartialDate } from '../../model/schema.ts';
import {
  BIOGRAPHY,
  DATE_OF_RULE_AFTER,
  DATE_OF_RULE_BEFORE,
  DISCLOSED_AFTER_DATE,
  DISCLOSED_BEFORE_DATE,
  HISTORY,
  LAW_NAME_BEFORE,
} from '../../vocab/background.ts';
import { CORE, SMUGGLING } from '../../vocab/espionage.ts';
import { inBothScripts } from '../../vocab/han-variants.ts';
import { LAW_STEPS } from '../../vocab/law-steps.ts';
import { type FoundDate, findDates } from '../metadata/dates.ts';
import { sentences } from './sentences.ts';

const MAX_LABEL = 200;

const SENTENCE = inBothScripts(/\bsentenced\b|\bconvicted\b|判处|获刑/i);
// "On July 18, 2025, the ministry issued a startling revelation": the day of the statement, as "disclosed" is.
const DISCLOSURE = inBothScripts(
  /\b(?:exposed|disclosed|published|announced|released|revealed|made public)\b|\bissued (?:a|an|its) (?:[\w-]+ )?(?:statement|revelation|report|notice|warning|alert)\b|披露|公布|通报|发布/i,
);

// Where a clause ends, in English and in Chinese (whose commas often have no space after them).
const CLAUSE_BREAK = /,\s|[，,；;：]|\s[–—]\s|——/g;

/** What a date at its place in a sentence dates: the case, its disclosure, or the case's context. */
export type DateScope = 'case' | 'disclosure' | 'context';

/** A step of the law after the act. */
export type LawStep = (typeof LAW_STEPS)[number]['kind'];

/** Where the clause of `sentence` the date is in starts and ends. */
function clauseBounds(sentence: string, date: FoundDate): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  const dateEnd = date.index + date.text.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= date.index) start = m.index + m[0].length;
    else if (m.index >= dateEnd) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** The clause of `sentence` the date is in. */
function clauseOf(sentence: string, date: FoundDate): string {
  const { start, end } = clauseBounds(sentence, date);
  return sentence.slice(start, end);
}

// "On 5 March, Qi was arrested", "2015年12月，…被判处": an opening clause that holds little besides the date
// dates the clause after it.
const OPENING_SLACK = 12;
// A step's word governs a date close by ("was detained in March 2023", "2016年4月20日，…驳回上诉"); one farther off
// belongs to another verb: "pleaded guilty to gathering intelligence on dissidents … since 2012" dates the act.
const STEP_REACH = 40;

/**
 * The step of the law a date marks (arrest, charge, trial, verdict), from the words of its clause nearest to
 * it: "was arrested in 2023 and sentenced in 2025" dates an arrest and then a verdict. Null when the clause
 * names no step near the date.
 */
export function lawStep(sentence: string, date: FoundDate): LawStep | null {
  let { start, end } = clauseBounds(sentence, date);
  if (start === 0 && end - start - date.text.length <= OPENING_SLACK && end < sentence.length) {
    end = clauseBounds(sentence, { ...date, index: end + 1, text: '' }).end;
  }
  const clause = sentence.slice(start, end);
  const at = date.index - start;
  let best: { kind: LawStep; distance: number } | null = null;
  for (const step of LAW_STEPS) {
    for (const m of clause.matchAll(step.words)) {
      const distance = m.index >= at ? m.index - at - date.text.length : at - m.index - m[0].length;
      if (distance <= STEP_REACH && (!best || distance < best.distance)) best = { kind: step.kind, distance };
    }
  }
  return best?.kind ?? null;
}

export function dateScope(sentence: string, date: FoundDate): DateScope {
  const before = sentence.slice(Math.max(0, date.index - 80), date.index);
  const after = sentence.slice(date.index + date.text.length, date.index + date.text.length + 12);
  if (DISCLOSED_AFTER_DATE.test(after) || DISCLOSED_BEFORE_DATE.test(before)) return 'disclosure';
  if (DATE_OF_RULE_BEFORE.test(before) || LAW_NAME_BEFORE.test(before) || DATE_OF_RULE_AFTER.test(sentence.slice(date.index + date.text.length)))
    return 'context';
  const clause = clauseOf(sentence, date);
  if (CORE.test(clause)) return 'case';
  // A place's history may open with its years ("From 1901 to 1992, Subic Bay was home to..."): read the sentence.
  return BIOGRAPHY.test(clause) || HISTORY.test(clause) || (HISTORY.test(sentence) && !CORE.test(sentence)) ? 'context' : 'case';
}

const YEAR = /(?:19|20)\d\d/;

/**
 * Whether a sentence tells only the past around the case: each date it gives is of someone's life, a place's
 * history or a rule ("The article stated that Lin founded a friendship association between the two cities in
 * 1985"), and it tells no espionage, smuggling or step of the law. What it names (the cities of a life) is
 * background, like its dates.
 */
export function tellsPastOnly(sentence: string): boolean {
  if (!YEAR.test(sentence) || CORE.test(sentence) || SMUGGLING.test(sentence)) return false;
  const dates = findDates(sentence);
  return dates.length > 0 && dates.every((d) => dateScope(sentence, d) === 'context' && lawStep(sentence, d) === null);
}

function kindOf(sentence: string): CaseEvent['kind'] {
  if (SENTENCE.test(sentence)) return 'sentence';
  if (DISCLOSURE.test(sentence)) return 'disclosure';
  return 'event';
}

function label(sentence: string): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_LABEL) return text;
  const cut = text.slice(0, MAX_LABEL);
  // Cut at a word; Chinese has no spaces to cut at.
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** Each dated event of the paragraphs in reading order, with what its date dates. */
function datedEvents(paragraphs: Paragraph[], article: string, published: PartialDate | null): Array<{ event: CaseEvent; scope: DateScope }> {
  const year = published ? Number(published.date.slice(0, 4)) : null;
  const out: Array<{ event: CaseEvent; scope: DateScope }> = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const s of sentences(p.text)) {
      for (const d of findDates(s.text, year)) {
        const key = `${d.date}|${s.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const scope = dateScope(s.text, d);
        const kind = scope === 'disclosure' ? 'disclosure' : (lawStep(s.text, d) ?? kindOf(s.text));
        out.push({ event: { date: d.date, precision: d.precision, label: label(s.text), kind, source: { article, paragraph: p.id } }, scope });
      }
    }
  }
  return out;
}

/**
 * The dated events of the paragraphs: those of the case, and those of its context (a rule's date, a date of
 * someone's life). `published`: the article's date, against which "this year" and "去年" are read.
 */
export function readEvents(paragraphs: Paragraph[], article: string, published: PartialDate | null = null): { events: CaseEvent[]; context: CaseEvent[] } {
  const dated = datedEvents(paragraphs, article, published);
  return { events: dated.filter((d) => d.scope !== 'context').map((d) => d.event), context: dated.filter((d) => d.scope === 'context').map((d) => d.event) };
}

/** Every dated event of the paragraphs, the case's and its context's alike (for paragraphs that are context). */
export function findEvents(paragraphs: Paragraph[], article: string, published: PartialDate | null = null): CaseEvent[] {
  return datedEvents(paragraphs, article, published).map((d) => d.event);
}
