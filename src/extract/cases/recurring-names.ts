/**
 * Names read without an introducing phrase, from how a report keeps using them. A report names the people of a
 * case again and again, where a noun phrase stands; a phrase that only looks like a name is said once, or inside
 * a longer word. So, over the whole article:
 *  - a name in characters is a known surname and one or two given characters, standing between a boundary (a
 *    punctuation mark, a title such as 被告, a noun such as 渔民, a particle such as 的 or 向) and what ends a name
 *    (a verb, a particle, punctuation), at least twice ("2005年，张平所在的研究院...，张平在一家公司");
 *  - a Western or romanised name is two or three capitalised words, not an organisation, a place or a nationality,
 *    whose surname the report then uses alone ("Matthew Trickett ... Trickett was") or that the person's age
 *    follows ("Dominic Murphy, 45,").
 * A case's paragraphs holding such a name name that person (findPeople, entities.ts, which reads them as weak
 * introductions, after the people the report introduces). Linear in the text: one scan per paragraph, a count
 * per candidate, once per article.
 */

import type { Paragraph } from '../../model/schema.ts';
import { bothScripts } from '../../vocab/han-variants.ts';
import {
  ZH_COMPOUND_SURNAMES,
  ZH_FULL_NAME_SURNAMES,
  ZH_NAME_ENDS,
  ZH_NAME_TIME_WORDS,
  ZH_NOT_GIVEN_NAME_START,
  ZH_PLACE_ORG_ENDS,
} from '../../vocab/names.ts';
import { ZH_PLACE_LIST } from '../../vocab/places.ts';
import { alternation } from '../../vocab/regex.ts';
import { ZH_ACTS_AFTER_NAME, ZH_BEFORE_NAME_PARTICLES, ZH_CASE_TITLES, ZH_PERSON_NOUNS } from '../../vocab/roles.ts';
import { ZH_ANCHOR, ZH_NOT_NAMES } from './han-names.ts';
import { NAME } from './name-lists.ts';
import { sentences } from './sentences.ts';

/** A name read so, where it first stands in a case's paragraphs: the shape of a PersonIntro (entities.ts) without its descriptor. */
export interface RecurringName {
  name: string;
  paragraph: string;
  /** Offset of the name in the paragraph text. */
  index: number;
  sentence: string;
  sentenceStart: number;
}

const HAN = '\\u4e00-\\u9fff';
const SURNAME = `(?:${alternation(ZH_COMPOUND_SURNAMES)}|[${ZH_FULL_NAME_SURNAMES}])`;
// Where a name in characters may start: after a non-Han character, a title of someone in a case, a noun for a
// person ("渔民张小子", "男子李明") or a particle ("的张平", "向郭健").
const HAN_CANDIDATE = new RegExp(
  bothScripts(
    `(?<=^|[^${HAN}\\d０-９]|${alternation(ZH_CASE_TITLES)}|${alternation(ZH_PERSON_NOUNS)}|[${ZH_BEFORE_NAME_PARTICLES}])(${SURNAME})([${HAN}]{1,2})`,
  ),
  'gu',
);
// What may follow a name: not a character (punctuation, a digit, the end), a verb or particle, a time word, a step of the law.
const HAN_NAME_END = new RegExp(bothScripts(`^(?:[^${HAN}]|$|[${ZH_NAME_ENDS}]|${alternation(ZH_NAME_TIME_WORDS)}|${alternation(ZH_ACTS_AFTER_NAME)})`), 'u');
const ENDS = new Set(ZH_NAME_ENDS);
const NOT_GIVEN_START = new Set(ZH_NOT_GIVEN_NAME_START);
// "江苏省", "华为公司": a word followed so is a place or a body, wherever else it stands.
const PLACE_ORG_AFTER = new RegExp(bothScripts(`^[${ZH_PLACE_ORG_ENDS}]`), 'u');
const ZH_PLACES = new RegExp(bothScripts(`^(?:${alternation(ZH_PLACE_LIST)})`), 'u');

