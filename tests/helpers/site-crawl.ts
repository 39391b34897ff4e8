/**
 * One visit of every page of a built site in Chromium, recording what the
 * page-by-page browser checks assert on: requests to other hosts, CSP
 * violations, script errors, dialogs, console errors and failed requests on
 * every page, and its headings and main text; on each page type (tests/helpers/site-pages.ts) also a 1280 px
 * screenshot and axe's findings in light mode. Several test files used to load
 * the same pages for one of these each (the audit, the page-type checks, axe,
 * the screenshots); a page load costs about 0.3 s of CPU, so each page is now
 * loaded once per run (tests/helpers/shared-crawl.ts) and the files assert on
 * what this recorded.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { axeContext, axeViolations, type Violation } from './axe.ts';
import { settle, watchedPage } from './hostile-watch.ts';
import { pageTypes } from './site-pages.ts';

/** What one page did while it loaded and ran. */
export interface PageRecord {
  /** Requests to another origin (they fail: see tests/helpers/browser.ts). */
  foreign: string[];
  /** Content-Security-Policy violations. */
  violations: string[];
  /** Uncaught script errors. */
  errors: string[];
  dialogs: string[];
  /** Console messages of type error (a CSP violation logs one too). */
  consoleErrors: string[];
  /** Requests answered with HTTP 400 or more, or not answered at all. */
  failedRequests: string[];
  /** The text of each h1, and of main as rendered (innerText): what a reader sees first. */
  h1: string[];
  main: string;
  /** The file of its 1280 px screenshot: page types only. */
  screenshot?: string;
  /** axe-core's findings, light mode, collapsed parts opened: page types only. */
  axe?: Violation[];
}

export interface SiteCrawl {
  /** By path under the site root: '' for the home page, 'cases/' for cases/index.html, '404.html'. */
  pages: Record<string, PageRecord>;
}

/** The viewport and scheme of the crawl: those the light-mode axe audit and the 1280 px screenshots ask for. */
export const CRAWL_VIEWPORT = { width: 1280, height: 900 };

/** Every HTML page of `dist`, as paths under the site root (Pagefind's own files left out). */
export function sitePaths(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(dist, dir)).flatMap((name) => {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(join(dist, rel)).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(rel);
      return name.endsWith('.html') ? [rel] : [];
    });
  return walk('')
    .sort()
    .map((file) => (file === 'index.html' ? '' : file.replace(/index\.html$/, '')));
}

/**
 * Console errors and failed requests of `page`, into whichever record `current()`
 * returns, and a wait until every request the page made has been answered
 * (what 'networkidle' gave, without its 500 ms of quiet per page).
 */
function recordTraffic(page: Page, current: () => PageRecord): () => Promise<void> {
  const open = new Set<Request>();
  let drained = () => {};
  page.on('console', (m) => m.type() === 'error' && current().consoleErrors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && current().failedRequests.push(`${r.url()}: HTTP ${r.status()}`));
  page.on('request', (r) => open.add(r));
  const answered = (r: Request) => {
    open.delete(r);
    if (!open.size) drained();
  };
  page.on('requestfinished', answered);
  page.on('requestfailed', (r) => {
    // Requests to other hosts fail by design (the proxy is not there); they are reported as `foreign`.
    if (r.url().startsWith(new URL(page.url()).origin)) current().failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`);
    answered(r);
  });
  return () => (open.size ? new Promise<void>((done) => (drained = done)) : Promise.resolve());
}

/**
 * Visit every page of the site served at `url` (built into `dist`) in one
 * light-mode context, one page after the other; page types get a screenshot
 * into `shots` and an axe audit as well.
 */
export async function crawlSite(browser: Browser, url: string, dist: string, shots: string): Promise<SiteCrawl> {
  mkdirSync(shots, { recursive: true });
  const types = new Map(pageTypes(dist).map((t) => [t.path, t.name]));
  // axe is given to the context as an init script (tests/helpers/axe.ts), so every page of the crawl carries it.
  const context = await axeContext(browser, { colorScheme: 'light', viewport: CRAWL_VIEWPORT });
  const { page, watch } = await watchedPage(context, new URL(url).origin);
  const pages: Record<string, PageRecord> = {};
  let record: PageRecord | undefined;
  const drain = recordTraffic(page, () => record!);
  for (const path of sitePaths(dist)) {
    const seen = { foreign: watch.foreign.length, violations: watch.violations.length, errors: watch.errors.length, dialogs: watch.dialogs.length };
    record = { foreign: [], violations: [], errors: [], dialogs: [], consoleErrors: [], failedRequests: [], h1: [], main: '' };
    pages[path] = record;
    await page.goto(url + path, { waitUntil: 'load' });
    await settle(page);
    await drain();
    for (const key of ['foreign', 'violations', 'errors', 'dialogs'] as const) record[key].push(...watch[key].slice(seen[key]));
    Object.assign(
      record,
      await page.evaluate(() => ({
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent ?? ''),
        main: document.querySelector('main')?.innerText ?? '',
      })),
    );
    const name = types.get(path);
    if (name === undefined) continue;
    record.screenshot = `${shots}/${name}-1280.png`;
    await page.screenshot({ path: record.screenshot, fullPage: true });
    // Open collapsed parts so they are audited too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    record.axe = await axeViolations(page);
  }
  await context.close();
  return { pages };
}
