/**
 * "Did you mean …" under a search that found nothing: the corrections of
 * ../shared/suggest.ts are tried in turn and the first that finds something is
 * offered as a link to its search (the state in its URL, like any search), so
 * it can be opened, shared or followed without script.
 */
import { suggestQueries, type VocabularyEntry } from '../shared/suggest.ts';
import { type SearchState, stateToSearch } from '../shared/url-state.ts';

/** The page's vocabulary (search.astro renders it as JSON), or none. */
export function readVocabulary(doc: Document = document): VocabularyEntry[] {
  const text = doc.getElementById('search-vocabulary')?.textContent;
  if (!text) return [];
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? (value as VocabularyEntry[]) : [];
  } catch {
    return [];
  }
}

/**
 * The first correction of `state.q` whose search finds something, or null.
 * `stale()` says a newer search has started: then nothing more is tried.
 */
export async function findSuggestion(
  state: SearchState,
  vocabulary: readonly VocabularyEntry[],
  count: (next: SearchState) => Promise<number>,
  stale: () => boolean,
): Promise<SearchState | null> {
  for (const q of suggestQueries(state.q, vocabulary)) {
    const next = { ...state, q };
    const n = await count(next);
    if (stale()) return null;
    if (n > 0) return next;
  }
  return null;
}

/** Shows (or, for null, hides) the offer in `host`: "Did you mean <a href="?q=gallium">gallium</a>?" */
export function showSuggestion(host: HTMLElement, next: SearchState | null): void {
  if (!next) {
    host.hidden = true;
    host.replaceChildren();
    return;
  }
  const link = document.createElement('a');
  link.href = stateToSearch(next) || '?';
  link.textContent = next.q;
  link.dataset.suggestion = next.q;
  host.replaceChildren('Did you mean ', link, '?');
  host.hidden = false;
}
