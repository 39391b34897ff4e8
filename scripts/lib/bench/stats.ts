/**
 * Sizes computed from the files of a built site: dist/ size and file count,
 * the Pagefind index, and the bytes a reader downloads for a first query.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DirStats {
  files: number;
  bytes: number;
  html: number;
  /** The heaviest HTML page: a page that grows with the archive shows here. */
  largestHtml: { path: string; bytes: number } | null;
}

export function walk(dir: string): Array<{ path: string; size: number; mtimeMs: number }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const s = statSync(path);
      return { path, size: s.size, mtimeMs: s.mtimeMs };
    });
}

export function dirStats(dir: string): DirStats {
  const files = walk(dir);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const largest = html.reduce<(typeof html)[number] | null>((a, f) => (!a || f.size > a.size ? f : a), null);
  return {
    files: files.length,
    bytes: files.reduce((a, f) => a + f.size, 0),
    html: html.length,
    largestHtml: largest && { path: largest.path.slice(dir.length + 1), bytes: largest.size },
  };
}

/**
 * The page type of a built HTML file, by its path under dist/: list pages
 * (`cases/page/3/`) apart from entry pages (`cases/<id>/`), so a list that
 * stops paginating and an entry that grows with the archive both show.
 */
export function pageTypeOf(path: string): string {
  const p = path.replace(/(^|\/)index\.html$/, '$1');
  if (p === '') return 'home';
  const [first, second, third] = p.split('/');
  if (p === `${first}/` && ['cases', 'articles', 'topics', 'entities', 'timeline'].includes(first!)) return `${first} index`;
  if (second === 'page') return `${first} list page`;
  if (first === 'entities' && second === 'letter') return 'entities by letter';
  if (first === 'timeline') return third === 'page' ? 'timeline year, later page' : 'timeline year';
  if (['cases', 'articles', 'topics', 'entities'].includes(first!)) return third === 'page' ? `${first} entry, later page` : `${first} entry`;
  return p.replace(/\/$/, '').replace(/\.html$/, '');
}

export interface LargestPage {
  path: string;
  bytes: number;
  gzip: number;
}

/** The heaviest HTML page of each page type, raw and gzipped (gzip as a static host sends it). */
export function largestPageByType(dir: string): Record<string, LargestPage> {
  const largest = new Map<string, { path: string; size: number }>();
  for (const f of walk(dir)) {
    if (!f.path.endsWith('.html')) continue;
    const path = relative(dir, f.path);
    if (path.startsWith('pagefind/')) continue;
    const type = pageTypeOf(path);
    if ((largest.get(type)?.size ?? -1) < f.size) largest.set(type, { path, size: f.size });
  }
  return Object.fromEntries(
    [...largest.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, f]) => [type, { path: f.path, bytes: f.size, gzip: gzipSync(readFileSync(join(dir, f.path)), { level: 6 }).length }]),
  );
}

export interface FirstQuery {
  bytes: number;
  parts: Record<string, number>;
  /** Largest number of files in one directory of the index (static hosts cap files per folder/site). */
  fragmentFiles: number;
}

const median = (xs: number[]): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/**
 * What the search page fetches before it can show the first results, from the
 * files Pagefind wrote (its index files are stored gzipped, so sizes on disk
 * are what travels; its two scripts are counted as stored, a host would gzip
 * them further): pagefind.js and its worker, the entry file, the WebAssembly
 * for the language, the language's meta file, the facet list (facets.json:
 * the filter files load only once a reader reaches for the facets), one index
 * chunk (the median one; a query touches one chunk per word) and the fragments
 * of the first `results` results (the search page shows 20; median fragment).
 * `filters (on demand)` is what reaching for the facets adds, not part of the sum.
 */
export function firstQueryBytes(pagefindDir: string, lang = 'en', results = 20): FirstQuery {
  const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);
  const list = (sub: string, prefix: string) =>
    existsSync(join(pagefindDir, sub))
      ? readdirSync(join(pagefindDir, sub))
          .filter((f) => f.startsWith(prefix))
          .map((f) => size(join(pagefindDir, sub, f)))
      : [];
  const meta = readdirSync(pagefindDir).filter((f) => f.startsWith(`pagefind.${lang}_`) && f.endsWith('.pf_meta'));
  const fragments = list('fragment', `${lang}_`);
  const parts: Record<string, number> = {
    'pagefind.js': size(join(pagefindDir, 'pagefind.js')),
    'pagefind-worker.js': size(join(pagefindDir, 'pagefind-worker.js')),
    'pagefind-entry.json': size(join(pagefindDir, 'pagefind-entry.json')),
    [`wasm.${lang}.pagefind`]: size(join(pagefindDir, `wasm.${lang}.pagefind`)),
    pf_meta: meta.reduce((a, f) => a + size(join(pagefindDir, f)), 0),
    'facets.json': size(join(pagefindDir, 'facets.json')),
    'index chunk (median)': median(list('index', `${lang}_`)),
    [`fragments (${results} x median)`]: Math.min(results, fragments.length) * median(fragments),
  };
  const bytes = Object.values(parts).reduce((a, b) => a + b, 0);
  parts['filters (on demand)'] = list('filter', `${lang}_`).reduce((a, b) => a + b, 0);
  return { bytes, parts, fragmentFiles: fragments.length };
}

export function pagefindStats(site: string): { files: number; bytes: number; fragments: number; indexChunks: number } | null {
  const dir = join(site, 'pagefind');
  if (!existsSync(dir)) return null;
  const files = walk(dir);
  const rel = (p: string) => relative(dir, p);
  return {
    files: files.length,
    bytes: files.reduce((a, f) => a + f.size, 0),
    fragments: files.filter((f) => rel(f.path).startsWith('fragment/')).length,
    indexChunks: files.filter((f) => rel(f.path).startsWith('index/')).length,
  };
}

export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(0)} kB`;
