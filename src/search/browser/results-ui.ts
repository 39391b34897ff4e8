/**
 * The search page's behaviour, whatever answers the queries: Pagefind over
 * HTTP (pagefind-client.ts) or the offline index from file:// (offline-engine.ts).
 * State lives in the URL (../shared/url-state.ts); facets are checkboxes inside the form,
 * so even the plain form submits the same parameters.
 */
import { FILTER_KEYS, type FilterKey } from '../shared/meta.ts';
import type { VocabularyEntry } from '../shared/suggest.ts';
import { isEmpty, parseState, type SearchState, type Sort, stateToSearch, toggleFilter, withHighlight } from '../shared/url-state.ts';
import { type FoldElements, foldElements, installFold, showFilterCount } from './filters-fold.ts';
import { findSuggestion, readVocabulary, showSuggestion } from './suggestion-ui.ts';

export interface ResultItem {
  url: string;
  title: string;
  type?: string;
  date?: string;
  outlet?: string;
  /** Escaped text with <mark> around the matches: safe as innerHTML. */
  excerpt: string;
}

export type FacetCounts = Partial<Record<FilterKey, Record<string, number>>>;

export interface EngineResponse {
  total: number;
  /** Result data for positions [from, to). */
  load(from: number, to: number): Promise<ResultItem[]>;
  /** Counts per filter value among this search's results, each filter counted without its own selection. */
  facets: FacetCounts;
}

export interface SearchEngine {
  /** Every filter value on the site, with its page count. */
  filters(): Promise<FacetCounts>;
  /**
   * Makes every filter count among the results known from the next search on. Until then a search
   * counts only the filters it uses (Pagefind downloads a filter's file when it is first needed).
   */
  loadFacetCounts?(): Promise<void>;
  search(state: SearchState): Promise<EngineResponse>;
}

const PAGE = 20;
const TYPE_LABELS: Record<string, string> = { case: 'Case', article: 'Source article', topic: 'Topic', entity: 'Person or organisation' };
const FACET_LABELS: Record<FilterKey, string> = {
  type: 'Type',
  material: 'Material',
  tactic: 'Tactic',
  channel: 'Channel',
  sector: 'Sector',
  outcome: 'Outcome',
  outlet: 'Outlet',
  year: 'Year',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024", "Feb 2024", "4 Feb 2024" from YYYY[-MM[-DD]]. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function renderResult(item: ResultItem, q: string): HTMLLIElement {
  const li = el('li', { className: 'search-result' });
  if (item.type) li.dataset.type = item.type;
  const link = el('a', { href: withHighlight(item.url, q) }, item.title || item.url);
  const heading = el('h2', { className: 'search-result-title' }, link);
  const meta = el('p', { className: 'meta' });
  const parts: (Node | string)[] = [];
  if (item.type) parts.push(el('span', { className: 'search-result-type' }, TYPE_LABELS[item.type] ?? item.type));
  if (item.date) parts.push(el('time', { dateTime: item.date }, formatPartialDate(item.date)));
  if (item.outlet) parts.push(el('span', { className: 'search-result-outlet' }, item.outlet));
  parts.forEach((p, i) => meta.append(...(i ? [' · ', p] : [p])));
  const excerpt = el('p', { className: 'search-result-excerpt' });
  excerpt.innerHTML = item.excerpt;
  li.append(heading, meta, excerpt);
  return li;
}

export interface PageElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  facets: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  labels: Record<string, string>;
  /** Where "Did you mean …" goes, and the names and labels it draws on. */
  suggestion: HTMLElement | null;
  vocabulary: VocabularyEntry[];
  fold: FoldElements | null;
}

export function pageElements(doc: Document = document): PageElements | null {
  const list = doc.getElementById('search-results') as HTMLOListElement | null;
  if (!list) return null;
  const labelsEl = doc.getElementById('search-labels');
  return {
    form: doc.getElementById('search-form') as HTMLFormElement,
    input: doc.getElementById('q') as HTMLInputElement,
    sort: doc.getElementById('search-sort') as HTMLSelectElement,
    facets: doc.getElementById('search-facets') as HTMLElement,
    status: doc.getElementById('search-status') as HTMLElement,
    list,
    more: doc.getElementById('search-more') as HTMLButtonElement,
    labels: labelsEl ? JSON.parse(labelsEl.textContent || '{}') : {},
    suggestion: doc.getElementById('search-suggestion'),
    vocabulary: readVocabulary(doc),
    fold: foldElements(doc),
  };
}

