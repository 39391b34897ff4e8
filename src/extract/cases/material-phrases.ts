/**
 * The materials of a case as the report names them: the object of an act of the
 * incident ("took a total of 172 photos and 22 videos", "collecting information
 * about a Buddhist association", "索取開會紀錄、人事等機密檔案") or a count of
 * documents or photos. Taxonomy topics say what kind of material it is; these
 * phrases say which, in the source's words, each cited to its paragraph.
 *
 * A phrase is a noun phrase whose head is a noun of things (MATERIAL_NOUNS),
 * with its modifiers and what it is of or about, cut where the clause goes on
 * to whom it went, how or when: never a clause cut mid-way.
 */
import type { Paragraph } from '../../model/schema.ts';
import type { Mention } from '../../model/types.ts';
import { bothScripts } from '../../vocab/han-variants.ts';
import {
  COUNTED_MATERIAL_NOUNS,
  INFORMATION_NOUNS,
  LINKED_ONLY_NOUNS,
  MATERIAL_ACTS,
  MATERIAL_GRADES,
  MATERIAL_LEADS,
  MATERIAL_LINKS,
  MATERIAL_NOUN_AS_MODIFIER,
  MATERIAL_NOUNS,
  MATERIAL_STOPS,
  NOT_A_MATERIAL,
  NOT_MATERIAL_HEADS,
  NOT_THE_ACTOR,
  OBJECT_ACTS,
  SEIZURE_ACTS,
  SOUGHT_BEFORE,
  USEFUL_TO,
  ZH_MATERIAL_ACTS,
  ZH_MATERIAL_ACTS_AFTER,
  ZH_MATERIAL_MEASURES,
  ZH_MATERIAL_NOUNS,
} from '../../vocab/materials.ts';
import { NUMBER_WORDS } from '../../vocab/numbers.ts';
import { alternation, lowerSet } from '../../vocab/regex.ts';
import { ROLE_NOUN } from '../../vocab/roles.ts';
import { sentences } from './sentences.ts';

/** At most this many phrases per case: the panel names what was taken, not every mention of it. */
const MAX_PHRASES = 6;

const NOUNS = lowerSet(MATERIAL_NOUNS);
const INFORMATION = lowerSet(INFORMATION_NOUNS);
const COUNTED = lowerSet(COUNTED_MATERIAL_NOUNS);
const STOPS = lowerSet(MATERIAL_STOPS);
const LINK_WORDS = lowerSet(MATERIAL_LINKS.flatMap((l) => l.split(' ')));
const LEADS = [...MATERIAL_LEADS].sort((a, b) => b.length - a.length).map((l) => l.split(' '));
// Words that can be no modifier of a noun: pronouns, verbs of being, conjunctions that open a clause.
const NOT_MODIFIER = lowerSet([
  'he',
  'she',
  'it',
  'they',
  'him',
  'them',
  'we',
  'you',
  'i',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'had',
  'has',
  'have',
  'not',
  'no',
  'if',
]);
const FUNCTION = lowerSet(['the', 'a', 'an', 'and', 'or', 'of', 'his', 'her', 'their', 'its', ...MATERIAL_LINKS.flatMap((l) => l.split(' '))]);
const DEVICE_HEADS = lowerSet(['device', 'devices', 'equipment']);
const CONJUNCTIONS = lowerSet(['and', 'or', 'but']);
const COUNT_OF = lowerSet(['hundreds', 'thousands', 'dozens']);
const AGENTS = lowerSet(MATERIAL_NOUN_AS_MODIFIER);
const NEEDS_LINK = lowerSet(LINKED_ONLY_NOUNS);

