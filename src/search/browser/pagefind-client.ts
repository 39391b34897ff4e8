/**
 * The search page over HTTP: Pagefind answers (its JS API, loaded on first
 * use from the bundle directory named by `data-pagefind-base`). Pages in other
 * languages (Chinese articles, Chinese passages of English pages) live in
 * their own Pagefind language index; it is merged in so one query box finds both.
 */
import { FACETS_FILE } from '../shared/facets.ts';
import type { FilterKey } from '../shared/meta.ts';
import type { SearchState } from '../shared/url-state.ts';
import { type EngineResponse, type FacetCounts, pageElements, type ResultItem, runSearchPage, type SearchEngine } from './results-ui.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FacetCounts;
  totalFilters: FacetCounts;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch>;
  filters(): Promise<FacetCounts>;
}

/** Relevance weights: titles count five times body text, people's names four times (metadata fields set by SearchMeta.astro). */
export const RANKING = { metaWeights: { title: 5, people: 4 } };

export async function loadPagefind(bundleUrl: string, pageLanguage: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
  await pagefind.options({ ranking: RANKING, excerptLength: 28 });
  // The entry file lists the language indexes; merge the others into this one.
  // Pagefind skips a merge whose path is the primary's, so each is addressed as
  // `<bundle>./…/` — the same directory once the browser resolves the URL.
  const entry = (await fetch(`${bundleUrl}pagefind-entry.json`).then((r) => r.json())) as { languages: Record<string, unknown> };
  const primary = pageLanguage.toLowerCase();
  let hop = '';
  for (const language of Object.keys(entry.languages)) {
    if (language === primary || language === 'unknown') continue;
    hop += './';
    await pagefind.mergeIndex(`${bundleUrl}${hop}`, { language });
  }
  return pagefind;
}

function toItem(d: PagefindData): ResultItem {
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    type: d.meta.type ?? d.filters.type?.[0],
    date: d.meta.date,
    outlet: d.meta.outlet,
    excerpt: d.excerpt,
  };
}

/**
 * Results in the order asked for. Only dated pages carry the `date` sort key
 * (src/search/shared/meta.ts) and Pagefind leaves the others out of a sorted
 * search, so the undated ones follow the dated ones, best match first.
 */
async function ordered(pagefind: Pagefind, q: string | null, filters: Record<string, unknown>, sort: SearchState['sort']): Promise<PagefindSearch> {
  const relevance = await pagefind.search(q, { filters });
  if (sort === 'relevance') return relevance;
  const dated = await pagefind.search(q, { filters, sort: { date: sort === 'newest' ? 'desc' : 'asc' } });
  const seen = new Set(dated.results.map((r) => r.id));
  return { ...relevance, results: [...dated.results, ...relevance.results.filter((r) => !seen.has(r.id))] };
}

export function pagefindEngine(bundleUrl: string, pageLanguage: string): SearchEngine {
  let loading: Promise<Pagefind> | undefined;
  const pf = () => (loading ??= loadPagefind(bundleUrl, pageLanguage));
  return {
    // Every value and its count, from a small file the build writes: Pagefind's own filters() downloads
    // every filter file (hundreds of kB at 10,000 articles) before a first query could be answered.
    filters: async () => (await fetch(`${bundleUrl}${FACETS_FILE}`)).json() as Promise<FacetCounts>,
    // Once a reader reaches for the facets: then every filter's counts among the results are worth the download.
    loadFacetCounts: async () => void (await (await pf()).filters()),
    async search(state: SearchState): Promise<EngineResponse> {
      const pagefind = await pf();
      const filters = Object.fromEntries(Object.entries(state.filters).map(([k, vs]) => [k as FilterKey, { any: vs }]));
      const found = await ordered(pagefind, state.q || null, filters, state.sort);
      // A Chinese passage of a page is its own record (url#paragraph): show each page once.
      const seen = new Set<string>();
      const loaded: ResultItem[] = [];
      let next = 0;
      return {
        total: found.results.length,
        // A selected filter shows its other values with their counts before the selection (Pagefind's totalFilters).
        facets: Object.fromEntries(
          Object.keys({ ...found.totalFilters, ...found.filters }).map((k) => [
            k,
            (state.filters[k as FilterKey]?.length ? found.totalFilters : found.filters)[k as FilterKey] ?? {},
          ]),
        ) as FacetCounts,
        async load(from, to) {
          while (loaded.length < to && next < found.results.length) {
            const batch = found.results.slice(next, next + (to - loaded.length));
            next += batch.length;
            for (const d of await Promise.all(batch.map((r) => r.data()))) {
              const page = d.url.split('#')[0]!;
              if (seen.has(page)) continue;
              seen.add(page);
              loaded.push(toItem(d));
            }
          }
          return loaded.slice(from, to);
        },
      };
    },
  };
}

export async function startSearchPage(): Promise<void> {
  if (location.protocol === 'file:') return; // the offline script answers there
  const els = pageElements();
  if (!els) return;
  const bundle = new URL(els.list.dataset.pagefindBase ?? 'pagefind/', location.href).href;
  await runSearchPage(pagefindEngine(bundle, document.documentElement.lang || 'unknown'), els);
}
