/**
 * What a citation number shows when hovered or focused (FactsPanel.astro): the
 * part of the cited paragraph around the words the fact was read from, clipped
 * so a page with many citations stays light. Pure.
 */

/** Characters of a paragraph a preview shows at most (about three lines of the preview box). */
export const PREVIEW_CHARS = 220;

/** Where the evidence starts in `text` (case-insensitive), or -1. */
function evidenceAt(text: string, evidence: readonly string[]): number {
  const lower = text.toLowerCase();
  const found = evidence
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.length >= 3 || /\p{Script=Han}/u.test(e))
    .map((e) => lower.indexOf(e))
    .filter((i) => i >= 0);
  return found.length ? Math.min(...found) : -1;
}

/**
 * The passage to preview: the whole paragraph when short, else a window of about
 * `max` characters cut at spaces, starting a little before the first evidence
 * words, with "…" where it was cut.
 */
export function previewPassage(text: string, evidence: readonly string[], max = PREVIEW_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const at = evidenceAt(clean, evidence);
  // Context before the evidence: a quarter of the window, so the evidence sits near the start.
  let start = at < 0 ? 0 : Math.max(0, [...clean.slice(0, at)].length - Math.floor(max / 4));
  start = Math.min(start, chars.length - max);
  let end = start + max;
  const spaced = /\s/.test(clean) && !/\p{Script=Han}/u.test(chars.slice(start, end).join(''));
  // Latin text is cut at spaces so no word is split; Chinese has none to cut at.
  if (spaced) {
    while (start > 0 && start < end && chars[start - 1] !== ' ') start++;
    while (end < chars.length && end > start && chars[end] !== ' ') end--;
  }
  const body = chars.slice(start, end).join('').trim();
  return `${start > 0 ? '…' : ''}${body}${end < chars.length ? '…' : ''}`;
}