function valueLabel(key: FilterKey, value: string, labels: Record<string, string>): string {
  if (key === 'type') return TYPE_LABELS[value] ?? value;
  return labels[value] ?? value;
}

/** One fieldset of checkboxes per filter, built once; counts are updated per search. */
function renderFacets(host: HTMLElement, all: FacetCounts, labels: Record<string, string>) {
  host.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = Object.keys(all[key] ?? {});
    if (!values.length) continue;
    values.sort((a, b) => (key === 'year' ? b.localeCompare(a) : key === 'type' ? 0 : valueLabel(key, a, labels).localeCompare(valueLabel(key, b, labels))));
    const fieldset = el('fieldset', { className: 'search-facet' }, el('legend', {}, FACET_LABELS[key]));
    fieldset.dataset.filter = key;
    for (const value of values) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      const count = el('span', { className: 'search-facet-count' });
      const label = document.createElement('label');
      label.append(box, ` ${valueLabel(key, value, labels)} `, count);
      fieldset.append(label);
    }
    host.append(fieldset);
  }
}

/** Counts per value; values with none among the results are hidden unless selected (a selected one stays, to be unticked). */
function syncFacets(host: HTMLElement, state: SearchState, counts: FacetCounts) {
  for (const fieldset of host.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
    let visible = 0;
    for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const key = box.name as FilterKey;
      box.checked = (state.filters[key] ?? []).includes(box.value);
      // A filter not counted for this search keeps its values, without counts.
      const n = counts[key] ? (counts[key][box.value] ?? 0) : null;
      box.parentElement!.querySelector('.search-facet-count')!.textContent = n === null ? '' : `(${n})`;
      box.parentElement!.hidden = n === 0 && !box.checked;
      if (!box.parentElement!.hidden) visible++;
    }
    fieldset.hidden = visible === 0;
  }
}

function describe(state: SearchState, total: number, labels: Record<string, string>): string {
  const n = `${total} result${total === 1 ? '' : 's'}`;
  const what = state.q ? ` for “${state.q}”` : '';
  const filters = FILTER_KEYS.flatMap((k) => (state.filters[k] ?? []).map((v) => valueLabel(k, v, labels)));
  return `${n}${what}${filters.length ? ` in ${filters.join(', ')}` : ''}`;
}

/** Navigation that degrades to a reload where the History API refuses (some file:// setups). */
function go(search: string, mode: 'push' | 'replace') {
  const url = `${location.pathname}${search}${location.hash}`;
  try {
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  } catch {
    location.replace(url);
  }
}

/** What one search page keeps between events: the state shown, the search under way, the results loaded so far. */
interface SearchPage {
  engine: SearchEngine;
  els: PageElements;
  state: SearchState;
  /** Bumped by every search: an answer that arrives for an older one is dropped. */
  searchId: number;
  shown: number;
  current: EngineResponse | null;
  /** Every filter value's count on the site, shown when there is no search. */
  allCounts: FacetCounts;
  /** Settles once the facet checkboxes are built (or failed to load). */
  facetsReady: Promise<void>;
}

export async function runSearchPage(engine: SearchEngine, els: PageElements): Promise<void> {
  const page: SearchPage = {
    engine,
    els,
    state: parseState(location.search),
    searchId: 0,
    shown: 0,
    current: null,
    allCounts: {},
    facetsReady: Promise.resolve(), // set just below, once the form shows the state
  };
  if (els.fold) installFold(els.fold);
  showStateInForm(page);
  // The facet list and the first search load in parallel; counts are synced once both are there.
  page.facetsReady = engine
    .filters()
    .then((all) => {
      page.allCounts = all;
      renderFacets(els.facets, all, els.labels);
    })
    .catch((error) => console.error('search: could not load filters', error));
  listen(page);
  countFacetsOnInterest(page);
  await run(page);
}

/** The first time a reader points at or tabs into the facets, every filter gets counted, and the shown search recounted. */
function countFacetsOnInterest(page: SearchPage) {
  const { engine, els } = page;
  if (!engine.loadFacetCounts) return;
  const load = () => {
    els.facets.removeEventListener('pointerenter', load);
    els.facets.removeEventListener('focusin', load);
    engine.loadFacetCounts!()
      .then(() => (isEmpty(page.state) ? undefined : run(page)))
      .catch((error) => console.error('search: could not count the filters', error));
  };
  els.facets.addEventListener('pointerenter', load);
  els.facets.addEventListener('focusin', load);
}

function showStateInForm({ els, state }: SearchPage) {
  els.input.value = state.q;
  els.sort.value = state.sort;
  if (els.fold) showFilterCount(els.fold, state);
}