// Not the second half of a compound ("intelligence-gathering activities"): that describes, it does not act.
const EN_ACT = new RegExp(`(?<!-)\\b${alternation(MATERIAL_ACTS)}\\s+`, 'gi');
const EN_OBJECT_ACT = new RegExp(`(?<!-)\\b${alternation(OBJECT_ACTS)}\\s+`, 'gi');
const EN_SEIZURE = new RegExp(`(?<!-)\\b${alternation(SEIZURE_ACTS)}\\s+`, 'gi');
const ANY_OBJECT_ACT = new RegExp(`\\b(?:${alternation(OBJECT_ACTS)}|${alternation(SEIZURE_ACTS)})\\b`, 'i');
const GRADES = lowerSet(MATERIAL_GRADES);
const ARTICLES = lowerSet(['a', 'an', 'the']);
const DEPICTS = /^(?:photograph|film)/i;
const ANY_GRADE = new RegExp(`\\b${alternation(MATERIAL_GRADES)}\\b`, 'i');
const NOT_HEADS = lowerSet(NOT_MATERIAL_HEADS);
const PERSON_HEAD = new RegExp(`^(?:${ROLE_NOUN}|people|persons?|men|women|children|families|family|friends?|relatives?)$`, 'i');
// "information which could be directly or indirectly useful to an enemy": the noun, a clause, the law's words.
const EN_USEFUL = new RegExp(`\\b(${alternation(MATERIAL_NOUNS)})\\s+(?:which|that)\\b[^.;]{0,90}?\\b(${alternation(USEFUL_TO)})\\b`, 'gi');
const EN_SOUGHT = new RegExp(`\\b${alternation(SOUGHT_BEFORE)}\\s+`, 'gi');
const EN_COUNT = new RegExp(`\\b(?:\\d[\\d,]*|${alternation(NUMBER_WORDS)}|hundreds of|thousands of|dozens of)\\s+`, 'gi');
// "never sold", "did not hand over": what was not done took nothing.
// "a ban on exporting dual-use systems", "the rules on exporting controlled substances": what a rule is about.
const RULE_ON = /\bon\s+$/i;
// "the smuggling cases", "a selling point": a word of an act after a determiner names a kind of thing, it does not act.
const AS_MODIFIER = /\b(?:the|a|an|this|these|those|that|its|their|his|her)\s+$/i;
const NEGATED = /\b(?:not|never|n['’]t|no longer|refused to|denied)\s+(?:\w+\s+)?$/i;
const ANY_NOUN = new RegExp(`\\b${alternation(MATERIAL_NOUNS)}\\b`, 'i');
const NOT_ACTOR = new RegExp(`\\b${alternation(NOT_THE_ACTOR)}\\b[^,;]*$`, 'i');
const NOT_MATERIAL = new RegExp(`\\b${alternation(NOT_A_MATERIAL)}$`, 'i');

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

// Words with their inner dots and dashes ("U.S.", "anti-submarine"); a sentence's last full stop is not a word's.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*\.?|[^\s\p{L}\p{N}]/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    if (t.length > 1 && t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t)) t = t.slice(0, -1);
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, word: /^[\p{L}\p{N}]/u.test(t) });
  }
  return out;
}

/** How many tokens from `i` spell a lead ("a total of", "the"), or 0. */
function leadAt(tokens: Token[], i: number): number {
  for (const lead of LEADS) if (lead.every((w, k) => tokens[i + k]?.lower === w)) return lead.length;
  return 0;
}

/** How many tokens from `i` spell a link word ("of", "related to"), or 0. */
function linkAt(tokens: Token[], i: number, head: string): number {
  for (const link of MATERIAL_LINKS) {
    const words = link.split(' ');
    if (link === 'with' && !DEVICE_HEADS.has(head)) continue;
    // "intelligence on behalf of the British agency": for whom, not what about.
    if (link === 'on' && tokens[i + 1]?.lower === 'behalf') return 0;
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return words.length;
  }
  return 0;
}

const isModifier = (t: Token | undefined) =>
  !!t && t.word && !STOPS.has(t.lower) && !LINK_WORDS.has(t.lower) && !NOT_MODIFIER.has(t.lower) && !CONJUNCTIONS.has(t.lower) && !/ly$/.test(t.lower);

/** The end (token index, exclusive) of nouns from `i` on: up to five modifiers, then a head noun; -1 when none. */
function headEnd(tokens: Token[], i: number, heads: Set<string>): number {
  for (let j = i; j < i + 6 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (heads.has(t.lower)) {
      // "video footage", "photos and 22 videos": the noun run and a list of such nouns are one material.
      let end = j + 1;
      while (NOUNS.has(tokens[end]?.lower ?? '')) end++;
      // "the Chinese intelligence officer": the noun describes who, not what.
      if (AGENTS.has(tokens[end]?.lower ?? '')) return -1;
      const and = tokens[end]?.lower;
      // "... information and requesting details": "and" opening a verb ends the list.
      // ("AfD-related information" is a compound adjective, not a verb.)
      if ((and === 'and' || and === 'or') && !/^[^-]*(?:ed|ing)$/.test(tokens[end + 1]?.lower ?? '')) {
        const more = headEnd(tokens, end + 1, NOUNS);
        if (more > 0 && more - end <= 4) end = more;
      }
      return end;
    }
    // "sensitive but unclassified military information": a joined pair of modifiers.
    // ... and "hundreds of photos": a count's "of" is no link.
    const joins = (CONJUNCTIONS.has(t.lower) || (t.lower === 'of' && COUNT_OF.has(tokens[j - 1]?.lower ?? ''))) && j > i;
    if (!joins && !isModifier(t)) return -1;
  }
  return -1;
}

