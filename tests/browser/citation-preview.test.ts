/**
 * Citation previews on a case page: hovering a citation number, or reaching it
 * with the keyboard, shows the cited passage, its outlet and paragraph number
 * without leaving the page; a screen reader gets the same as the number's
 * description. Built dist/ served on localhost, 1280 px and 390 px, light and dark.
 */

import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/site-pages.ts';

const DIST = process.env.CASEBOOK_DIST ?? 'dist';
const OUT = 'test-results/screenshots';
let served: Served;
let browser: Browser;
let site: OpenSite;
const casePath = pageTypes(DIST).find((p) => p.name === 'case')!.path;

beforeAll(async () => {
  site = await openBuiltSite(DIST);
  ({ served, browser } = site);
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

const visiblePreviews = (page: Page) => page.locator('.cite-preview:visible');

/** What the preview of a citation link says, and what the quote it cites says (the full paragraph below the facts). */
async function previewOf(page: Page, index: number) {
  return page
    .locator('.facts .cite > a')
    .nth(index)
    .evaluate((a) => {
      const preview = document.getElementById(a.getAttribute('aria-describedby') ?? '');
      const n = a.textContent?.trim();
      return {
        n,
        role: preview?.getAttribute('role'),
        text: preview?.querySelector('.cite-preview-text')?.textContent ?? '',
        source: preview?.querySelector('.cite-preview-source')?.textContent ?? '',
        quote: document.querySelector(`#cite-${n} blockquote`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        caption: document.querySelector(`#cite-${n} figcaption`)?.textContent ?? '',
        href: (a as HTMLAnchorElement).href,
      };
    });
}

describe('citation previews', () => {
  it('every citation number describes itself with its passage, outlet and paragraph', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}${casePath}`);
    const count = await page.locator('.facts .cite > a').count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const p = await previewOf(page, i);
      expect(p.role).toBe('tooltip');
      const paragraph = /paragraph (\d+)/.exec(p.caption)?.[1];
      expect(p.source, `preview of [${p.n}]`).toContain(`paragraph ${paragraph}`);
      expect(p.caption.startsWith(p.source.split(',')[0]!)).toBe(true); // the outlet, as the quote's caption names it
      const passage = p.text.replace(/^“|”$/g, '').replace(/^…|…$/g, '');
      expect(p.quote, `preview of [${p.n}] is part of the quoted paragraph`).toContain(passage);
      expect(p.href).toContain('#p');
    }
    // Hidden until asked for; indexed once (the passages are not search text of the case page).
    await expect(visiblePreviews(page).count()).resolves.toBe(0);
    await expect(page.locator('.cite-preview[data-pagefind-ignore]').count()).resolves.toBe(count);
    await page.close();
  });

  for (const width of [1280, 390]) {
    it(`hovering a number shows its preview, inside the screen, and moving away hides it (${width} px)`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${served.url}${casePath}`);
        const link = page.locator('.facts .cite > a').first();
        // In the middle of the screen: a preview opens below its number, and may need scrolling to at the very bottom.
        await link.evaluate((a) => a.scrollIntoView({ block: 'center' }));
        await link.hover();
        await expect(visiblePreviews(page).count()).resolves.toBe(1);
        const box = (await visiblePreviews(page).first().boundingBox())!;
        const number = (await link.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y).toBeGreaterThan(number.y + number.height - 2); // below the number, not over it
        expect(box.y - (number.y + number.height)).toBeLessThan(30);
        // The pointer can move onto the preview (to read or select it) without it closing.
        await page.mouse.move(box.x + box.width / 2, box.y + 5);
        await expect(visiblePreviews(page).count()).resolves.toBe(1);
        await page.screenshot({
          path: `${OUT}/citation-preview-hover-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`,
          clip: previewClip(box, number, width),
        });
        await page.locator('h1').hover();
        await expect(visiblePreviews(page).count()).resolves.toBe(0);
        await context.close();
      }
    });
  }

  it('reaching a number with the keyboard shows its preview; moving on hides it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${served.url}${casePath}`);
    await page.locator('.facts h2').click();
    let onCite = false;
    for (let i = 0; i < 60 && !onCite; i++) {
      await page.keyboard.press('Tab');
      onCite = await page.evaluate(() => !!document.activeElement?.matches('.cite > a'));
    }
    expect(onCite).toBe(true);
    await expect(visiblePreviews(page).count()).resolves.toBe(1);
    const id = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
    await expect(visiblePreviews(page).first().getAttribute('id')).resolves.toBe(id);
    const box = (await visiblePreviews(page).first().boundingBox())!;
    const number = (await page.locator('.cite > a:focus').boundingBox())!;
    await page.screenshot({ path: `${OUT}/citation-preview-focus-1280.png`, clip: previewClip(box, number, 1280) });
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
    await expect(visiblePreviews(page).count()).resolves.toBe(next ? 1 : 0);
    if (next) await expect(visiblePreviews(page).first().getAttribute('id')).resolves.toBe(next);
    await context.close();
  });
});

/** The part of the screen with the number and its preview, for a screenshot a person can read. */
function previewClip(box: { x: number; y: number; width: number; height: number }, number: { y: number }, width: number) {
  const top = Math.max(0, Math.min(number.y, box.y) - 80);
  return { x: 0, y: top, width, height: box.y + box.height + 40 - top };
}
