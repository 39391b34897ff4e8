/**
 * Long lists are split into pages, so no page grows with the archive: at
 * 10,000 articles a busy topic has thousands of cases, and one page listing
 * them all weighed megabytes. Page 1 lives at the list's own URL
 * (the topic page, /cases/); pages 2.. at `<base>page/<n>/`.
 */
export const PAGE_SIZE = 50;

export interface PageOf<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
  /** Index of the first item on this page, 0-based. */
  start: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(list: readonly T[], page: number, size = PAGE_SIZE): PageOf<T> {
  const pages = pageCount(list.length, size);
  const p = Math.min(Math.max(1, page), pages);
  const start = (p - 1) * size;
  return { items: list.slice(start, start + size), page: p, pages, total: list.length, start };
}

/** Pages 2.. of a list, for getStaticPaths. */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/** `<base>` for page 1, `<base>page/<n>/` after; `base` ends with `/`. */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/**
 * Which page numbers a pager shows: the first, the last, and two either side
 * of the current one; `null` marks a gap ("…").
 */
export function pagerNumbers(current: number, pages: number): Array<number | null> {
  const keep = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...keep].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const [i, n] of sorted.entries()) {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(null);
    out.push(n);
  }
  return out;
}