/** How many words an object's noun phrase may run to before its head (a longer run is no bounded phrase). */
const MAX_OBJECT_WORDS = 6;

/**
 * The end (token index, exclusive) of the noun phrase from `i` whatever its head: its words up to where the clause
 * turns (a stop, a link, punctuation, a participle after the first word: "secrets obtained from"), or -1 when the
 * phrase does not end within reach or ends on what is no thing taken (a person, a help, a time, a place).
 */
function objectEnd(tokens: Token[], i: number): number {
  let j = i;
  // "sold the engineer a story": an article after the first word opens a second object; the first is whom. A
  // participle after the first word opens what is said of the thing ("secrets obtained from"), unless a noun
  // follows it ("two encrypted laptops").
  const participle = (k: number) => /[a-z](?:ed|ing)$/.test(tokens[k]!.text) && !NOUNS.has(tokens[k]!.lower) && !isModifier(tokens[k + 1]);
  const opensAnother = (t: Token) => j > i && (ARTICLES.has(t.lower) || participle(j));
  while (j < tokens.length && isModifier(tokens[j]) && !opensAnother(tokens[j]!)) {
    if (j - i >= MAX_OBJECT_WORDS) return -1;
    j++;
    // "selling military secrets online": a noun of things ends the phrase unless another follows it ("video footage").
    if (NOUNS.has(tokens[j - 1]!.lower) && !NOUNS.has(tokens[j]?.lower ?? '')) break;
  }
  if (j === i) return -1;
  // "smuggling involving gallium": a verb where the object should be, no object.
  if (/[a-z]ing$/.test(tokens[i]!.text) && !NOUNS.has(tokens[i]!.lower)) return -1;
  const head = tokens[j - 1]!;
  if (NOT_HEADS.has(head.lower) || PERSON_HEAD.test(head.lower) || /ly$/.test(head.lower)) return -1;
  // "sold Huawei", "stole Wang Li": a name alone is whom or what company, not a thing.
  if (tokens.slice(i, j).every((t) => /^\p{Lu}/u.test(t.text)) && !NOUNS.has(head.lower)) return -1;
  // "gallium and germanium": a list of such phrases is one material.
  const and = tokens[j]?.lower;
  if ((and === 'and' || and === 'or') && !/^[^-]*(?:ed|ing)$/.test(tokens[j + 1]?.lower ?? '') && isModifier(tokens[j + 1])) {
    let k = j + 1;
    while (k < tokens.length && k - j <= 3 && isModifier(tokens[k])) k++;
    // "seized the powder and Leong": a name after "and" is someone, not a second thing.
    const named = /^\p{Lu}/u.test(tokens[j + 1]!.text) && !/^\p{Lu}/u.test(tokens[i]!.text);
    if (k - j <= 3 && !named && !NOT_HEADS.has(tokens[k - 1]!.lower) && !PERSON_HEAD.test(tokens[k - 1]!.lower)) return k;
  }
  return j;
}

/** The end of what the material is of or about, from the token after the link: where the clause turns. */
function complementEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < 8) {
    const t = tokens[k]!;
    // "photos of the base were found": a verb of being or a pronoun opens the clause's predicate.
    if (!t.word || STOPS.has(t.lower) || NOT_MODIFIER.has(t.lower)) break;
    // "information about an association on behalf of a foreign principal": for whom, not what.
    if (t.lower === 'on' && tokens[k + 1]?.lower === 'behalf') break;
    // "a US aircraft carrier docked at Busan": a participle after a noun opens what is said of it.
    if (k - from >= 2 && /[a-z](?:ed|ing)$/.test(t.text) && !FUNCTION.has(tokens[k - 1]!.lower)) break;
    // "... and sent them": "and" opening a verb, not another noun.
    if (t.lower === 'and' && (NOT_MODIFIER.has(tokens[k + 1]?.lower ?? '') || /(?:ed|ing)$/.test(tokens[k + 1]?.lower ?? ''))) break;
    k++;
  }
  while (k > from && FUNCTION.has(tokens[k - 1]!.lower)) k--;
  return k;
}

