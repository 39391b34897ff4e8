/**
 * The words a pattern cannot match without: a cheap test that rules a pattern
 * out before its expression runs. Only what is certain is kept, so a text
 * without any of a pattern's keys cannot match it: `\bsmuggl\w*` needs
 * "smuggl", `\bdebts?\b` needs "debt", `镝` needs 镝 or 鏑. A pattern whose
 * start is not plain text (a group, a class, a lookbehind, a top-level
 * alternative) gives no key, and the pattern is always run.
 */

import { syntaxChars } from '../../util/regex-source.ts';
import { TRADITIONAL } from '../../vocab/han-variants.ts';

// Characters that stand for themselves in a pattern: ASCII (whose case folding lower-casing gives, but for
// the long s) and Han (no case).
const PLAIN = /[A-Za-z0-9 '’\-\p{Script=Han}]/u;
const QUANTIFIER = /[?*+{]/;
const HAN = /\p{Script=Han}/u;

/**
 * The keys of a case-insensitive pattern, lower case: a text that contains none of them (after
 * `foldForKeys`) cannot match. Null when the pattern has no certain key.
 */
export function requiredKeys(pattern: string): string[] | null {
  if (hasTopLevelAlternative(pattern)) return null;
  const from = pattern.startsWith('\\b') ? 2 : 0;
  return pattern.startsWith('(?:', from) || pattern.startsWith('[', from) ? keysOfChoice(pattern, from) : keysOfLiteral(pattern, from);
}

/** The keys of the plain text at `from`: "smuggl" of `smuggl\w*`. */
function keysOfLiteral(pattern: string, from: number): string[] | null {
  let i = from;
  let literal = '';
  for (; i < pattern.length && PLAIN.test(pattern[i]!); i++) literal += pattern[i];
  // "debts?": the last character is optional, so it is no part of the key.
  if (QUANTIFIER.test(pattern[i] ?? '')) literal = literal.slice(0, -1);
  return keysOf(literal);
}

/**
 * The keys of a choice at `from` that the pattern cannot do without: `(?:hand|checked|carry) luggage` needs one
 * of "hand", "checked", "carry"; `[镝铽]` one of its characters. Null for anything but plain alternatives, or a
 * choice made optional or repeated.
 */
function keysOfChoice(pattern: string, from: number): string[] | null {
  const group = pattern.startsWith('(?:', from);
  const end = pattern.indexOf(group ? ')' : ']', from);
  if (end < 0 || QUANTIFIER.test(pattern[end + 1] ?? '')) return null;
  const inside = pattern.slice(from + (group ? 3 : 1), end);
  // A range ("[a-z]") is no list of characters.
  if (!group && inside.includes('-')) return null;
  const options = group ? inside.split('|') : [...inside];
  if (!options.every((o) => o.length > 0 && [...o].every((c) => PLAIN.test(c)))) return null;
  const keys: string[] = [];
  for (const option of options) {
    const k = keysOf(option);
    if (!k) return null;
    keys.push(...k);
  }
  return keys;
}

/** A literal as keys: Latin text as it is (lower case); a Han character, which may be written in either script, alone with its other form. */
function keysOf(literal: string): string[] | null {
  const first = literal[0];
  if (first === undefined) return null;
  if (HAN.test(first)) return TRADITIONAL[first] ? [first, TRADITIONAL[first]] : [first];
  // Latin up to the first Han character (a mixed literal is rare; its Han part may be in either script).
  const latin = [...literal].findIndex((c) => HAN.test(c));
  const key = (latin < 0 ? literal : literal.slice(0, latin)).toLowerCase();
  return key.length >= 2 ? [key] : null;
}

/** Whether `|` splits the pattern itself (outside groups and classes): then no part of it is required. */
function hasTopLevelAlternative(pattern: string): boolean {
  for (const { char, depth } of syntaxChars(pattern)) if (char === '|' && depth === 0) return true;
  return false;
}

/**
 * A text as the keys are compared with it: lower case, and the long s as s (the one character outside ASCII
 * that a case-insensitive Unicode expression matches to an ASCII letter which lower-casing does not give).
 */
export function foldForKeys(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** The keys of a list of patterns (any one of them may match), or null when one of them has none. */
export function keysOfAny(patterns: readonly string[]): string[] | null {
  const keys: string[] = [];
  for (const p of patterns) {
    const k = requiredKeys(p);
    if (!k) return null;
    keys.push(...k);
  }
  return [...new Set(keys)];
}
