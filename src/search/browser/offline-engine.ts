/**
 * Search without Pagefind, for the offline bundle opened from file:// (where
 * Pagefind's modules and WebAssembly cannot load). The index is the text of
 * each indexed page, loaded by a classic script (`search-index.js`); terms
 * are computed in the browser with the same tokenizer as the highlighter.
 * Ranking follows Pagefind's: BM25 over the page text, titles weighing 5x and
 * people's names 4x, every query word required, words matched as prefixes.
 */
import { FILTER_KEYS, type FilterKey } from '../shared/meta.ts';
import { indexTerms, queryTerms } from '../shared/terms.ts';
import type { SearchState } from '../shared/url-state.ts';
import { highlightPattern } from './highlight.ts';
import type { EngineResponse, FacetCounts, ResultItem, SearchEngine } from './results-ui.ts';

export interface OfflineDoc {
  /** URL path relative to the site root, e.g. `cases/x/`. */
  u: string;
  /** title */
  t: string;
  /** type: case | article | topic | entity */
  y: string;
  /** date, YYYY[-MM[-DD]] */
  d?: string;
  /** outlet(s) */
  o?: string;
  /** people's names */
  p?: string;
  /** filters */
  f: Partial<Record<FilterKey, string[]>>;
  /** indexed text */
  x: string;
}

export interface OfflineIndex {
  format: 'casebook-offline-search/1';
  docs: OfflineDoc[];
}

export const WEIGHTS = { title: 5, names: 4, body: 1 };
const K1 = 1.2;
const B = 0.75;
const PREFIX_FACTOR = 0.6;

interface Prepared {
  docs: OfflineDoc[];
  /** term → doc index → weighted frequency */
  postings: Map<string, Map<number, number>>;
  vocabulary: string[];
  lengths: number[];
  average: number;
}

export function prepare(index: OfflineIndex): Prepared {
  const postings = new Map<string, Map<number, number>>();
  const lengths: number[] = [];
  index.docs.forEach((doc, i) => {
    const add = (text: string | undefined, weight: number) => {
      const terms = indexTerms(text ?? '');
      for (const term of terms) {
        let p = postings.get(term);
        if (!p) postings.set(term, (p = new Map()));
        p.set(i, (p.get(i) ?? 0) + weight);
      }
      return terms.length;
    };
    add(doc.t, WEIGHTS.title);
    add(doc.p, WEIGHTS.names);
    lengths.push(add(doc.x, WEIGHTS.body));
  });
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  return { docs: index.docs, postings, vocabulary: [...postings.keys()].sort(), lengths, average };
}

/** A word matches itself and, when it is the word being typed (the last) or has no exact match, the words it begins. */
function expansions(p: Prepared, term: string, han: boolean, last: boolean): [string, number][] {
  const out: [string, number][] = [];
  if (p.postings.has(term)) out.push([term, 1]);
  if (han || term.length < 2 || (!last && out.length)) return out;
  // vocabulary is sorted: the prefix extensions are contiguous
  let lo = 0;
  let hi = p.vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.vocabulary[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < p.vocabulary.length && p.vocabulary[i]!.startsWith(term); i++) {
    if (p.vocabulary[i] !== term) out.push([p.vocabulary[i]!, PREFIX_FACTOR]);
  }
  return out;
}

function matchesFilters(doc: OfflineDoc, filters: SearchState['filters']): boolean {
  return Object.entries(filters).every(([k, vs]) => !vs?.length || vs.some((v) => doc.f[k as FilterKey]?.includes(v)));
}

export interface Hit {
  doc: number;
  score: number;
}

/** Ranked matches for a state: every query word must match; filters: any value within a filter, all filters. */
export function searchPrepared(p: Prepared, state: SearchState): Hit[] {
  return applyFilters(p, matchQuery(p, state.q), state);
}

function applyFilters(p: Prepared, hits: Hit[], state: SearchState): Hit[] {
  return order(
    p,
    hits.filter((h) => matchesFilters(p.docs[h.doc]!, state.filters)),
    state,
  );
}

