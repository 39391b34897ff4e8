/**
 * The offline bundle's classic script (built to an IIFE by `npm run bundle`,
 * included on every page of the bundle). It acts only from file://, where the
 * site's module scripts and Pagefind cannot run: keyboard shortcuts, term
 * highlighting, and the search page answered from `search-index.js`.
 */

import { highlightFromUrl } from './highlight.ts';
import { type OfflineIndex, offlineEngine } from './offline-engine.ts';
import { pageElements, runSearchPage } from './results-ui.ts';
import { installShortcuts } from './shortcuts.ts';

declare global {
  interface Window {
    CASEBOOK_SEARCH_INDEX?: OfflineIndex;
  }
}

function start() {
  installShortcuts();
  highlightFromUrl();
  const els = pageElements();
  if (!els) return;
  // This script sits at the bundle root; so does the index.
  const self = document.querySelector<HTMLScriptElement>('script[data-casebook-offline]');
  const root = new URL('.', self?.src ?? location.href).href;
  els.status.textContent = 'Loading the offline index…';
  const script = document.createElement('script');
  script.src = `${root}search-index.js`;
  script.onload = () => {
    if (!window.CASEBOOK_SEARCH_INDEX) {
      els.status.textContent = 'The offline search index is missing from this copy.';
      return;
    }
    void runSearchPage(offlineEngine(window.CASEBOOK_SEARCH_INDEX, root), els);
  };
  script.onerror = () => {
    els.status.textContent = 'The offline search index (search-index.js) could not be loaded.';
  };
  document.head.append(script);
}

if (location.protocol === 'file:') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