const QUOTE_OPENS = /^["“「『]$/u;
// 《史记》, 《聯合報》: the marks around the title of a book, a paper or a law; what starts inside them is a title's word.
const TITLE_MARK_OPENS = /^[《〈]$/u;
// Characters after a candidate the tests of what follows it read: a relation after 的, a step of the law.
const AFTER_WINDOW = 12;
const QUOTE_CLOSES = /^["”」』]/u;
// Characters before a candidate that, with those after it, tell a passage printed twice from a name used twice.
const COPY_WINDOW = 12;

interface Occurrence {
  paragraph: string;
  index: number;
}

/** Each surname-and-given-characters form that stands as a name, with where it stands so. */
function hanCandidates(paragraphs: Paragraph[]): Map<string, Occurrence[]> {
  const found = new Map<string, Occurrence[]>();
  const notNames = new Set<string>();
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const re = new RegExp(HAN_CANDIDATE.source, HAN_CANDIDATE.flags);
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      const [, surname, given] = m;
      re.lastIndex = m.index + 1;
      const chars = [...given!];
      if (NOT_GIVEN_START.has(chars[0]!) || TITLE_MARK_OPENS.test(p.text.charAt(m.index - 1))) continue;
      for (let n = 1; n <= chars.length; n++) {
        // "张平所在": 所 ends the name, it is not its third character.
        if (n === 2 && ENDS.has(chars[1]!)) continue;
        const form = surname + chars.slice(0, n).join('');
        if (ZH_NOT_NAMES.has(form)) continue;
        // What follows, as far as the tests below look (a slice to the end would make the scan quadratic).
        const after = p.text.slice(m.index + form.length, m.index + form.length + AFTER_WINDOW);
        // "江苏省", "陸委會": a place or a body; "蔣緯國的前祕書": someone named to say who the person of the case is to them.
        if (PLACE_ORG_AFTER.test(after) || ZH_ANCHOR.test(after)) notNames.add(form);
        if (!HAN_NAME_END.test(after)) continue;
        // “高薪兼职”: a term in quotation marks, unless the marks hold the name alone (a nickname: “小陈”).
        if (QUOTE_OPENS.test(p.text.charAt(m.index - 1)) && !QUOTE_CLOSES.test(after)) continue;
        // A passage the page prints twice (a lead repeated below the headline) uses a word once, not twice: the same
        // words around it make the second a copy ("近日,曾任職於..." in both makes 曾任職 no name).
        const context = `${form}\u0000${p.text.slice(Math.max(0, m.index - COPY_WINDOW), m.index)}\u0000${after}`;
        if (seen.has(context)) continue;
        seen.add(context);
        const list = found.get(form) ?? [];
        list.push({ paragraph: p.id, index: m.index });
        found.set(form, list);
      }
    }
  }
  for (const form of notNames) found.delete(form);
  return found;
}

/**
 * The names in characters that stand as names at least twice. Where a two-character and a three-character form
 * start at the same places, the one standing as a name more often is the name ("镇小江" over "镇小").
 */
function hanNames(paragraphs: Paragraph[]): Set<string> {
  const candidates = hanCandidates(paragraphs);
  // A form's rivals: the form one character shorter, and those one character longer.
  const longer = new Map<string, string[]>();
  for (const form of candidates.keys()) {
    const shorter = [...form].slice(0, -1).join('');
    longer.set(shorter, [...(longer.get(shorter) ?? []), form]);
  }
  const out = new Set<string>();
  for (const [form, places] of candidates) {
    if (places.length < 2 || ZH_PLACES.test(form)) continue;
    const rivals = [[...form].slice(0, -1).join(''), ...(longer.get(form) ?? [])].filter((r) => (candidates.get(r)?.length ?? 0) >= 2);
    const beaten = rivals.some((r) => {
      const count = candidates.get(r)!.length;
      return count > places.length || (count === places.length && r.length > form.length);
    });
    if (!beaten) out.add(form);
  }
  return out;
}

export { hanNames as recurringHanNames };

/** Two or three capitalised words (or a given name and a surname's initial) not run on from or into other capitalised words. */
const LATIN_CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}'’.-]|\\p{Lu}[\\p{L}'’-]*\\s)${NAME}(?![\\p{L}'’-]|\\s\\p{Lu})`, 'gu');
const AGE_AFTER = /^(?:,\s+\d{1,3},|\s+[（(]\d{1,3}[）)])/u;

/**
 * The Western and romanised names of the paragraphs, read with `isName` (a person's name, or null for a common
 * word, an organisation or a place) and `surnameOf` (the form a report uses alone after the full name).
 */
function latinNames(
  paragraphs: Paragraph[],
  isName: (raw: string) => string | null,
  surnameOf: (name: string) => string | null,
  isSurname: (word: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  const text = paragraphs.map((p) => p.text).join('\n');
  // What the whole text says of a name, read once per name: whether it is one at all, and whether its surname recurs alone.
  const verdicts = new Map<string, { word: boolean; recurs: boolean }>();
  const verdict = (name: string) => {
    let v = verdicts.get(name);
    if (!v) {
      // "Because Chen said...": a word the report writes in lower case elsewhere is a common word, not a given name.
      const first = name.split(' ')[0]!;
      const word = !isSurname(first) && writtenLower(text, first);
      const surname = surnameOf(name);
      // "Jian G.": a given name and the surname's initial, the form courts let reports give, recurs as itself.
      const recurs = INITIAL_FORM.test(name) ? usedTwice(text, name) : !!surname && usedAlone(text, surname, name);
      v = { word, recurs: !word && recurs };
      verdicts.set(name, v);
    }
    return v;
  };
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(LATIN_CANDIDATE)) {
      const raw = m[1]!;
      const tokens = raw.split(' ');
      if (tokens.length < 2) continue;
      // "Commander Dominic Murphy": a title before the name is not part of it.
      let name: string | null = null;
      let at = m.index;
      for (let k = 0; k < tokens.length - 1 && !name; k++) {
        name = isName(tokens.slice(k).join(' '));
        if (!name) at += tokens[k]!.length + 1;
      }
      if (!name || out.has(name)) continue;
      // “Top Secret”: words alone in quotation marks are a term quoted (a marking, a title), not someone's name.
      if (QUOTE_OPENS.test(charBefore(p.text, at)) && QUOTE_CLOSES.test(p.text.slice(at + name.length))) continue;
      const v = verdict(name);
      if (!v.word && (v.recurs || AGE_AFTER.test(p.text.slice(at + name.length, at + name.length + 8)))) out.add(name);
    }
  }
  return out;
}

// One character of a word: a letter, an apostrophe or a hyphen. (Scans with indexOf and this test: an expression
// built per name, with \p{L} in it, cost more to compile than the rest of the reading.)
const WORD_CHAR = /^[\p{L}'’-]$/u;
const CAPITAL = /^\p{Lu}$/u;
const ARTICLE = /^(?:the|a|an)$/i;

const charBefore = (text: string, at: number) => (at > 0 ? text[at - 1]! : '');
const isWordChar = (c: string) => c !== '' && WORD_CHAR.test(c);

/** The offsets where `word` stands in `text` as a word of its own. */
function* wordsAt(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(charBefore(text, at)) && !isWordChar(text.charAt(at + word.length))) yield at;
  }
}

