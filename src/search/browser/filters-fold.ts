/**
 * On a narrow screen the filters fold behind a button (search.astro's CSS hides
 * `.search-facets.folded` below 48rem), so the first results are on the first
 * screen. The button says how many filters are on, and is a real disclosure
 * button: aria-expanded, aria-controls, reached by Tab before the filters.
 * On a wide screen it is not shown and the filters always are.
 */
import { FILTER_KEYS } from '../shared/meta.ts';
import type { SearchState } from '../shared/url-state.ts';

export interface FoldElements {
  toggle: HTMLButtonElement;
  count: HTMLElement | null;
  facets: HTMLElement;
}

export function foldElements(doc: Document = document): FoldElements | null {
  const toggle = doc.getElementById('search-filters-toggle') as HTMLButtonElement | null;
  const facets = doc.getElementById('search-facets');
  if (!toggle || !facets) return null;
  return { toggle, facets, count: doc.getElementById('search-filters-count') };
}

function setOpen(els: FoldElements, open: boolean) {
  els.toggle.setAttribute('aria-expanded', String(open));
  els.facets.classList.toggle('folded', !open);
}

export function installFold(els: FoldElements): void {
  setOpen(els, false);
  els.toggle.hidden = false;
  els.toggle.addEventListener('click', () => setOpen(els, els.toggle.getAttribute('aria-expanded') !== 'true'));
}

/** "Filters (2 on)": how many filter values the state selects, on the button that hides them. */
export function showFilterCount(els: FoldElements, state: SearchState): void {
  const n = FILTER_KEYS.reduce((sum, key) => sum + (state.filters[key]?.length ?? 0), 0);
  if (!els.count) return;
  els.count.textContent = n ? ` (${n} on)` : '';
}