async function showMore(page: SearchPage) {
  const { els, current } = page;
  if (!current) return;
  const id = page.searchId;
  const items = await current.load(page.shown, page.shown + PAGE);
  if (id !== page.searchId) return;
  els.list.append(...items.map((item) => renderResult(item, page.state.q)));
  page.shown += PAGE;
  els.more.hidden = page.shown >= current.total;
}

/** No query and no filter: an empty list, and the facets counted over the whole site. */
async function showNoSearch(page: SearchPage) {
  const { els } = page;
  page.current = null;
  els.list.replaceChildren();
  els.more.hidden = true;
  els.status.textContent = '';
  await page.facetsReady;
  syncFacets(els.facets, page.state, page.allCounts);
  els.list.removeAttribute('aria-busy');
  els.list.dataset.query = '';
}

/** Search for the page's state and show the first results; a newer search makes this one stop where it is. */
async function run(page: SearchPage) {
  const { engine, els } = page;
  const id = ++page.searchId;
  const started = performance.now();
  els.list.setAttribute('aria-busy', 'true');
  if (els.suggestion) showSuggestion(els.suggestion, null);
  if (isEmpty(page.state)) {
    await showNoSearch(page);
    return;
  }
  els.status.textContent = 'Searching…';
  let response: EngineResponse;
  try {
    response = await engine.search(page.state);
  } catch (error) {
    if (id !== page.searchId) return;
    console.error('search failed', error);
    els.status.textContent = 'Search is unavailable right now. Browse the topics instead.';
    els.list.removeAttribute('aria-busy');
    return;
  }
  if (id !== page.searchId) return;
  const first = await response.load(0, PAGE);
  if (id !== page.searchId) return;
  page.current = response;
  page.shown = PAGE;
  els.list.replaceChildren(...first.map((item) => renderResult(item, page.state.q)));
  els.more.hidden = page.shown >= response.total;
  els.status.textContent = describe(page.state, response.total, els.labels);
  els.list.removeAttribute('aria-busy');
  els.list.dataset.ms = String(Math.round(performance.now() - started));
  if (response.total === 0 && page.state.q) await offerSuggestion(page, id);
  await page.facetsReady;
  if (id !== page.searchId) return;
  syncFacets(els.facets, page.state, response.facets);
  // Done: tests (and anyone curious) can tell which state the page shows.
  els.list.dataset.query = stateToSearch(page.state);
}

/** Nothing found: a corrected query that finds something, if the vocabulary has one. */
async function offerSuggestion(page: SearchPage, id: number) {
  const { els } = page;
  if (!els.suggestion || !els.vocabulary.length) return;
  const stale = () => id !== page.searchId;
  const next = await findSuggestion(page.state, els.vocabulary, async (s) => (await page.engine.search(s)).total, stale).catch(() => null);
  if (!stale()) showSuggestion(els.suggestion, next);
}

/** Show `next`: into the URL (a new history entry or in place of the current one), then search. */
function commit(page: SearchPage, next: SearchState, mode: 'push' | 'replace') {
  page.state = next;
  const search = stateToSearch(page.state);
  if (search !== location.search) go(search, mode);
  void run(page);
}

/** Typing (debounced), submitting, ticking a facet, sorting, "more", and the browser's back and forward. */
function listen(page: SearchPage) {
  const { els } = page;
  let typingEntry = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  els.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // The first keystroke of a new query makes a history entry; the rest refine it.
      commit(page, { ...page.state, q: els.input.value }, typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, 200);
  });
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    typingEntry = false;
    commit(page, { ...page.state, q: els.input.value }, stateToSearch({ ...page.state, q: els.input.value }) === location.search ? 'replace' : 'push');
  });
  els.facets.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.type !== 'checkbox') return;
    typingEntry = false;
    commit(page, toggleFilter(page.state, box.name as FilterKey, box.value, box.checked), 'push');
    if (els.fold) showFilterCount(els.fold, page.state);
  });
  els.sort.addEventListener('change', () => {
    typingEntry = false;
    commit(page, { ...page.state, sort: els.sort.value as Sort }, 'push');
  });
  els.more.addEventListener('click', () => void showMore(page));
  // "Did you mean": the link holds the corrected search's URL; followed here, it runs without a reload.
  els.suggestion?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    typingEntry = false;
    commit(page, parseState(new URL(link.href).search), 'push');
    showStateInForm(page);
    els.input.focus();
  });
  addEventListener('popstate', () => {
    typingEntry = false;
    page.state = parseState(location.search);
    showStateInForm(page);
    void run(page);
  });
}