/** The material named from token `i`: leads skipped, noun phrase, what it is of; null when there is none. */
function phraseAt(text: string, tokens: Token[], i: number, heads: Set<string> | null, needsLink: boolean, graded = false): string | null {
  let start = i;
  for (let n = leadAt(tokens, start); n > 0; n = leadAt(tokens, start)) start += n;
  let end = heads ? headEnd(tokens, start, heads) : objectEnd(tokens, start);
  // "provided sensitive technology": a graded thing is a material whatever noun names it.
  if (end < 0 && graded) {
    const any = objectEnd(tokens, start);
    if (any > start + 1 && tokens.slice(start, any - 1).some((t) => GRADES.has(t.lower))) end = any;
  }
  if (end < 0) return null;
  let last = end;
  const link = linkAt(tokens, end, tokens[end - 1]!.lower);
  if (link) {
    const more = complementEnd(tokens, end + link);
    if (more > end + link) last = more;
  }
  if ((needsLink || NEEDS_LINK.has(tokens[end - 1]!.lower)) && last === end) return null;
  const words = tokens.slice(start, last);
  // "information", "the documents": a noun alone names no material.
  if (words.length < 2) return null;
  const phrase = text.slice(tokens[start]!.start, tokens[last - 1]!.end);
  return NOT_MATERIAL.test(phrase) ? null : phrase;
}

function englishPhrases(sentence: string): string[] {
  if (!ANY_NOUN.test(sentence) && !ANY_OBJECT_ACT.test(sentence) && !ANY_GRADE.test(sentence)) return [];
  const tokens = tokenize(sentence);
  const at = (offset: number) => tokens.findIndex((t) => t.start >= offset);
  const out: string[] = [];
  const read = (re: RegExp, heads: Set<string> | null, needsLink: boolean, keepMatch: boolean, byAnyone = false, graded = false) => {
    for (const m of sentence.matchAll(re)) {
      const before = sentence.slice(0, m.index);
      if (NEGATED.test(before) || RULE_ON.test(before) || (/ing\s*$/i.test(m[0]) && AS_MODIFIER.test(before)) || (!byAnyone && NOT_ACTOR.test(before)))
        continue;
      const i = at(keepMatch ? m.index : m.index + m[0].length);
      if (i < 0) continue;
      // What is photographed or filmed is a site ("photographed a military airport"), a thing only by its noun.
      const phrase = phraseAt(sentence, tokens, i, heads, needsLink, graded && !DEPICTS.test(m[0]));
      if (phrase) out.push(phrase);
    }
  };
  read(EN_ACT, NOUNS, false, false, false, true);
  read(EN_OBJECT_ACT, null, false, false);
  read(EN_SEIZURE, null, false, false, true);
  read(EN_SOUGHT, INFORMATION, true, false);
  read(EN_COUNT, COUNTED, false, true);
  for (const m of sentence.matchAll(EN_USEFUL)) out.push(`${m[1]} ${m[2]!.toLowerCase()}`);
  return out;
}

// ---------------------------------------------------------------------------
// Chinese

