/**
 * Search on the hosted site: the built dist/ (or CASEBOOK_DIST) served on
 * localhost, Pagefind answering in headless Chromium. The expected cases are
 * found in the dataset by their content, so the tests follow the extraction.
 */

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { axeContext, axeViolations } from '../helpers/axe.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { expectedCases, resultPaths, waitForResults } from './search-helpers.ts';

const DIST = process.env.CASEBOOK_DIST ?? 'dist';
let served: Served;
let browser: Browser;
let page: Page;
const dataset = JSON.parse(readFileSync(`${DIST}/data/casebook.json`, 'utf8'));
const expected = expectedCases(dataset);

let site: OpenSite;

beforeAll(async () => {
  site = await openBuiltSite(DIST, 'pagefind/pagefind.js');
  ({ served, browser } = site);
  page = await browser.newPage();
  mkdirSync('test-results/screenshots', { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

async function search(p: Page, query: string): Promise<string[]> {
  await p.goto(`${served.url}search/?${query}`);
  await waitForResults(p);
  return resultPaths(p);
}

describe('search finds the right case for what a reader types', () => {
  it.each(Object.keys(expected))('%s', async (query) => {
    const ids = expected[query]!;
    expect(ids.length, `no case in the dataset matches "${query}"`).toBeGreaterThan(0);
    const paths = await search(page, new URLSearchParams({ q: query }).toString());
    const rank = paths.findIndex((p) => ids.some((id) => p === `cases/${id}/`));
    expect(rank, `none of ${ids.join(', ')} in the top 3 for "${query}": ${paths.slice(0, 5).join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
  });

  it('shows type, date, outlet and a highlighted excerpt for each result', async () => {
    await search(page, 'q=gallium&type=case');
    const first = page.locator('#search-results li').first();
    await expect(first.locator('.search-result-type').textContent()).resolves.toBe('Case');
    await expect(first.locator('.search-result-excerpt mark').count()).resolves.toBeGreaterThan(0);
    // The title is the result's link: the excerpt shows the page's text, not its heading again
    // ("Gallium" above "Gallium. Gallium is a soft metal…").
    await search(page, 'q=gallium');
    const shown = await page
      .locator('#search-results li')
      .evaluateAll((items) =>
        items.map((li) => ({ title: li.querySelector('h2')?.textContent ?? '', excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '' })),
      );
    expect(shown.length).toBeGreaterThan(1);
    const echoed = shown.filter(({ title, excerpt }) => {
      const opening = excerpt.split(/[.:]\s/)[0]!.trim();
      return opening.length > 0 && title.toLowerCase().endsWith(opening.toLowerCase());
    });
    expect(echoed).toEqual([]);
    // The gallium case's one source names no outlet and no incident date, so dates and outlets are
    // looked for across a broader search.
    await search(page, 'q=espionage');
    const withDate = await page.locator('#search-results li time[datetime]').count();
    const withOutlet = await page.locator('#search-results li .search-result-outlet').count();
    expect(withDate + withOutlet).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/screenshots/search-results-1280.png', fullPage: true });
    // A case's facts are followed by the numbers of the paragraphs they cite: those are links for the page, not
    // words of the excerpt ("(sentenced to 2 years)1. Law invoked").
    const excerpts = await page.locator('#search-results .search-result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((text) => /[\p{L})]\d+\.\s/u.test(text))).toEqual([]);
    // Nor the article page's section heading above its text ("…espionage cases. Text. China's Ministry…").
    expect(excerpts.filter((text) => /(?:^|\.\s)Text\.\s/.test(text))).toEqual([]);
  });
});

describe('filters, shared URLs and history', () => {
  it('a filter narrows the results and goes into the URL', async () => {
    const all = await search(page, 'q=gallium');
    await page.locator('#search-facets input[name="type"][value="case"]').check();
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-query')?.includes('type=case'));
    const cases = await resultPaths(page);
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.length).toBeLessThan(all.length);
    expect(cases.every((p) => p.startsWith('cases/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['case']);
  });

  it('a topic filter (material) narrows to the pages about it', async () => {
    const material = dataset.topics.find(
      (t: { id: string; kind: string }) => t.kind === 'material' && dataset.cases.some((c: { topics: string[] }) => c.topics.includes(t.id)),
    );
    const paths = await search(page, `type=case&material=${material.id}`);
    const want = dataset.cases
      .filter((c: { topics: string[] }) => c.topics.includes(material.id))
      .map((c: { id: string }) => `cases/${c.id}/`)
      .sort();
    expect(paths.sort()).toEqual(want);
  });

  it('a shared URL restores the search: query, filters and order', async () => {
    const other = await browser.newPage();
    await other.goto(`${served.url}search/?q=gallium&type=case&sort=newest`);
    await waitForResults(other);
    await expect(other.locator('#q').inputValue()).resolves.toBe('gallium');
    await expect(other.locator('#search-facets input[name="type"][value="case"]').isChecked()).resolves.toBe(true);
    await expect(other.locator('#search-sort').inputValue()).resolves.toBe('newest');
    expect((await resultPaths(other)).every((p) => p.startsWith('cases/'))).toBe(true);
    await other.close();
  });

  it('sorting by date puts the newest first and keeps undated pages', async () => {
    const relevance = await search(page, 'type=case');
    const newest = await search(page, 'type=case&sort=newest');
    expect(newest.sort()).toEqual(relevance.sort());
    const dates = await page.locator('#search-results li').evaluateAll((lis) => lis.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''));
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.lastIndexOf('') === -1 || dates.indexOf('') >= dated.length).toBe(true);
  });

  it('the back button returns to the previous search', async () => {
    await search(page, 'q=gallium');
    await page.fill('#q', 'Xishan');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-query') === '?q=Xishan');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-query') === '?q=gallium');
    await expect(page.locator('#q').inputValue()).resolves.toBe('gallium');
    expect(new URL(page.url()).searchParams.get('q')).toBe('gallium');
  });
});

describe('header search box and opened results', () => {
  it('/ and Ctrl+K focus the header box on any page; Enter searches', async () => {
    const id = Object.values(expected).flat()[0]!;
    await page.goto(`${served.url}cases/${id}/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-q');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-q');
    await page.keyboard.type('gallium');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=gallium/);
    await waitForResults(page);
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
  });

  it('without JavaScript the header box still leads to the topic index', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${served.url}cases/`);
    await p.fill('#site-q', 'gallium');
    await p.press('#site-q', 'Enter');
    await p.waitForURL(/\/search\/\?q=gallium/);
    // With scripting off, <noscript> content is part of the page: the topic index is one visible link away.
    await expect(p.locator('main a[href$="topics/"]').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('the opened result highlights the searched words', async () => {
    await search(page, 'q=Qi+sentenced');
    await page.locator('#search-results li a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toContain('pagefind-highlight=');
    await page.waitForSelector('main mark.search-hit');
    const marks = await page.locator('main mark.search-hit').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['qi']));
  });

  it('indexes page content only: navigation and footer words do not match', async () => {
    // "Dataset (JSON)" is footer text on every page: searching its unusual word finds nothing.
    const paths = await search(page, 'q=Casebook+collects+claims');
    expect(paths).toEqual([]);
  });
});

describe('accessibility of the search page with results and filters', () => {
  it('has no axe-core violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await axeContext(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
      const p = await context.newPage();
      await p.goto(`${served.url}search/?q=gallium&type=case`);
      await waitForResults(p);
      const violations = (await axeViolations(p)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      await context.close();
      expect(violations, colorScheme).toEqual([]);
    }
  });
});

describe('search cost for a reader', () => {
  it('records the bytes downloaded and the time to first results for a first query', async () => {
    // Counted at the server (Pagefind fetches from a worker, which page-level tracing misses); files are served uncompressed.
    const requested: string[] = [];
    const listener = (req: { url?: string }) => requested.push(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    served.server.on('request', listener);
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    const started = Date.now();
    await p.goto(`${served.url}search/?q=gallium`);
    await p.waitForSelector('#search-results li');
    const wallMs = Date.now() - started;
    await waitForResults(p);
    const sincePageStart = Math.round(Number(await p.evaluate(() => performance.now())));
    served.server.off('request', listener);
    const size = (path: string) => {
      const file = `${DIST}/${path.replace(/^\//, '').replace(/\/$/, '/index.html')}`;
      return existsSync(file) ? statSync(file).size : 0;
    };
    const pagefindFiles = requested.filter((r) => r.startsWith('/pagefind/'));
    const pageFiles = requested.filter((r) => !r.startsWith('/pagefind/'));
    const sum = (xs: string[]) => xs.reduce((a, r) => a + size(r), 0);
    const metrics = {
      query: 'gallium',
      pagesIndexed: JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8')).languages.en?.page_count,
      searchPayloadBytes: sum(pagefindFiles),
      searchRequests: pagefindFiles.length,
      pageBytes: sum(pageFiles),
      firstResultsMs: wallMs,
      firstResultsSincePageStartMs: sincePageStart,
      files: requested.map((r) => `${r} ${size(r)}`),
    };
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/search-metrics.json', `${JSON.stringify(metrics, null, 2)}\n`);
    console.log(
      `search: first query "gallium" downloads ${(metrics.searchPayloadBytes / 1024).toFixed(0)} KB of search files in ${pagefindFiles.length} requests (+ ${(metrics.pageBytes / 1024).toFixed(0)} KB page); results ${wallMs} ms after navigation`,
    );
    expect(metrics.searchPayloadBytes).toBeGreaterThan(0);
    expect(metrics.searchPayloadBytes).toBeLessThan(1024 * 1024);
    // Filter files (hundreds of kB on a large archive) wait until a reader reaches for the facets.
    expect(pagefindFiles.filter((f) => f.endsWith('.pf_filter'))).toEqual([]);
    await fresh.close();
  });
});
