/**
 * Names in English prose that come several at a time or with another name attached: a list after one
 * introduction ("named Herwig F., Ina F. and Thomas R.", "Christopher Berry, 32, from Witney,
 * Oxfordshire, and Christopher Cash, 29, from London", "Chen Wei-jen (陳惟仁), Lee Yi-hsien (李易諴)
 * and Lin Yung-ta (林雍達)"), a couple sharing a surname ("Herwig and Ina F."), and the other name a
 * report gives ("Jinchao Wei, also known as Patrick Wei", "Chen Wei-jen (陳惟仁)").
 */

import { NAME_PARTICLES } from '../../vocab/names.ts';
import { alternation } from '../../vocab/regex.ts';
import { RELATION_NOUNS } from '../../vocab/roles.ts';
import type { ListedName } from './intro-pattern.ts';

// A capital again after Mc, Mac or an apostrophe: "Daniel McAllister", "Peter O'Neill", "Anne D'Souza".
const PREFIX = "(?:(?:a?c|['’])\\p{Lu})?";
// Lowercase words inside a surname: "Ludwig van der Berg", "Maria de la Cruz".
const PARTICLES = `(?:${alternation(NAME_PARTICLES)} ){0,2}`;

/**
 * A personal name in English prose: up to three capitalised words, a quoted nickname or a middle initial
 * inside ("John M. Rogers"), particles before a surname, a surname's initial after. A hyphenated word counts as
 * one, its second part capitalised or not ("John Shing-Wan Leung", "Chen Wei-jen"), so a Cantonese given name
 * between an English name and the surname does not use up the words. (A Hong Kong name of four is read on by
 * longerName.)
 */
export const NAME = `(\\p{Lu}${PREFIX}[\\p{Ll}'’-]+(?:[ -](?:["“]\\p{Lu}\\p{Ll}+["”] )?(?:\\p{Lu}\\. )?${PARTICLES}\\p{Lu}${PREFIX}[\\p{Ll}'’]+(?:-\\p{Lu}?\\p{Ll}+)?){0,2}(?: \\p{Lu}\\.|\\s(?![AI]\\b)\\p{Lu}(?![\\p{L}.'’-]))?)`;

// A name's gloss in characters: "Chen Wei-jen (陳惟仁)".
const GLOSS = '\\s*[（(]([\\u4e00-\\u9fff]{2,4})[）)]';
// What may stand between two names of a list: the first one's age and home ("32, from Witney, Oxfordshire"),
// a description ("a 63-year-old office manager at..."), a gloss; then ", ", ", and ", " and ".
// ...and, in a list set off by semicolons, another name and a description after a dash ("Cai Mou, also known as
// Richard Tan – the group's alleged field commander; Cheng Hai Tao; Wu Cheng Ting and Wang Yong Yi").
const APPOSITION = `(?:${GLOSS})?(?:,\\s+\\d{1,3}(?:,\\s+(?:of|from)\\s+[^,;.]+(?:,\\s+\\p{Lu}[\\p{L}-]+)?)?|,\\s+(?:a|an|the)\\s+[^,;]+)?(?:,?\\s+(?:also known as|a\\.k\\.a\\.?|aka)\\s+[^,;–—]+?)?(?:\\s+[–—]\\s+[^,;]+)?`;
// "...and their alleged accomplice Thomas R.", "...and her husband, Chris Hu, were": the relation with the name
// after it, or set off by commas (group 2: the opening comma, whose closing one the name needs).
const RELATION = `(?:(?:his|her|their)\\s+(?:alleged\\s+)?${alternation(RELATION_NOUNS)}(?:\\s+|(,)\\s+))?`;
const LIST_ITEM = new RegExp(`^${APPOSITION}(?:,?\\s+and\\s+|,\\s+|;\\s+(?:and\\s+)?)${RELATION}${NAME}`, 'u');
// What closes a name set off by commas: the other comma, or the sentence's end.
const APPOSED_END = /^(?:,|[.;!?]|$)/u;
const GLOSS_AFTER = new RegExp(`^${GLOSS}`, 'u');
const AKA_AFTER = new RegExp(`^(?:${GLOSS})?,?\\s+(?:also known as|a\\.k\\.a\\.?|aka|alias)\\s+["“]?${NAME}`, 'u');
const INITIAL = /^\p{Lu}\.?$/u;

// A Hong Kong name of four words: a given name of two syllables, an English name, the surname ("Chi Leung Peter
// Wai"). NAME stops at three words (a fourth made every name in the text slower to read): the fourth is read on here.
const TWO_SYLLABLES_AND_ENGLISH = /^[A-Z][a-z]{0,5} [A-Z][a-z]{0,5} \p{Lu}\p{Ll}+$/u;
const FOURTH_WORD = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’.-])/u;

/** `raw` with the surname that follows it in `rest` when `raw` is the first three words of a Hong Kong name. */
export function longerName(raw: string, rest: string): string {
  if (!TWO_SYLLABLES_AND_ENGLISH.test(raw)) return raw;
  const fourth = FOURTH_WORD.exec(rest);
  return fourth ? `${raw} ${fourth[1]}` : raw;
}

/**
 * The names listed after the one ending at `from` in `sentence`, each checked by `isName` (which
 * returns the name to keep, or null to end the list there).
 */
export function latinListAfter(sentence: string, from: number, isName: (raw: string) => string | null): ListedName[] {
  const out: ListedName[] = [];
  let end = from;
  for (let m = LIST_ITEM.exec(sentence.slice(end)); m; m = LIST_ITEM.exec(sentence.slice(end))) {
    const at = end + m[0].length - m[3]!.length;
    const raw = longerName(m[3]!, sentence.slice(at + m[3]!.length));
    const name = isName(raw);
    if (!name) break;
    const rest = sentence.slice(at + raw.length);
    // "her husband, Chris Hu, were arrested": the list goes on (or the verb follows) after the closing comma.
    if (m[2] && !APPOSED_END.test(rest)) break;
    const last = at + raw.length + (m[2] && rest.startsWith(',') ? 1 : 0);
    out.push({ name, at, end: last, aliases: otherNames(sentence, at + raw.length) });
    end = last;
  }
  return out;
}

/** The other names a report gives right after a name: "(陳惟仁)", ", also known as Patrick Wei". */
export function otherNames(sentence: string, end: number): string[] {
  const rest = sentence.slice(end);
  const aka = AKA_AFTER.exec(rest);
  if (aka) return [aka[1], aka[2]].filter((x): x is string => !!x);
  const gloss = GLOSS_AFTER.exec(rest);
  return gloss ? [gloss[1]!] : [];
}

/**
 * "Herwig and Ina F.": a couple (or siblings) named once with one surname, which the first name
 * takes too. Only a surname's initial, or a sentence that says they are a couple, is read so: "Feng
 * and Luo Wei" are two people.
 */
export function sharedSurname(first: string, second: string, between: string, sentence: string): string {
  if (first.includes(' ') || !/^\s+and\s+$/.test(between)) return first;
  const tokens = second.split(' ');
  const last = tokens[tokens.length - 1]!;
  if (tokens.length !== 2) return first;
  return INITIAL.test(last) || /\b(?:couple|spouses|husband and wife|brothers|sisters|siblings)\b/i.test(sentence) ? `${first} ${last}` : first;
}
