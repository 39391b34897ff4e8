/**
 * Chinese: a site built from the project's seeds plus a Chinese-language
 * article (tests/fixtures/zh/seeds/) in a throwaway copy of the project; a
 * Chinese query on the (English) search page finds the Chinese text, with
 * Pagefind and with the offline index.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { prepare, searchPrepared } from '../../src/search/browser/offline-engine.ts';
import { buildOfflineIndex } from '../../src/search/build/offline-index.ts';
import { parseState } from '../../src/search/shared/url-state.ts';
import { type OpenSite, openThrowawaySite } from '../helpers/open-throwaway-site.ts';
import { resultPaths, waitForResults } from './search-helpers.ts';

let open: OpenSite;
let root: string;
let served: Served;
let page: Page;
let zhArticle: string;

beforeAll(async () => {
  open = await openThrowawaySite('casebook-zh-', ['seeds', 'tests/fixtures/zh/seeds']);
  ({ served, page } = open);
  root = open.site.root;
  const zh = open.site.dataset.articles.find((a: { seed: string }) => a.seed.includes('zh_mss_gallium_courier'));
  if (!zh) throw new Error(`the Chinese seed is not in the dataset:\n${open.site.ingestOutput}`);
  zhArticle = zh.id;
}, 300_000);

afterAll(async () => {
  await open?.close();
});

describe('Chinese text', () => {
  it('the Chinese article page says its language', async () => {
    const html = await readFile(join(root, 'dist/articles', zhArticle, 'index.html'), 'utf8');
    expect(html).toMatch(/<html[^>]*\slang="zh/);
  });

  it.each(['镓锭', '判处', '赵某', '国家安全部'])('a Chinese query (%s) on the search page finds the Chinese article', async (q) => {
    await page.goto(`${served.url}search/?q=${encodeURIComponent(q)}`);
    await waitForResults(page);
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3), `results for ${q}: ${paths.join(', ')}`).toContain(`articles/${zhArticle}/`);
    await expect(page.locator('#search-results li .search-result-excerpt mark').first().textContent()).resolves.toMatch(/\p{Script=Han}/u);
  });

  it('an English query still finds English pages on the same site', async () => {
    await page.goto(`${served.url}search/?q=gallium`);
    await waitForResults(page);
    expect((await resultPaths(page)).some((p) => p.startsWith('cases/'))).toBe(true);
  });

  it('the opened Chinese result highlights the Chinese words', async () => {
    await page.goto(`${served.url}search/?q=${encodeURIComponent('镓锭')}`);
    await waitForResults(page);
    await page.locator(`#search-results li a[href*="${zhArticle}"]`).first().click();
    await page.waitForSelector('main mark.search-hit');
    await expect(page.locator('main mark.search-hit').first().textContent()).resolves.toBe('镓锭');
  });

  it('the offline index finds it too', async () => {
    const dist = join(root, 'dist');
    const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    const pages = await Promise.all(files.map(async (f) => ({ relPath: relative(dist, join(dist, f)), html: await readFile(join(dist, f), 'utf8') })));
    const index = buildOfflineIndex(pages);
    const p = prepare(index);
    for (const q of ['镓锭', '判处', '赵某']) {
      const top = searchPrepared(p, parseState(`?q=${encodeURIComponent(q)}`))
        .slice(0, 3)
        .map((h) => index.docs[h.doc]!.u);
      expect(top, q).toContain(`articles/${zhArticle}/`);
    }
  });
});
