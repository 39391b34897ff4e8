/**
 * The site half of `npm run build`, once content/ is ready: `astro build`
 * (pages), then, after Astro has exited and freed its memory, the Pagefind
 * index and the citation files made from the dataset. One after the other
 * rather than in Astro's build-done hook, the peak memory is the larger of the
 * two, not their sum (4.6 GB + Pagefind's at 10,000 articles).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKED_PAGES_ENV } from '../../src/integrations/content-policy.ts';
import { indexSite } from '../../src/search/build/pagefind-index.ts';
import { BASE_PATH, SITE_UNSET_NOTICE, SITE_URL } from '../../src/site.config.ts';
import { writeCitationFiles } from './citation-files.ts';
import { childrenReaped } from './stage-clock.ts';

export interface SiteBuildOptions {
  contentDir: string;
  outDir: string;
  quiet?: boolean;
  /** The fingerprint of the pages a check has just passed (pagesFingerprint), handed to Astro's policy gate. */
  checked?: string;
  log?: (line: string) => void;
  /** Called as each stage after Astro ends ('search index', 'citations'), to time it. */
  lap?: (stage: string) => void;
}

/**
 * Astro's heap limit for a dataset of `bytes` (content/casebook.json): 11x its
 * size, at least 1 GB. With more room V8 collects late and the process grows
 * to what it is allowed (3.8 GB at 10,000 articles with 8 GB allowed, 2.9 GB
 * with 2 GB; the site build of 10,000 articles peaked at 2.65 GB with 14x and
 * 2.41 GB with 10.7x, in the same conditions and the same CPU time); the build
 * needs under 10x the dataset (10,000 articles built with 1.25 GB allowed,
 * dataset 124 MB), so 11x keeps a margin as the archive grows.
 */
export function astroHeapMb(bytes: number): number {
  return Math.max(1024, Math.ceil((11 * bytes) / 2 ** 20));
}

/** Build the pages with Astro in its own process; returns its exit status. */
export function astroBuild({ contentDir, outDir, quiet, checked }: SiteBuildOptions): number {
  const args = ['node_modules/astro/bin/astro.mjs', 'build', ...(quiet ? ['--silent'] : []), '--outDir', outDir];
  const dataset = join(contentDir, 'casebook.json');
  const mb = astroHeapMb(existsSync(dataset) ? statSync(dataset).size : 0);
  const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${mb}`];
  const astro = spawnSync(process.execPath, [...heap, ...args], {
    stdio: 'inherit',
    env: { ...process.env, CASEBOOK_CONTENT: contentDir, ...(checked ? { [CHECKED_PAGES_ENV]: checked } : {}) },
  });
  return astro.status ?? 1;
}

/**
 * What follows Astro: the search index over every page, then citation files
 * from the dataset. In that order because Pagefind's indexer is the larger of
 * the two (2.5 GB at 10,000 articles) and the dataset read for citations
 * would still be on this process's heap while it runs.
 */
export async function finishSite({ contentDir, outDir, quiet, log = console.log, lap }: SiteBuildOptions): Promise<void> {
  if (!SITE_URL) log(`build: ${SITE_UNSET_NOTICE}`);
  await indexSite(outDir, { info: (m) => !quiet && log(`search: ${m}`), warn: (m) => log(`search: warning: ${m}`) });
  // So that the indexer's CPU time is counted (GNU time, the stage times) before this process moves on.
  await childrenReaped();
  lap?.('search index');
  const start = performance.now();
  const cases = writeCitationFiles(join(contentDir, 'casebook.json'), outDir, { site: SITE_URL, base: BASE_PATH });
  if (!quiet) log(`citations: cite.bib and cite.json for ${cases} cases in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  lap?.('citations');
}
