/**
 * Chinese: a site built from the project's seeds plus a Chinese-language
 * article (tests/fixtures/zh/seeds/) in a throwaway copy of the project; a
 * Chinese query on the (English) search page finds the Chinese text, with
 * Pagefind and with the offline index.
 */

import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from '../../scripts/lib/serve.ts';
import { prepare, searchPrepared } from '../../src/search/browser/offline-engine.ts';
import { buildOfflineIndex } from '../../src/search/build/offline-index.ts';
import { parseState } from '../../src/search/shared/url-state.ts';
import { launch } from '../helpers/browser.ts';
import { resultPaths, waitForResults } from './search-helpers.ts';

const PROJECT = resolve('.');
let root: string;
let served: Served;
let browser: Browser;
let page: Page;
let zhArticle: string;

function run(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, CASEBOOK_CONTENT: './content', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'casebook-zh-'));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    await cp(join(PROJECT, entry), join(root, entry), { recursive: true });
  // node_modules linked entry by entry, without Astro's and Vite's caches, so this build shares no state with one running in the project.
  await mkdir(join(root, 'node_modules'));
  for (const entry of await readdir(join(PROJECT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    await symlink(join(PROJECT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  await cp(join(PROJECT, 'seeds'), join(root, 'seeds'), { recursive: true });
  await cp(join(PROJECT, 'tests/fixtures/zh/seeds'), join(root, 'seeds'), { recursive: true });
  await mkdir(join(root, 'content'), { recursive: true });
  await cp(join(PROJECT, 'content/topics'), join(root, 'content/topics'), { recursive: true });
  await cp(join(PROJECT, 'content/judgements.yaml'), join(root, 'content/judgements.yaml')).catch(() => {});
  const tsx = join(PROJECT, 'node_modules/tsx/dist/cli.mjs');
  const ingest = await run([tsx, 'scripts/ingest.ts', '--seeds', 'seeds', '--out', 'content', '--quiet'], root);
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.output}`);
  const build = await run(['scripts/build.ts', '--site-only', '--quiet'], root);
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.output}`);
  const data = JSON.parse(await readFile(join(root, 'content/casebook.json'), 'utf8'));
  const zh = data.articles.find((a: { seed: string }) => a.seed.includes('zh_mss_gallium_courier'));
  if (!zh) throw new Error(`the Chinese seed is not in the dataset:\n${ingest.output}`);
  zhArticle = zh.id;
  served = await serve(join(root, 'dist'));
  browser = await launch();
  page = await browser.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (root) await rm(root, { recursive: true, force: true });
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
