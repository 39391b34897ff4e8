/**
 * Reading a built page's search annotations back from its HTML (the hidden
 * `data-casebook-search` block SearchMeta.astro renders, and the h1 title),
 * and turning its Chinese passages into Pagefind custom records. Pure.
 */
import type { ChinesePassage } from './chinese-blocks.ts';
import { htmlText } from './chinese-blocks.ts';

export interface PageAnnotations {
  title: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

/** `cases/x/index.html` → `/cases/x/`; `a/b.html` → `/a/b.html`. Relative to the site root, as Pagefind reports URLs. */
export function pageUrl(relPath: string): string {
  const p = relPath.split('\\').join('/');
  return `/${p.replace(/(^|\/)index\.html$/, '$1')}`;
}

function decodeAttr(v: string): string {
  return htmlText(v);
}

export function readAnnotations(html: string): PageAnnotations {
  const filters: Record<string, string[]> = {};
  const meta: Record<string, string> = {};
  const sort: Record<string, string> = {};
  for (const m of html.matchAll(/\sdata-pagefind-(filter|meta|sort)="([^"]*)"/g)) {
    const value = decodeAttr(m[2]!);
    const colon = value.indexOf(':');
    if (colon < 0) continue; // captured from element text or attributes: not ours
    const key = value.slice(0, colon).trim();
    const v = value.slice(colon + 1).trim();
    if (m[1] === 'filter') (filters[key] ??= []).includes(v) || filters[key]!.push(v);
    else if (m[1] === 'meta') meta[key] ??= v;
    else sort[key] ??= v;
  }
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html.slice(Math.max(0, html.search(/<main[\s>]/i))));
  const title = meta.title ?? (h1 ? htmlText(h1[1]!) : htmlText(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? ''));
  return { title, filters, meta, sort };
}

export interface CustomRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** One Chinese record per passage, carrying the page's title, filters and sort key, linking to the passage. */
export function chineseRecords(html: string, url: string, passages: ChinesePassage[]): CustomRecord[] {
  if (!passages.length) return [];
  const a = readAnnotations(html);
  return passages.map((p) => ({
    url: p.anchor ? `${url}#${p.anchor}` : url,
    content: p.text,
    language: 'zh',
    meta: { ...a.meta, title: a.title },
    filters: a.filters,
    sort: a.sort,
  }));
}
