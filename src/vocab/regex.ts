/**
 * The one way the reading rules turn a word list into a regular expression:
 * escaped, longest first (so "issued on" is tried before "issued"), as a
 * non-capturing group to be placed inside a larger pattern.
 */

/** A string matched literally inside a RegExp. */
export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `(?:a|b|c)` of the words, escaped, longest first. */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map(escapeRe).join('|')})`;
}

/** A Set of the words, lowercased, for whole-word look-ups. */
export function lowerSet(...lists: ReadonlyArray<readonly string[]>): Set<string> {
  return new Set(lists.flat().map((w) => w.toLowerCase()));
}
