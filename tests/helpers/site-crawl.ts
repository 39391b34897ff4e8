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
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { axeContext, axeViolations, type Violation } from './axe.ts';
import { settle, type Watch, watchedPage } from './hostile-watch.ts';
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

/** One watched page in a context of its own, and the record of the path it is on. */
interface Visitor {
  page: Page;
  watch: Watch;
  record?: PageRecord;
  drain: () => Promise<void>;
}

async function visitor(context: BrowserContext, origin: string): Promise<Visitor> {
  const { page, watch } = await watchedPage(context, origin);
  const v: Visitor = { page, watch, drain: async () => {} };
  v.drain = recordTraffic(page, () => v.record!);
  return v;
}

/** Load `url` in `v`'s page and record what it did into a new record. */
async function visit(v: Visitor, url: string): Promise<PageRecord> {
  const { page, watch } = v;
  const seen = { foreign: watch.foreign.length, violations: watch.violations.length, errors: watch.errors.length, dialogs: watch.dialogs.length };
  const record: PageRecord = { foreign: [], violations: [], errors: [], dialogs: [], consoleErrors: [], failedRequests: [], h1: [], main: '' };
  v.record = record;
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  await v.drain();
  for (const key of ['foreign', 'violations', 'errors', 'dialogs'] as const) record[key].push(...watch[key].slice(seen[key]));
  Object.assign(
    record,
    await page.evaluate(() => ({
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent ?? ''),
      main: document.querySelector('main')?.innerText ?? '',
    })),
  );
  return record;
}

/**
 * Visit every page of the site served at `url` (built into `dist`) in light
 * mode, one page after the other; page types get a screenshot into `shots` and
 * an axe audit as well. They are visited in a context that carries axe (as an
 * init script, tests/helpers/axe.ts), the other pages in one without it:
 * compiling axe's 550 kB on every page of the site cost about 12 s of CPU.
 */
export async function crawlSite(browser: Browser, url: string, dist: string, shots: string): Promise<SiteCrawl> {
  mkdirSync(shots, { recursive: true });
  const types = new Map(pageTypes(dist).map((t) => [t.path, t.name]));
  const origin = new URL(url).origin;
  const plainContext = await browser.newContext({ colorScheme: 'light', viewport: CRAWL_VIEWPORT });
  const axeCarrying = await axeContext(browser, { colorScheme: 'light', viewport: CRAWL_VIEWPORT });
  const plain = await visitor(plainContext, origin);
  const audited = await visitor(axeCarrying, origin);
  const pages: Record<string, PageRecord> = {};
  for (const path of sitePaths(dist)) {
    const name = types.get(path);
    const record = await visit(name === undefined ? plain : audited, url + path);
    pages[path] = record;
    if (name === undefined) continue;
    record.screenshot = `${shots}/${name}-1280.png`;
    await audited.page.screenshot({ path: record.screenshot, fullPage: true });
    // Open collapsed parts so they are audited too.
    await audited.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    record.axe = await axeViolations(audited.page);
  }
  await plainContext.close();
  await axeCarrying.close();
  return { pages };
}
