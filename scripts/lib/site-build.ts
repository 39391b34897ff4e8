/**
 * The site half of `npm run build`, once content/ is ready: `astro build`
 * (pages), then, after Astro has exited and freed its memory, the files made
 * from the dataset (citations) and the Pagefind index. Run one after the other
 * rather than in Astro's build-done hook, the peak memory is the larger of the
 * two, not their sum (issue 8: 4.6 GB + Pagefind's at 10,000 articles).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BASE_PATH, SITE_URL } from '../../src/site.config.ts';
import { writeCitationFiles } from './citation-files.ts';
import { indexSite } from './search-index.ts';

export interface SiteBuildOptions {
  contentDir: string;
  outDir: string;
  quiet?: boolean;
  log?: (line: string) => void;
}

/** Build the pages with Astro in its own process; returns its exit status. */
export function astroBuild({ contentDir, outDir, quiet }: SiteBuildOptions): number {
  const args = ['node_modules/astro/bin/astro.mjs', 'build', ...(quiet ? ['--silent'] : []), '--outDir', outDir];
  // At 10,000 articles the content store and site model outgrow Node's default 4 GB heap (docs/performance.md).
  const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=8192'];
  const astro = spawnSync(process.execPath, [...heap, ...args], { stdio: 'inherit', env: { ...process.env, CASEBOOK_CONTENT: contentDir } });
  return astro.status ?? 1;
}

/** What follows Astro: citation files from the dataset, then the search index over every page. */
export async function finishSite({ contentDir, outDir, quiet, log = console.log }: SiteBuildOptions): Promise<void> {
  const start = performance.now();
  const cases = await writeCitationFiles(join(contentDir, 'casebook.json'), outDir, { site: SITE_URL, base: BASE_PATH });
  if (!quiet) log(`citations: cite.bib and cite.json for ${cases} cases in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  await indexSite(outDir, { info: (m) => !quiet && log(`search: ${m}`), warn: (m) => log(`search: warning: ${m}`) });
}
