/**
 * The built site as a reader sees it: dist/ served on localhost, driven in
 * headless Chromium. `npm test` builds the site before this runs.
 */

import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { sharedCrawl } from '../helpers/shared-crawl.ts';
import type { SiteCrawl } from '../helpers/site-crawl.ts';

let served: Served;
let browser: Browser;
let page: Page;
const dataset = JSON.parse(readFileSync('dist/data/casebook.json', 'utf8'));

let site: OpenSite;
let crawled: Promise<SiteCrawl>;

beforeAll(async () => {
  site = await openBuiltSite('dist');
  ({ served, browser } = site);
  page = await browser.newPage();
  mkdirSync('test-results/screenshots', { recursive: true });
  crawled = sharedCrawl();
  crawled.catch(() => {});
});

afterAll(async () => {
  await site?.close();
});

describe('built site', () => {
  it('renders the home page with the articles listed', async () => {
    await page.goto(served.url);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Casebook');
    // The home page previews the latest sources; the full list is one click away.
    expect(await page.locator('main a[href*="/articles/"]').count()).toBeGreaterThan(0);
    await page.goto(`${served.url}articles/`);
    for (const article of dataset.articles) {
      await expect(page.locator(`main a[href$="/articles/${article.id}/"]`).count()).resolves.toBeGreaterThan(0);
    }
  });

  it('finds the gallium article by searching "gallium"', async () => {
    const gallium = dataset.articles.find((a: { title: string }) => /gallium/i.test(a.title));
    expect(gallium).toBeDefined();
    await page.goto(`${served.url}search/?q=gallium`);
    await page.waitForSelector('#search-results li', { timeout: 15_000 });
    const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.includes(`/articles/${gallium.id}/`))).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/search-1280.png', fullPage: true });
  });

  it('serves the dataset at /data/casebook.json, identical to content/casebook.json', async () => {
    const response = await page.goto(`${served.url}data/casebook.json`);
    expect(response?.status()).toBe(200);
    expect(readFileSync('dist/data/casebook.json', 'utf8')).toBe(readFileSync('content/casebook.json', 'utf8'));
  });

  // Last: the article and case pages as the run's one visit of every page found them (tests/helpers/shared-crawl.ts),
  // which the tests above leave time for.
  it('shows each article page with its title', async () => {
    const { pages } = await crawled;
    for (const article of dataset.articles) expect(pages[`articles/${article.id}/`]?.h1, article.id).toEqual([article.title]);
  }, 300_000);

  it('shows each case page with its title and the summary from its MDX body', async () => {
    const { pages } = await crawled;
    for (const item of dataset.cases) {
      const seen = pages[`cases/${item.id}/`];
      expect(seen?.h1, item.id).toEqual([item.title]);
      expect(item.summary.length).toBeGreaterThan(0);
      expect(seen!.main.replace(/\s+/g, ' ')).toContain(item.summary.replace(/\s+/g, ' ').slice(0, 80));
    }
  }, 300_000);
});
