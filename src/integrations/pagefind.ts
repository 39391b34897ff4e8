/**
 * Index the built site with Pagefind when `astro build` finishes, and fail the
 * build (never skip silently) when indexing errors or finds no page.
 *
 * Before indexing, Chinese passages of non-Chinese pages are marked
 * `lang="zh"` in the written HTML and added as Chinese records (url#anchor),
 * so a Chinese query finds them: Pagefind segments Chinese only in its
 * Chinese index. What each page contributes (filters, metadata, sort key) is
 * rendered into the page by src/components/SearchMeta.astro.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { markChineseBlocks } from '../lib/search-lang.ts';
import { chineseRecords, pageUrl } from '../lib/search-records.ts';

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
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name)).sort();
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'casebook-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const records: pagefind.CustomRecord[] = [];
        let bodies = 0;
        for (const file of await htmlFiles(site)) {
          if (relative(site, file).split(sep)[0] === 'pagefind') continue;
          const html = await readFile(file, 'utf8');
          if (!/\sdata-pagefind-body/.test(html)) continue;
          bodies++;
          const marked = markChineseBlocks(html);
          if (marked.html !== html) await writeFile(file, marked.html);
          records.push(...chineseRecords(marked.html, pageUrl(relative(site, file)), marked.passages));
        }
        if (bodies === 0) throw new SearchIndexError(`no page in ${site} carries data-pagefind-body (pages pass a \`kind\` to Base.astro to be indexed)`);

        // Navigation inside a page's body (breadcrumbs) is not its content either.
        // One fragment file per page would put tens of thousands of files on a static
        // host at 10,000 articles; 1,000 per language costs ~13 kB more on a first query (docs/performance.md).
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE, maxFragments: 1000 });
        if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ') || 'no reason given'}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new SearchIndexError(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new SearchIndexError(`Pagefind indexed no pages in ${site}`);
          if (added.page_count < bodies) logger.warn(`Pagefind indexed ${added.page_count} of ${bodies} pages marked data-pagefind-body`);
          for (const record of records) {
            const r = await index.addCustomRecord(record);
            if (r.errors.length) throw new SearchIndexError(`Pagefind refused the Chinese passage ${record.url}: ${r.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${bodies} pages${records.length ? ` and ${records.length} Chinese passages of other pages` : ''}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
