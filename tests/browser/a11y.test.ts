/**
 * axe-core on every page type of the built site, in Chromium: no violations of
 * WCAG 2.0-2.2 A/AA rules (target size included) or axe's best practices in
 * light mode, and no colour violations in dark mode. Also checks the skip link
 * and keyboard focus.
 */

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { axeContext, axeViolations, COLOUR_RULES, type Violation } from '../helpers/axe.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { sharedCrawl } from '../helpers/shared-crawl.ts';
import { CRAWL_VIEWPORT, type SiteCrawl } from '../helpers/site-crawl.ts';
import { pageTypes } from '../helpers/site-pages.ts';

let served: Served;
let browser: Browser;

let site: OpenSite;
let crawled: Promise<SiteCrawl>;

beforeAll(async () => {
  site = await openBuiltSite('dist');
  ({ served, browser } = site);
  crawled = sharedCrawl();
  crawled.catch(() => {});
});

afterAll(async () => {
  await site?.close();
});

describe('accessibility (axe-core)', () => {
  it('reports no colour violations on any page type, dark mode', async () => {
    const context = await axeContext(browser, { colorScheme: 'dark', viewport: CRAWL_VIEWPORT });
    const page = await context.newPage();
    const found: Record<string, Violation[]> = {};
    for (const { name, path } of pageTypes()) {
      await page.goto(served.url + path);
      // Open collapsed parts so they are audited too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // Only what the colour scheme changes: every other rule runs on the same markup in light mode below.
      const violations = await axeViolations(page, COLOUR_RULES);
      if (violations.length) found[name] = violations;
    }
    await context.close();
    expect(found).toEqual({});
  });

  it('reports no violations on any page type, light mode', async () => {
    // After the dark pass, which runs while the crawl does. Light mode at 1280 px is what the run's one visit of every page records (tests/helpers/shared-crawl.ts).
    const { pages } = await crawled;
    const found: Record<string, Violation[]> = {};
    for (const { name, path } of pageTypes()) {
      const violations = pages[path]?.axe;
      if (!violations) throw new Error(`/${path} was not audited by the crawl`);
      if (violations.length) found[name] = violations;
    }
    expect(found).toEqual({});
  }, 300_000);

  it('has a skip link as the first focus stop, and visible focus on links', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}cases/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.locator('.skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.tag).toBe('A');
    expect(outline.outline).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
