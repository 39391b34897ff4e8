/**
 * The search page's state lives in its URL, so a search can be shared and the
 * back button works: `?q=gallium&type=case&material=gallium&sort=newest`.
 * A filter may repeat (`material=gallium&material=germanium`: either).
 */
import { FILTER_KEYS, type FilterKey } from './meta.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: Sort;
}

/** Name of the query parameter that carries the search words to an opened result (Pagefind's highlight script uses the same). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim(), filters, sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance' };
}

/** The canonical query string for a state (keys in a fixed order, values sorted), with a leading `?`, or '' for the empty state. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const v of [...(state.filters[key] ?? [])].sort()) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function isEmpty(state: SearchState): boolean {
  return !state.q.trim() && Object.values(state.filters).every((v) => !v?.length);
}

export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters, [key]: [...current] };
  if (!filters[key]!.length) delete filters[key];
  return { ...state, filters };
}

/** A result URL that carries the query words for highlighting on the opened page (before any #fragment). */
export function withHighlight(url: string, q: string): string {
  if (!q.trim()) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}${HIGHLIGHT_PARAM}=${encodeURIComponent(q.trim())}${hash !== undefined ? `#${hash}` : ''}`;
}
