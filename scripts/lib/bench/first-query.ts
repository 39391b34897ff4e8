/**
 * What a reader's browser really downloads for a first search: the built site
 * served on localhost, /search/?q=<query> opened in headless Chromium, every
 * response recorded until the first results are on screen. Bytes are what a
 * host with compression sends: Pagefind's index files (.pf_*, wasm) are stored
 * gzipped already and travel as they are; text files (HTML, CSS, JS, JSON)
 * are counted gzipped, as any static host serves them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../chromium-path.ts';
import { serve } from '../serve.ts';

/** The kinds of file a first query fetches, in the order the report prints them. */
export const FIRST_QUERY_PARTS = [
  'search page (HTML, CSS, JS)',
  'pagefind.js',
  'pagefind-worker.js',
  'pagefind-entry.json',
  'wasm',
  'pf_meta',
  'facets.json',
  'filter',
  'index',
  'fragment',
  'other',
] as const;
export type FirstQueryPart = (typeof FIRST_QUERY_PARTS)[number];

/** The part a fetched site path (`pagefind/index/en_1.pf_index`, `_astro/x.css`…) belongs to. */
export function partOf(path: string): FirstQueryPart {
  const m = /(?:^|\/)pagefind\/(.*)$/.exec(path);
  if (!m) return /\.(html|css|js|svg)$|\/$|^$/.test(path) ? 'search page (HTML, CSS, JS)' : 'other';
  const file = m[1]!;
  if (file === 'pagefind.js' || file === 'pagefind-worker.js' || file === 'pagefind-entry.json' || file === 'facets.json') return file;
  if (file.startsWith('wasm.')) return 'wasm';
  if (file.endsWith('.pf_meta')) return 'pf_meta';
  if (file.endsWith('.pf_filter')) return 'filter';
  if (file.endsWith('.pf_index')) return 'index';
  if (file.endsWith('.pf_fragment')) return 'fragment';
  return 'other';
}

/** Bytes a file travels as: Pagefind's own index files are gzipped on disk; text is gzipped by the host. */
export function transferBytes(path: string, bytes: Buffer): number {
  return /\.(pf_\w+|pagefind)$/.test(path) ? bytes.length : gzipSync(bytes, { level: 6 }).length;
}

export interface MeasuredFirstQuery {
  query: string;
  /** Everything fetched, pagefind/ and the search page itself. */
  bytes: number;
  /** What pagefind/ alone sent: the figure Pagefind's own "10,000 pages under 300 kB" speaks of. */
  pagefindBytes: number;
  parts: Partial<Record<FirstQueryPart, { files: number; bytes: number }>>;
  results: number;
}

/**
 * Open /search/?q=`query` on `dist` in Chromium and add up what was fetched
 * until the results are shown. Null when no Chromium is installed (the bench
 * still prints the figure computed from the files).
 */
export async function measureFirstQuery(dist: string, query = 'gallium'): Promise<MeasuredFirstQuery | null> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath) || !existsSync(join(dist, 'search/index.html'))) return null;
  const { chromium } = await import('playwright-core');
  const served = await serve(dist);
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    // Counted at the server: Pagefind fetches from its worker, which page-level request events may miss.
    const fetched = new Set<string>();
    served.server.on('request', (req) => fetched.add(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '')));
    await page.goto(`${served.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () => {
        const list = document.querySelector('#search-results');
        return !!list && list.getAttribute('data-query') === location.search && !list.hasAttribute('aria-busy');
      },
      null,
      { timeout: 120_000 },
    );
    const results = await page.locator('#search-results li').count();
    const parts: MeasuredFirstQuery['parts'] = {};
    for (const path of fetched) {
      const file = join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
      if (!existsSync(file)) continue;
      const part = (parts[partOf(path)] ??= { files: 0, bytes: 0 });
      part.files++;
      part.bytes += transferBytes(file, readFileSync(file));
    }
    const sum = (keys: FirstQueryPart[]) => keys.reduce((a, k) => a + (parts[k]?.bytes ?? 0), 0);
    return {
      query,
      bytes: sum([...FIRST_QUERY_PARTS]),
      pagefindBytes: sum(FIRST_QUERY_PARTS.filter((k) => k !== 'search page (HTML, CSS, JS)' && k !== 'other')),
      parts,
      results,
    };
  } finally {
    await browser.close();
    await served.close();
  }
}

/** One line per part: `filter 9 files 12 kB`. */
export function formatFirstQuery(m: MeasuredFirstQuery): string {
  const kb = (b: number) => `${(b / 1e3).toFixed(1)} kB`;
  const parts = FIRST_QUERY_PARTS.filter((k) => m.parts[k]).map(
    (k) => `${k} ${m.parts[k]!.files} file${m.parts[k]!.files === 1 ? '' : 's'} ${kb(m.parts[k]!.bytes)}`,
  );
  return `first query "${m.query}" in Chromium: ${kb(m.pagefindBytes)} from pagefind/ (${kb(m.bytes)} with the search page; ${m.results} results shown): ${parts.join('; ')}`;
}
