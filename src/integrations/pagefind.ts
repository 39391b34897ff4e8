/**
 * Index the built site with Pagefind when `astro build` finishes, and fail the
 * build (never skip silently) when indexing errors or finds no page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'casebook-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error(`Pagefind indexed no pages in ${site}: check that pages carry data-pagefind-body`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind indexed ${added.page_count} pages`);
      },
    },
  };
}
