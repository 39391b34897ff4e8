/**
 * Where a clause last names a case's actor, for mainAction() (cases.ts): the
 * end of the last match of
 *
 *   /(?<!\p{L})(?:NAME1|NAME2|...)(?!\p{L})|\b(?:he|she)\b/giu
 *
 * (names as literals), found without building that expression. Built per
 * name set it was compiled once per case, ~0.4 ms each (\p{L} under `iu` is a
 * large class to build), which was most of what reading the main action
 * cost. Here the two lookarounds test one code point each against one
 * expression compiled once, and each name is a small literal expression,
 * compiled once per name. tests/unit/extract/cases/actor-mention.test.ts holds the two to
 * the same answers.
 */
import { memoByText } from '../../util/collections.ts';
import { escapeRe } from '../../vocab/regex.ts';

// One code point: a letter, as \p{L} decides under `iu` inside the expression above.
const LETTER = /^\p{L}$/iu;
const PRONOUN = /\b(?:he|she)\b/iuy;
const namePattern = memoByText((name) => new RegExp(escapeRe(name), 'iuy'));

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The code point that ends just before `at` ('' at the start). */
function before(text: string, at: number): string {
  if (at === 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1]!;
}

/** The code point that starts at `at` ('' at the end). */
function after(text: string, at: number): string {
  const cp = text.codePointAt(at);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function isLetter(char: string): boolean {
  if (char === '') return false;
  const c = char.charCodeAt(0);
  // ASCII: a letter is A-Z or a-z (case folding maps no other ASCII character to one).
  if (c < 0x80) return isAsciiLetter(c);
  return LETTER.test(char);
}

/** End of a match starting exactly at `at`, or -1: the alternatives in the expression's order. */
function matchAt(text: string, at: number, names: string[]): number {
  const prev = before(text, at);
  // After an ASCII letter both alternatives fail: the lookbehind, and \b before a word character (h, s, ſ).
  if (prev.length === 1 && isAsciiLetter(prev.charCodeAt(0))) return -1;
  if (!isLetter(prev)) {
    for (const name of names) {
      const re = namePattern(name);
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      const end = at + m[0].length;
      if (!isLetter(after(text, end))) return end;
    }
  }
  PRONOUN.lastIndex = at;
  const m = PRONOUN.exec(text);
  return m ? at + m[0].length : -1;
}

// The expression itself, for names this module does not reason about: an empty name (V8 finds its empty
// match inside a surrogate pair, where a code-point scan never looks) or one holding a surrogate.
const expression = memoByText((source) => new RegExp(source, 'giu'));
const UNUSUAL = /^$|[\ud800-\udfff]/;

function byExpression(text: string, names: string[]): number {
  const re = expression(`(?<!\\p{L})(?:${names.map(escapeRe).join('|')})(?!\\p{L})|\\b(?:he|she)\\b`);
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** Where the last mention of the actor (one of `names`, or he/she) ends in `text`, or -1. */
export function lastActorMention(text: string, names: string[]): number {
  if (names.some((name) => UNUSUAL.test(name))) return byExpression(text, names);
  let last = -1;
  for (let at = 0; at <= text.length; ) {
    const end = matchAt(text, at, names);
    if (end >= 0) last = end;
    // As a global search moves on: past the match, or one code point on after a failure or an empty match.
    at = end > at ? end : at + (after(text, at).length || 1);
  }
  return last;
}
