/**
 * Screenshots of every page type at 1280 px and 375 px wide, light (and dark
 * at 375 px), into test-results/screenshots/ for a person to look at. The test
 * also fails on horizontal overflow at 375 px (nothing should scroll sideways
 * except wide tables and charts inside their own scroll boxes).
 */

import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/site-pages.ts';

let served: Served;
let browser: Browser;
const OUT = 'test-results/screenshots';

let site: OpenSite;

beforeAll(async () => {
  site = await openBuiltSite('dist');
  ({ served, browser } = site);
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

describe('screenshots', () => {
  for (const width of [1280, 375]) {
    it(`every page type at ${width} px`, async () => {
      // Dark mode at the narrow width only: at 1280 px it would load every page for nothing to look at or check.
      for (const scheme of width === 375 ? (['light', 'dark'] as const) : (['light'] as const)) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        for (const { name, path } of pageTypes()) {
          await page.goto(served.url + path);
          await page.screenshot({ path: `${OUT}/${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`, fullPage: true });
          if (width === 375) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
          }
        }
        await context.close();
      }
    });
  }
});
