/**
 * A search page that forgives: a misspelt query is offered the archive's own
 * spelling ("Did you mean gallium?"), and on a phone the filters fold behind a
 * button so the first result is on the first screen. Built dist/ served on
 * localhost, at 1280 px and 390 px, light and dark (screenshots for a person to look at).
 */

import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { resultPaths, waitForResults } from './search-helpers.ts';

const DIST = process.env.CASEBOOK_DIST ?? 'dist';
const OUT = 'test-results/screenshots';
let served: Served;
let browser: Browser;
let site: OpenSite;

beforeAll(async () => {
  site = await openBuiltSite(DIST, 'pagefind/pagefind.js');
  ({ served, browser } = site);
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

async function open(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme });
  return { context, page: await context.newPage() };
}

describe('did you mean', () => {
  for (const width of [1280, 390]) {
    it(`a misspelt query is offered the archive's spelling, which runs as a search kept in the URL (${width} px)`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const { context, page } = await open(width, scheme);
        await page.goto(`${served.url}search/?q=galium`);
        await waitForResults(page);
        expect(await resultPaths(page)).toEqual([]);
        const offer = page.locator('#search-suggestion');
        await expect(offer.isVisible()).resolves.toBe(true);
        await expect(offer.textContent()).resolves.toBe('Did you mean gallium?');
        const link = offer.locator('a');
        expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('q')).toBe('gallium');
        await page.screenshot({ path: `${OUT}/search-did-you-mean-${width}${scheme === 'dark' ? '-dark' : ''}.png` });
        if (scheme === 'light') {
          await link.click();
          await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-query') === '?q=gallium');
          expect(new URL(page.url()).searchParams.get('q')).toBe('gallium');
          await expect(page.locator('#q').inputValue()).resolves.toBe('gallium');
          expect((await resultPaths(page)).length).toBeGreaterThan(0);
          await expect(offer.isVisible()).resolves.toBe(false);
          // Back returns to the misspelt search, as with any other search.
          await page.goBack();
          await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-query') === '?q=galium');
        }
        await context.close();
      }
    });
  }

  it('keeps the filters of the search it corrects, and offers nothing when a search finds something', async () => {
    const { context, page } = await open(1280);
    await page.goto(`${served.url}search/?q=galium&type=case`);
    await waitForResults(page);
    const href = await page.locator('#search-suggestion a').getAttribute('href');
    const params = new URL(href!, page.url()).searchParams;
    expect(params.get('q')).toBe('gallium');
    expect(params.getAll('type')).toEqual(['case']);
    await page.goto(`${served.url}search/?q=gallium`);
    await waitForResults(page);
    await expect(page.locator('#search-suggestion').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('offers nothing rather than a correction that finds nothing either', async () => {
    const { context, page } = await open(1280);
    await page.goto(`${served.url}search/?q=zzqxv+wombat`);
    await waitForResults(page);
    await expect(page.locator('#search-suggestion').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('filters on a narrow screen', () => {
  it('at 390 px the filters fold behind a button and the first result is on the first screen', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { context, page } = await open(390, scheme);
      await page.goto(`${served.url}search/?q=gallium`);
      await waitForResults(page);
      await page.waitForSelector('#search-facets fieldset', { state: 'attached' });
      const toggle = page.locator('#search-filters-toggle');
      await expect(toggle.isVisible()).resolves.toBe(true);
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(toggle.getAttribute('aria-controls')).resolves.toBe('search-facets');
      await expect(page.locator('#search-facets').isVisible()).resolves.toBe(false);
      const first = await page.locator('#search-results li').first().boundingBox();
      expect(first!.y + 40, `first result starts at ${first!.y} px`).toBeLessThan(844);
      if (scheme === 'light') console.log(`search at 390 px: the first result starts ${Math.round(first!.y)} px down`);
      await page.screenshot({ path: `${OUT}/search-folded-390${scheme === 'dark' ? '-dark' : ''}.png` });
      await toggle.click();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(page.locator('#search-facets input[name="type"][value="case"]').isVisible()).resolves.toBe(true);
      if (scheme === 'light') await page.screenshot({ path: `${OUT}/search-unfolded-390.png` });
      await context.close();
    }
  });

  it('at 390 px the filters are reached by keyboard and the button counts those on', async () => {
    const { context, page } = await open(390);
    await page.goto(`${served.url}search/?q=gallium&type=case`);
    await waitForResults(page);
    await page.waitForSelector('#search-facets fieldset', { state: 'attached' });
    const toggle = page.locator('#search-filters-toggle');
    await expect(toggle.textContent()).resolves.toBe('Filters (1 on)');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { inFacets: !!el?.closest('#search-facets'), type: el?.type };
    });
    expect(focused).toEqual({ inFacets: true, type: 'checkbox' });
    // Ticking one more filter updates the count on the button.
    await page.locator('#search-facets input[name="type"][value="article"]').check();
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('data-query')?.includes('type=article'));
    await expect(toggle.textContent()).resolves.toBe('Filters (2 on)');
    await page.keyboard.press('Shift+Tab');
    await context.close();
  });

  it('at 1280 px there is no button and the filters are shown beside the results, as before', async () => {
    const { context, page } = await open(1280);
    await page.goto(`${served.url}search/?q=gallium`);
    await waitForResults(page);
    await page.waitForSelector('#search-facets fieldset', { state: 'attached' });
    await expect(page.locator('#search-filters-toggle').isVisible()).resolves.toBe(false);
    await expect(page.locator('#search-facets').isVisible()).resolves.toBe(true);
    const facets = (await page.locator('#search-facets').boundingBox())!;
    const results = (await page.locator('#search-results').boundingBox())!;
    expect(facets.x + facets.width).toBeLessThanOrEqual(results.x);
    expect(Math.abs(facets.y - results.y)).toBeLessThan(120);
    await context.close();
  });
});