/** The word that ends right before `at` past one space ("the" of "the District"), or ''. */
function wordBefore(text: string, at: number): string {
  if (!/\s/.test(charBefore(text, at))) return '';
  let start = at - 1;
  while (start > 0 && isWordChar(text[start - 1]!)) start--;
  return text.slice(start, at - 1);
}

/**
 * `surname` stands alone in `text`: not as a word of `name`, nor inside another run of capitalised words, nor
 * after an article ("the District", "a Buddhist association": a surname takes none).
 */
function usedAlone(text: string, surname: string, name: string): boolean {
  const rest = text.split(name).join(' ');
  for (const at of wordsAt(rest, surname)) {
    const before = wordBefore(rest, at);
    if (before && (CAPITAL.test(before[0]!) || ARTICLE.test(before))) continue;
    const end = at + surname.length;
    if (/\s/.test(rest.charAt(end)) && CAPITAL.test(rest.charAt(end + 1))) continue;
    return true;
  }
  return false;
}

/** A given name and an initial: "Jian G.", "Thomas R". */
const INITIAL_FORM = /^\p{Lu}[\p{L}'’-]+ \p{Lu}\.?$/u;

/** `name` stands in `text` at least twice, not run into a capitalised word ("Jian G. Wang" is another name). */
function usedTwice(text: string, name: string): boolean {
  let count = 0;
  for (const at of wordsAt(text, name.replace(/\.$/, ''))) {
    const end = at + name.replace(/\.$/, '').length;
    // "Paul A. Eisenstein": a middle initial; (an initial ending a sentence is passed over too: others count.)
    if (/^\.?\s\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4))) continue;
    if (++count >= 2) return true;
  }
  return false;
}

/** `word` stands in `text` in lower case, as a word of its own. */
function writtenLower(text: string, word: string): boolean {
  return !wordsAt(text, word.toLowerCase()).next().done;
}

/**
 * The names read so in `context` (the article) that `paragraphs` (a case's) hold, each at its first place
 * there, with its sentence.
 */
export function recurringNames(
  paragraphs: Paragraph[],
  context: Paragraph[],
  isName: (raw: string) => string | null,
  surnameOf: (name: string) => string | null,
  isSurname: (word: string) => boolean,
  indexOf: (text: string, name: string) => number,
): RecurringName[] {
  // Each case of an article asks about the same article: its names are read once.
  let names = namesOfContext.get(context);
  if (!names) {
    const han = context.some((p) => HAN_CHAR.test(p.text));
    names = [...(han ? hanNames(context) : []), ...latinNames(context, isName, surnameOf, isSurname)];
    namesOfContext.set(context, names);
  }
  const out: RecurringName[] = [];
  for (const name of names) {
    for (const p of paragraphs) {
      const index = indexOf(p.text, name);
      if (index < 0) continue;
      const sentence = sentences(p.text).find((s) => s.start <= index && index < s.start + s.text.length) ?? { text: p.text, start: 0 };
      out.push({ name, paragraph: p.id, index, sentence: sentence.text, sentenceStart: sentence.start });
      break;
    }
  }
  return out;
}

const HAN_CHAR = /[\u4e00-\u9fff]/u;
// Keyed by the article's paragraph list (the same array for each of its cases); the readers of names are the same
// functions at every call (entities.ts).
const namesOfContext = new WeakMap<Paragraph[], string[]>();
