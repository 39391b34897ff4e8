/**
 * Screenshots of every page type at 1280 px and 375 px wide, in light and
 * dark mode, into test-results/screenshots/ for a person to look at. The test
 * also fails on horizontal overflow at 375 px (nothing should scroll sideways
 * except wide tables and charts inside their own scroll boxes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { launch } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/site-pages.ts';

let served: Served;
let browser: Browser;
const OUT = 'test-results/screenshots';

beforeAll(async () => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  served = await serve('dist');
  browser = await launch();
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('screenshots', () => {
  for (const width of [1280, 375]) {
    it(`every page type at ${width} px`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        for (const { name, path } of pageTypes()) {
          await page.goto(served.url + path);
          if (scheme === 'light' || width === 375) await page.screenshot({ path: `${OUT}/${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`, fullPage: true });
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
