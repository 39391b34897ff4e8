/** Evidence phrases marked in a quoted paragraph, split into parts so the page escapes every one (no HTML built here). */
import { memoByText } from '../util/collections.ts';

/** One pattern per set of phrases (NUL-joined, longest first): the same names are quoted on many pages. */
const phrasePattern = memoByText(
  (joined) =>
    new RegExp(
      `(${joined
        .split('\0')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')})`,
      'giu',
    ),
);

/** Characters outside ASCII that Unicode case folding (the `iu` flags) turns into ASCII letters: ſ (s) and the Kelvin sign (k). */
const FOLDS_INTO_ASCII = /[\u017F\u212A]/;
const NON_ASCII = /[^\x00-\x7F]/;

/**
 * `text` lowercased, when matching ASCII phrases in it case-insensitively is
 * the same as finding them with indexOf in that lowercased copy: every phrase
 * is ASCII, no character of the text folds into ASCII, and lowercasing keeps
 * every offset. Otherwise null (the regular expression decides).
 */
function asciiLowered(text: string, phrases: readonly string[]): string | null {
  if (phrases.some((p) => NON_ASCII.test(p)) || FOLDS_INTO_ASCII.test(text)) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/**
 * Split `text` around the evidence phrases, for highlighting without HTML:
 * leftmost match first, the longest phrase where several start at the same
 * place, matches never overlapping. Case-insensitive as /(a|b)/giu; most
 * quotes take the indexOf path, which finds the same matches (profiled: the
 * regular expression was the busiest function of page generation).
 */
export function highlight(text: string, phrases: readonly string[]): Array<{ text: string; mark: boolean }> {
  const wanted = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length >= 3))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [{ text, mark: false }];
  const parts: Array<{ text: string; mark: boolean }> = [];
  let last = 0;
  const mark = (at: number, length: number) => {
    if (at > last) parts.push({ text: text.slice(last, at), mark: false });
    parts.push({ text: text.slice(at, at + length), mark: true });
    last = at + length;
  };
  const lower = asciiLowered(text, wanted);
  if (lower === null) {
    for (const m of text.matchAll(phrasePattern(wanted.join('\0')))) mark(m.index!, m[0].length);
  } else {
    const needles = wanted.map((p) => p.toLowerCase());
    const next = needles.map((n) => lower.indexOf(n));
    for (;;) {
      let best = -1;
      for (let k = 0; k < needles.length; k++) {
        if (next[k]! >= 0 && next[k]! < last) next[k] = lower.indexOf(needles[k]!, last);
        if (next[k]! >= 0 && (best < 0 || next[k]! < next[best]!)) best = k;
      }
      if (best < 0) break;
      mark(next[best]!, needles[best]!.length);
    }
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}
