/**
 * The crawl of a built site (tests/helpers/site-crawl.ts), made once per run of
 * the browser project and shared by the files that assert on it. The test files
 * run in separate workers, so the sharing goes through the run's folder
 * (`crawlDir`, made by tests/helpers/browser-server.ts): the first file to ask
 * takes a lock (an atomic mkdir) and crawls; the others wait for its JSON. Only
 * a run that asks for it pays for it, so one test file run alone still crawls
 * only when it needs to.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { launch } from './browser.ts';
import { crawlSite, type SiteCrawl } from './site-crawl.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder of this run where the site crawl is kept; empty when files run without the project's setup. */
    crawlDir: string;
  }
}

/** Where the 1280 px screenshots of the page types go (tests/browser/screenshots.test.ts writes the others there). */
export const SCREENSHOTS = 'test-results/screenshots';

async function crawl(dist: string): Promise<SiteCrawl> {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npm run build\` first`);
  const served = await serve(dist);
  const browser = await launch();
  try {
    return await crawlSite(browser, served.url, dist, SCREENSHOTS);
  } finally {
    await browser.close();
    await served.close();
  }
}

/** Whether the process that took the lock still runs (its pid is written inside the lock folder). */
async function holderAlive(lock: string): Promise<boolean> {
  const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
  // Not written yet: the holder is between its mkdir and its writeFile.
  if (!pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves once `file` exists (written whole, by rename), or rejects once `failed` does; undefined if the
 * holder of the lock died without writing either (a worker stopped mid-crawl), so the caller crawls itself
 * rather than waiting for ever.
 */
async function waitFor(file: string, failed: string, lock: string): Promise<SiteCrawl | undefined> {
  for (;;) {
    if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8'));
    if (existsSync(failed)) throw new Error(`the shared crawl failed in another file: ${await readFile(failed, 'utf8')}`);
    if (!(await holderAlive(lock))) return undefined;
    await new Promise((wake) => setTimeout(wake, 200));
  }
}

/** The crawl of `dist` for this run: made here if no other file has started it, else theirs. */
export async function sharedCrawl(dist = 'dist'): Promise<SiteCrawl> {
  const dir = inject('crawlDir');
  if (!dir) return crawl(dist);
  const key = createHash('sha256').update(resolve(dist)).digest('hex').slice(0, 16);
  const [lock, file, failed] = ['lock', 'json', 'error'].map((ext) => join(dir, `${key}.${ext}`)) as [string, string, string];
  try {
    await mkdir(lock);
    await writeFile(join(lock, 'pid'), String(process.pid));
  } catch {
    return (await waitFor(file, failed, lock)) ?? crawl(dist);
  }
  try {
    const result = await crawl(dist);
    await writeFile(`${file}.tmp`, JSON.stringify(result));
    await rename(`${file}.tmp`, file);
    return result;
  } catch (error) {
    await writeFile(failed, String((error as Error).stack ?? error));
    throw error;
  }
}
