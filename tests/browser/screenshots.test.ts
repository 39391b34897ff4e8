/**
 * Screenshots of every page type at 1280 px and 375 px wide, light (whole
 * pages) and dark at 375 px (the first screen), into test-results/screenshots/
 * for a person to look at. The test
 * also fails on horizontal overflow at 375 px (nothing should scroll sideways
 * except wide tables and charts inside their own scroll boxes).
 */

import { existsSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { SCREENSHOTS, sharedCrawl } from '../helpers/shared-crawl.ts';
import type { SiteCrawl } from '../helpers/site-crawl.ts';
import { pageTypes } from '../helpers/site-pages.ts';

let served: Served;
let browser: Browser;
const OUT = SCREENSHOTS;

let site: OpenSite;
let crawled: Promise<SiteCrawl>;

beforeAll(async () => {
  site = await openBuiltSite('dist');
  ({ served, browser } = site);
  mkdirSync(OUT, { recursive: true });
  crawled = sharedCrawl();
  crawled.catch(() => {});
});

afterAll(async () => {
  await site?.close();
});

describe('screenshots', () => {
  it('every page type at 375 px', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 375, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const { name, path } of pageTypes()) {
        await page.goto(served.url + path);
        // The dark pass shows the palette on the first screen: below it, the page is the light pass's in other
        // colours (axe checks their contrast on the whole page, tests/browser/a11y.test.ts).
        await page.screenshot({ path: `${OUT}/${name}-375${scheme === 'dark' ? '-dark' : ''}.png`, fullPage: scheme === 'light' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  });

  it('every page type at 1280 px', async () => {
    // Taken by the run's one visit of every page (tests/helpers/shared-crawl.ts), awaited after the 375 px
    // passes, which run while it does. Light only: a dark pass at 1280 px would load every page for nothing
    // to look at or check.
    const { pages } = await crawled;
    for (const { name, path } of pageTypes()) {
      expect(pages[path]?.screenshot, path).toBe(`${OUT}/${name}-1280.png`);
      expect(existsSync(`${OUT}/${name}-1280.png`), `${name}-1280.png`).toBe(true);
    }
  }, 300_000);
});
