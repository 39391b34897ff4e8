/**
 * Index the built site with Pagefind once `astro build` has exited (so the
 * indexer's memory does not add to Astro's), and fail the build
 * (never skip silently) when indexing errors or finds no page.
 *
 * Chinese passages of non-Chinese pages are marked `lang="zh"` in the
 * written HTML and added as Chinese records (url#anchor),
 * so a Chinese query finds them: Pagefind segments Chinese only in its
 * Chinese index. What each page contributes (filters, metadata, sort key) is
 * rendered into the page by src/components/SearchMeta.astro.
 */
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { FACETS_FILE } from '../shared/facets.ts';
import { markChineseBlocks, mayHaveHan } from './chinese-blocks.ts';
import { chineseRecords, pageUrl, readAnnotations } from './records.ts';

/** What Pagefind skips besides `data-pagefind-ignore` (the offline index skips the same). */
export const EXCLUDE = ['nav'];

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(`Search index: ${message}. The build stops here, so a site without working search is never published.`);
    this.name = 'SearchIndexError';
  }
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const BODY = Buffer.from('data-pagefind-body');
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d;

/** Whether the page's bytes carry the `data-pagefind-body` attribute (after whitespace, as in a tag). */
export function hasBodyAttribute(bytes: Buffer): boolean {
  for (let i = bytes.indexOf(BODY); i >= 0; i = bytes.indexOf(BODY, i + 1)) if (isSpace(bytes[i - 1])) return true;
  return false;
}

/**
 * Reads each file into one buffer, grown as needed; the bytes returned are valid
 * until the next call. A fresh buffer per page left this process holding ~100 MB
 * more while Pagefind's indexer (2.5 GB at 10,000 articles) ran next to it.
 */
function pageReader(): (file: string) => Buffer {
  let scratch = Buffer.alloc(1 << 20);
  return (file) => {
    const size = statSync(file).size;
    if (size > scratch.length) scratch = Buffer.alloc(size);
    const fd = openSync(file, 'r');
    let filled = 0;
    try {
      while (filled < size) {
        const n = readSync(fd, scratch, filled, size - filled, filled);
        if (n === 0) break; // the file shrank since stat: take what is there
        filled += n;
      }
    } finally {
      closeSync(fd);
    }
    return scratch.subarray(0, filled);
  };
}

const SEARCH_META = Buffer.from('data-casebook-search');
const DIV_END = Buffer.from('</div>');

/** Adds the filter values of a page (the hidden block SearchMeta.astro renders) to `counts`. */
export function countFilters(bytes: Buffer, counts: Record<string, Record<string, number>>): void {
  const at = bytes.indexOf(SEARCH_META);
  if (at < 0) return;
  const end = bytes.indexOf(DIV_END, at);
  const { filters } = readAnnotations(bytes.toString('utf8', at - 1, end < 0 ? undefined : end));
  for (const [key, values] of Object.entries(filters)) {
    const c = (counts[key] ??= {});
    for (const v of values) c[v] = (c[v] ?? 0) + 1;
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Index `site` (a built dist/) into `site/pagefind`. Each page is read once, as
 * bytes: the body attribute is found with Buffer.indexOf and only pages whose
 * bytes may hold a Han character are decoded and scanned for Chinese passages.
 * Then Pagefind reads the directory itself (addDirectory, in Rust), which was
 * measured faster than handing it the pages already read (addHTMLFile, over IPC).
 */
export async function indexSite(site: string, logger: { info(message: string): void; warn(message: string): void }): Promise<void> {
  const start = performance.now();
  const files = (await htmlFiles(site)).filter((file) => relative(site, file).split(sep)[0] !== 'pagefind');
  // Navigation inside a page's body (breadcrumbs) is not its content either.
  // One fragment file per page (Pagefind's default): bundling them (maxFragments)
  // made a first query fetch a 7 kB bundle per result instead of a 0.3 kB
  // fragment, and put a bundle name beside every page in the metadata a first
  // query downloads (docs/performance.md).
  // Pagefind's allocator (jemalloc) keeps its defaults: returning freed pages at
  // once (dirty_decay_ms:0) doubled the indexer's CPU time, and its peak (2.0 GB
  // at 10,000 articles) is below Astro's either way (docs/performance.md).
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
  if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ') || 'no reason given'}`);
  try {
    const records: pagefind.CustomRecord[] = [];
    let bodies = 0;
    let marked = 0;
    const facets: Record<string, Record<string, number>> = {};
    const read = pageReader();
    for (const file of files) {
      const bytes = read(file);
      if (!hasBodyAttribute(bytes)) continue;
      bodies++;
      countFilters(bytes, facets);
      if (!mayHaveHan(bytes)) continue;
      const html = bytes.toString('utf8');
      const result = markChineseBlocks(html);
      if (!result.passages.length && result.html === html) continue;
      if (result.html !== html) {
        writeFileSync(file, result.html);
        marked++;
      }
      records.push(...chineseRecords(result.html, pageUrl(relative(site, file)), result.passages));
    }
    const scanned = seconds(start);
    if (bodies === 0) throw new SearchIndexError(`no page in ${site} carries data-pagefind-body (pages pass a \`kind\` to Base.astro to be indexed)`);

    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new SearchIndexError(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new SearchIndexError(`Pagefind indexed no pages in ${site}`);
    if (added.page_count < bodies) logger.warn(`Pagefind indexed ${added.page_count} of ${bodies} pages marked data-pagefind-body`);
    const indexed = seconds(start);
    for (const record of records) {
      const r = await index.addCustomRecord(record);
      if (r.errors.length) throw new SearchIndexError(`Pagefind refused the Chinese passage ${record.url}: ${r.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    writeFileSync(join(site, 'pagefind', FACETS_FILE), JSON.stringify(facets));
    logger.info(
      `Pagefind indexed ${bodies} pages${records.length ? ` and ${records.length} Chinese passages of other pages` : ''} in ${seconds(start)}` +
        ` (pages read and ${marked} marked by ${scanned}, indexed by ${indexed}, then written)`,
    );
  } finally {
    await pagefind.close();
  }
}