/** Pages matching the query, unfiltered and unordered. */
function matchQuery(p: Prepared, q: string): Hit[] {
  const tokens = queryTerms(q);
  let hits: Hit[];
  if (!tokens.length) {
    hits = p.docs.map((_, doc) => ({ doc, score: 0 }));
  } else {
    let scores: Map<number, number> | null = null;
    for (const [i, token] of tokens.entries()) {
      const local = new Map<number, number>();
      for (const [term, factor] of expansions(p, token.term, token.han, i === tokens.length - 1)) {
        const posting = p.postings.get(term)!;
        const idf = Math.log(1 + (p.docs.length - posting.size + 0.5) / (posting.size + 0.5));
        for (const [doc, tf] of posting) {
          const norm = 1 - B + (B * p.lengths[doc]!) / Math.max(1, p.average);
          const s = factor * idf * ((tf * (K1 + 1)) / (tf + K1 * norm));
          local.set(doc, Math.max(local.get(doc) ?? 0, s));
        }
      }
      const prev: Map<number, number> | null = scores;
      scores = new Map();
      for (const [doc, s] of local) {
        if (prev === null) scores.set(doc, s);
        else if (prev.has(doc)) scores.set(doc, prev.get(doc)! + s);
      }
      if (!scores.size) break;
    }
    hits = [...(scores ?? new Map<number, number>())].map(([doc, score]) => ({ doc, score }));
  }
  return hits;
}

function order(p: Prepared, hits: Hit[], state: SearchState): Hit[] {
  const date = (h: Hit) => p.docs[h.doc]!.d ?? '';
  if (state.sort === 'newest') hits.sort((a, b) => date(b).localeCompare(date(a)) || b.score - a.score);
  else if (state.sort === 'oldest') hits.sort((a, b) => (date(a) || '9999').localeCompare(date(b) || '9999') || b.score - a.score);
  else hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return hits;
}

/**
 * Counts per filter value among the results, each filter counted as if its own
 * selection were not made (so ticking one value leaves the others offered).
 */
export function facetCountsFor(p: Prepared, state: SearchState): FacetCounts {
  const matched = matchQuery(p, state.q);
  const out: FacetCounts = {};
  for (const key of FILTER_KEYS) {
    const others = { ...state, filters: { ...state.filters, [key]: [] } };
    const docs = matched.filter((h) => matchesFilters(p.docs[h.doc]!, others.filters)).map((h) => p.docs[h.doc]!);
    const counts = facetCounts(docs)[key];
    if (counts) out[key] = counts;
  }
  return out;
}

export function facetCounts(docs: OfflineDoc[]): FacetCounts {
  const out: FacetCounts = {};
  for (const doc of docs) {
    for (const key of FILTER_KEYS) {
      for (const v of doc.f[key] ?? []) {
        const counts = (out[key] ??= {});
        counts[v] = (counts[v] ?? 0) + 1;
      }
    }
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** About `size` characters of `text` around the first match, escaped, matches in <mark>. */
export function excerpt(text: string, q: string, size = 200): string {
  const pattern = q.trim() ? highlightPattern(q) : null;
  let start = 0;
  if (pattern) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m) start = Math.max(0, m.index - Math.floor(size / 3));
  }
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space - start < 20) start = space + 1;
  }
  let end = Math.min(text.length, start + size);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + size / 2) end = space;
  }
  const window = text.slice(start, end);
  let out = '';
  let last = 0;
  if (pattern) {
    pattern.lastIndex = 0;
    for (const m of window.matchAll(pattern)) {
      if (!m[0]) continue;
      out += `${escapeHtml(window.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
      last = m.index! + m[0].length;
    }
  }
  out += escapeHtml(window.slice(last));
  return `${start > 0 ? '…' : ''}${out}${end < text.length ? '…' : ''}`;
}

/** The engine the search page uses from file://; result links point into the unzipped folder at `root`. */
export function offlineEngine(index: OfflineIndex, root: string): SearchEngine {
  const p = prepare(index);
  const all = facetCounts(p.docs);
  return {
    filters: async () => all,
    async search(state): Promise<EngineResponse> {
      const hits = searchPrepared(p, state);
      return {
        total: hits.length,
        facets: facetCountsFor(p, state),
        async load(from, to): Promise<ResultItem[]> {
          return hits.slice(from, to).map((h) => {
            const d = p.docs[h.doc]!;
            return {
              url: `${root}${d.u}${d.u.endsWith('/') || !d.u ? 'index.html' : ''}`,
              title: d.t,
              type: d.y,
              date: d.d,
              outlet: d.o,
              excerpt: excerpt(d.x, state.q),
            };
          });
        },
      };
    },
  };
}
