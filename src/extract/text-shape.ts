/**
 * Small judgements about one line of text that every cleaning rule shares:
 * does it end a sentence, how long is it in words (CJK counted by
 * characters), is it shaped like a title or like a person's name.
 */

import { memoByText } from '../util/collections.ts';
import { BYLINE_ROLE_WORDS } from '../vocab/job-titles.ts';
import { alternation } from '../vocab/regex.ts';
import { NOT_NAME_WORDS } from '../vocab/stop-words.ts';
import { outletByName } from './metadata/outlets.ts';

// A sentence may end in a quote, a bracket, or an emoji after its full stop ("...approaches? 👇").
const TERMINAL_RE = /[.!?。！？…][\s"'”’»)\]」』】\p{Extended_Pictographic}\uFE0F]*$/u;
// A list item: "1. ", "• ", "- ", "➡️ ", "👉 ".
const LIST_ITEM_RE = /^(?:\d{1,2}[.)]?|[•·▪►▶◆■→*–-]|\p{Extended_Pictographic}\uFE0F?)\s+\S/u;

export function isListItem(text: string): boolean {
  return LIST_ITEM_RE.test(text);
}
const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Code units in CJK_RE's ranges (counted in a loop: matching built an array per character). */
export function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

export function isCjkText(text: string): boolean {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return cjk > 0 && cjk >= latin / 3;
}

/** Words, with CJK text counted as roughly 1.5 characters a word. */
export function wordCount(text: string): number {
  const latin = text
    .replace(CJK_RE, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return latin + Math.round(cjkCount(text) / 1.5);
}

export function endsSentence(text: string): boolean {
  return TERMINAL_RE.test(text.trim());
}

/** A full paragraph of prose: it ends like a sentence and is not a fragment. */
export function isSubstantial(text: string): boolean {
  const words = wordCount(text);
  return (endsSentence(text) && words >= 12) || words >= 30;
}

// A headline's closing attribution: "..., spy agency says", "..., according to the ministry".
const ATTRIBUTION_RE = /,\s+(?:(?:[\p{L}'’-]+\s+){1,4}(?:says|said|warns|claims|reports|alleges)|(?:says|said|according to)\s+[^,]{1,60})$/u;

/**
 * Shaped like a headline, subheading or teaser title: no closing punctuation,
 * short, not starting mid-sentence. A line ending in ':' is a label when
 * short and a sentence introducing a list when long.
 */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (!t || endsSentence(t)) return false;
  const words = wordCount(t);
  if (words >= 25) return false;
  if (t.endsWith(':') && words >= 9) return false;
  // A sentence cut off mid-way ("...check the contents of") or a long clause with commas is prose.
  if (/\s(of|the|a|an|and|or|to|in|on|for|with|by|from|that|which|who|as|at|its|their|his|her)$/i.test(t) && words >= 6) return false;
  // (Headlines run to 20 words with a comma or two: "China's spy agency says foreign agents used couriers, loan apps to...")
  if (words >= 21 && /,\s+[a-z]/.test(t.replace(ATTRIBUTION_RE, ''))) return false;
  return !/^[a-z]/.test(t);
}

/** "Tejaswini Deshmukh", "Zhang Wei", "J. R. Smith": 2-4 capitalised name words. */
export function isNameLike(text: string): boolean {
  const t = text.trim();
  if (!/^(?:[A-Z][\p{Ll}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{Ll}'’-]+|[A-Z]\.|van|von|de|da|del|bin|al-[A-Z][a-z]+)){1,3}$/u.test(t)) return false;
  return !t.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/[.'’]/g, '')));
}

// What may follow the name on a byline line: a job title or a desk ("Senior Markets Reporter", "BBC News").
const ROLE_RE = new RegExp(`\\b${alternation(BYLINE_ROLE_WORDS)}\\b`, 'i');
const IN_PLACE_RE = /\s+in\s+[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,2}$/u;

/**
 * The name on a byline line that has no "By": "Hannah Liew", "Alvin Tse in
 * Beijing", "Tomasz Adler | Senior Markets Reporter"; null for anything else.
 */
export function bylineName(line: string): string | null {
  // Two authors, "Edward Whitcombe and Lina Castell", are a byline too.
  const text = line.trim().replace(/^[—–-]\s*/, '');
  const two = /^(.+?)\s+and\s+(.+)$/.exec(text);
  if (two && isNameLike(two[1]!) && isNameLike(two[2]!)) return text;
  const [head, ...rest] = text.split(/\s*[|｜]\s*|,\s+|\s+[–—-]\s+/);
  // With a job title after it, a name in capitals is still a name: "KENJI MORITA, Nikkei staff writer".
  const name = rest.length ? nameCase(head!.replace(IN_PLACE_RE, '')) : head!.replace(IN_PLACE_RE, '');
  // "Mark Ernest Villeza - The Philippine Star": the outlet after the name.
  if (!isNameLike(name) || ROLE_RE.test(name) || !rest.every((part) => ROLE_RE.test(part) || outletByName(part))) return null;
  return name;
}

/** "Asia Correspondent", "Staff Writer": what follows a name on a byline. */
export function isRoleTitle(text: string): boolean {
  return ROLE_RE.test(text) && text.split(/\s+/).length <= 5;
}

/** "PETER MORLAND" as a name is written, "Peter Morland"; a name in mixed case as it is. */
export function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** Comparison key: case, white space, quote style and trailing punctuation do not matter. */
// Computed for every line and again for headline candidates, on lines that repeat across an outlet's pages: once per text.
export const key: (text: string) => string = memoByText(keyOf, 16384);

function keyOf(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,!?]+$/, '')
    .trim()
    .toLowerCase();
}

/** Tidy one paragraph: collapse spaces, drop the space scrapers leave before commas. */
export function tidy(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ +([,;])(?=\s|$)/g, '$1')
    .trim();
}