const ZH_NOUN = bothScripts(alternation(ZH_MATERIAL_NOUNS));
const ZH_CLAUSE_END = /[，。；！？,;：:（）()「」『』“”]/;
// The act, not 提供给 ("provided to"): what follows that is who received it.
const ZH_ACT = new RegExp(`${bothScripts(alternation(ZH_MATERIAL_ACTS))}(?![给給予])(?:了|过|過)?`, 'g');
const ZH_OBJECT_BEFORE = new RegExp(`[将將把]([^，。；！？,;：:]{2,30}?${ZH_NOUN})(?:非法)?${bothScripts(alternation(ZH_MATERIAL_ACTS_AFTER))}`, 'g');
const ZH_COUNT = `(?:\\d+|[一二两兩三四五六七八九十百千万萬]+)(?:余|餘|多)?${bothScripts(alternation(ZH_MATERIAL_MEASURES))}`;
// Between the count and its noun, words of what it is ("200余份涉密文件"), not a time or a turn to whom ("18個月裡向該情報").
const ZH_COUNT_GAP = '[^，。；、和及与與向给給对對年月日天]{0,6}?';
const ZH_COUNTED = new RegExp(`${ZH_COUNT}${ZH_COUNT_GAP}${ZH_NOUN}(?:(?:和|及|与|與|以及)${ZH_COUNT}${ZH_COUNT_GAP}${ZH_NOUN})*`, 'g');
// Where an object ends before its noun: to whom it went (向对方, 给), or the next act ("传递等方式向对方提供了...").
const ZH_OBJECT_END = new RegExp(`[向给給对對]|${bothScripts(alternation(ZH_MATERIAL_ACTS))}`);
// Words that join the act to its object, not part of it: "打捞到类似可疑设备", "刺探並收集", "的情報"; and "about", which
// opens what the thing is about, not the thing ("传递有关议会辩论的信息" passed the debates' information).
const ZH_OBJECT_LEAD = /^(?:[到起出了的并並及和与與]|有[关關]|[关關][于於])+/;
const ZH_NOUN_END = new RegExp(`${ZH_NOUN}`, 'g');
const ZH_ENDS_IN_NOUN = new RegExp(`${ZH_NOUN}$`);
// The first run of nouns of things: "機密資料" of "機密資料部分屬於公開資訊".
const ZH_FIRST_NOUNS = new RegExp(`(?:${ZH_NOUN})+`);
const HAN = /\p{Script=Han}/u;

/** The longest start of `object` that ends in a noun of things, or null ("立法院的機密文件長達6年" -> "立法院的機密文件"). */
function upToLastNoun(object: string): string | null {
  let end = -1;
  for (const m of object.matchAll(ZH_NOUN_END)) end = m.index + m[0].length;
  return end < 0 ? null : object.slice(0, end);
}

/** The start of `object` up to its first noun of things, or null ("資料部分屬於公開資訊" -> "資料"). */
function upToFirstNoun(object: string): string | null {
  const m = ZH_FIRST_NOUNS.exec(object);
  return m ? object.slice(0, m.index + m[0].length) : null;
}

/** "開會紀錄、人事等機密檔案": a list of materials is each of them, when each is one. */
function listItems(object: string): string[] {
  const items = object.split('、');
  return items.length > 1 && items.every((s) => ZH_ENDS_IN_NOUN.test(s)) ? items : [object];
}

function chinesePhrases(text: string): string[] {
  if (!HAN.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(ZH_ACT)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const clause = rest.split(ZH_CLAUSE_END)[0]!.replace(ZH_OBJECT_LEAD, '');
    // "所傳送的資料部分屬於公開資訊": 所 before the act makes it a relative clause; what follows 的 is its noun, and
    // the clause goes on about it.
    const object = text[m.index - 1] === '所' ? upToFirstNoun(clause) : upToLastNoun(clause.split(ZH_OBJECT_END)[0]!);
    // "窃取情报": a bare noun names no particular material.
    if (object && object.replace(ZH_ENDS_IN_NOUN, '') !== '') out.push(...listItems(object));
  }
  for (const m of text.matchAll(ZH_OBJECT_BEFORE)) if (!ZH_OBJECT_END.test(m[1]!)) out.push(m[1]!.replace(ZH_OBJECT_LEAD, ''));
  for (const m of text.matchAll(ZH_COUNTED)) out.push(m[0]);
  return out;
}

/** "172 photos and 22 videos" read whole, then "22 videos" from its count: a part of a phrase of the same paragraph is that phrase. */
function withoutParts(found: string[]): string[] {
  return found.filter((a, i) => !found.some((b, j) => j !== i && b.length > a.length && b.includes(a)));
}

/** The materials the paragraphs name, each once, with the first paragraph that names it. */
export function findMaterialPhrases(paragraphs: Paragraph[]): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const found = [...sentences(p.text).flatMap((s) => englishPhrases(s.text)), ...chinesePhrases(p.text)];
    for (const name of withoutParts(found)) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name, paragraph: p.id });
      if (out.length >= MAX_PHRASES) return out;
    }
  }
  return out;
}
