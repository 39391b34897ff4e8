/**
 * The offline search index: what Pagefind indexes (the `data-pagefind-body`
 * element minus `data-pagefind-ignore` parts), read back from the built HTML,
 * as one compact JSON object assigned to a global by a classic script, so it
 * loads from file://. Pure functions: HTML in, index and script text out.
 */

import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { OfflineDoc, OfflineIndex } from '../browser/offline-engine.ts';
import { FILTER_KEYS, type FilterKey } from '../shared/meta.ts';
import { pageUrl, readAnnotations } from './records.ts';

export const GLOBAL_NAME = 'CASEBOOK_SEARCH_INDEX';
/** Longer pages are cut here: the start of a page carries its substance, and the bundle stays small. */
export const MAX_TEXT = 12_000;

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'blockquote',
  'tr',
  'td',
  'th',
  'dd',
  'dt',
  'figcaption',
  'br',
  'header',
  'footer',
  'details',
  'summary',
  'table',
]);
/** Not indexed: code, and navigation (as Pagefind's excludeSelectors in src/search/build/pagefind-index.ts). */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'nav']);

function find(node: Nodes, test: (e: Element) => boolean): Element | null {
  if (node.type === 'element' && test(node)) return node;
  if ('children' in node) {
    for (const child of node.children) {
      const found = find(child, test);
      if (found) return found;
    }
  }
  return null;
}

function text(node: Nodes, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.value);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (SKIP.has(node.tagName)) return;
    const p = node.properties;
    if (p.dataPagefindIgnore !== undefined || (p.hidden !== undefined && p.hidden !== false)) return;
  }
  const block = node.type === 'element' && BLOCKS.has(node.tagName);
  if (block) out.push(' ');
  for (const child of node.children) text(child, out);
  if (block) out.push(' ');
}

/** The indexed text of a page, or null when the page is not indexed (no data-pagefind-body). */
export function indexedText(html: string): string | null {
  const tree: Root = fromHtml(html);
  const body = find(tree, (e) => e.properties.dataPagefindBody !== undefined);
  if (!body) return null;
  const out: string[] = [];
  text(body, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** One page → one offline document (null for pages that are not indexed). `relPath` is the file path under the site root. */
export function offlineDoc(html: string, relPath: string): OfflineDoc | null {
  const body = indexedText(html);
  if (body === null) return null;
  const a = readAnnotations(html);
  const filters: OfflineDoc['f'] = {};
  for (const key of FILTER_KEYS) if (a.filters[key]?.length) filters[key as FilterKey] = a.filters[key];
  const doc: OfflineDoc = { u: pageUrl(relPath).slice(1), t: a.title, y: a.meta.type ?? a.filters.type?.[0] ?? 'page', f: filters, x: body.slice(0, MAX_TEXT) };
  if (a.meta.date) doc.d = a.meta.date;
  if (a.meta.outlet) doc.o = a.meta.outlet;
  if (a.meta.people) doc.p = a.meta.people;
  return doc;
}

/** Total text the offline index may carry: it is loaded and tokenised whole when the offline search page opens. */
export const TEXT_BUDGET = 8_000_000;

/** The largest per-page text length that keeps the total within `budget` (pages shorter than it keep all their text). */
export function textCap(lengths: number[], budget: number): number {
  const total = (cap: number) => lengths.reduce((a, n) => a + Math.min(n, cap), 0);
  if (total(Infinity) <= budget) return Infinity;
  let lo = 0;
  let hi = Math.max(...lengths);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (total(mid) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function buildOfflineIndex(pages: { html: string; relPath: string }[], budget = TEXT_BUDGET): OfflineIndex {
  const docs = pages
    .map((p) => offlineDoc(p.html, p.relPath))
    .filter((d): d is OfflineDoc => d !== null)
    .sort((a, b) => a.u.localeCompare(b.u));
  const cap = textCap(
    docs.map((d) => d.x.length),
    budget,
  );
  if (cap !== Infinity) for (const d of docs) d.x = d.x.slice(0, cap);
  return { format: 'casebook-offline-search/1', docs };
}

/** The classic script that carries the index: `window.CASEBOOK_SEARCH_INDEX = {...}`; `</` escaped so no text can end the script. */
export function offlineIndexScript(index: OfflineIndex): string {
  const json = JSON.stringify(index)
    .replace(/<\//g, '<\\/')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `/* Casebook offline search index: used only when the site is opened from file:// */\nwindow.${GLOBAL_NAME} = ${json};\n`;
}
