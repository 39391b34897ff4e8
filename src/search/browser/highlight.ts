/**
 * Highlight the searched words on a page opened from a search result
 * (`?pagefind-highlight=…`), inside <main>, and bring the first one into view.
 * Works from file:// too (no Pagefind needed).
 */

import { hasHan, highlightWords, stem } from '../shared/terms.ts';
import { HIGHLIGHT_PARAM } from '../shared/url-state.ts';

/** A regular expression matching the words (Latin words by their stem, as prefixes of words; Han text literally). */
export function highlightPattern(query: string): RegExp | null {
  const words = highlightWords(query);
  if (!words.length) return null;
  const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Short words match as whole words ("Qi" not "Qiao"); longer ones by their stem ("sentenced" → "sentence").
  const word = (w: string) =>
    w.length <= 3 ? `(?<![\\p{L}\\p{N}])${escapeRe(w)}(?:s|es)?(?![\\p{L}\\p{N}])` : `(?<![\\p{L}\\p{N}])${escapeRe(stem(w))}[\\p{L}\\p{N}]*`;
  const parts = words.map((w) => (hasHan(w) ? escapeRe(w) : word(w)));
  return new RegExp(parts.sort((a, b) => b.length - a.length).join('|'), 'giu');
}

export function highlightFromUrl(doc: Document = document): number {
  const params = new URLSearchParams(doc.location.search);
  const query = params.getAll(HIGHLIGHT_PARAM).join(' ');
  const pattern = query ? highlightPattern(query) : null;
  const root = doc.querySelector('main');
  if (!pattern || !root) return 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [hidden], [data-casebook-search]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const text = node.data.normalize('NFC');
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const frag = doc.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      if (!m[0]) continue;
      frag.append(text.slice(last, m.index));
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      frag.append(mark);
      last = m.index! + m[0].length;
      count++;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  const first = root.querySelector('mark.search-hit');
  if (first && !doc.location.hash) first.scrollIntoView({ block: 'center' });
  return count;
}
