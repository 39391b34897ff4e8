/**
 * "Where reports differ": a site built in a throwaway copy of the project from three invented reports of
 * one case (tests/fixtures/disagree/seeds/) that differ on the prison term and the number of documents.
 * The case page shows each version with its outlet and a link to its paragraph.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from '../../scripts/lib/serve.ts';
import { launch } from '../helpers/browser.ts';

const PROJECT = resolve('.');
let root: string;
let served: Served;
let browser: Browser;
let page: Page;
let caseId: string;

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
  root = await mkdtemp(join(tmpdir(), 'casebook-differ-'));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    await cp(join(PROJECT, entry), join(root, entry), { recursive: true });
  // node_modules linked entry by entry, without Astro's and Vite's caches, so this build shares no state with one running in the project.
  await mkdir(join(root, 'node_modules'));
  for (const entry of await readdir(join(PROJECT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    await symlink(join(PROJECT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  await cp(join(PROJECT, 'tests/fixtures/disagree/seeds'), join(root, 'seeds'), { recursive: true });
  await mkdir(join(root, 'content'), { recursive: true });
  await cp(join(PROJECT, 'content/topics'), join(root, 'content/topics'), { recursive: true });
  const tsx = join(PROJECT, 'node_modules/tsx/dist/cli.mjs');
  const ingest = await run([tsx, 'scripts/ingest.ts', '--seeds', 'seeds', '--out', 'content', '--quiet'], root);
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.output}`);
  const build = await run(['scripts/build.ts', '--site-only', '--quiet'], root);
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.output}`);
  const data = JSON.parse(await readFile(join(root, 'content/casebook.json'), 'utf8'));
  caseId = data.cases[0].id;
  served = await serve(join(root, 'dist'));
  browser = await launch();
  page = await browser.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('where reports differ', () => {
  it('the case page shows each version of the term and of the count, with its outlet and paragraph', async () => {
    await page.goto(`${served.url}cases/${caseId}/`);
    const section = page.getByRole('region', { name: 'Where reports differ' });
    await expect(section.isVisible()).resolves.toBe(true);
    const groups = await section
      .locator('tbody')
      .evaluateAll((bodies) => bodies.map((b) => [...b.querySelectorAll('tr')].map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));
    expect(groups).toEqual([
      [
        'Prison term',
        expect.stringMatching(/^“四年” \(4 years\) 东海法治报, paragraph 2 \d+$/),
        expect.stringMatching(/^“four years” Harbour Courier, paragraph 1 \d+$/),
        expect.stringMatching(/^“five years” Lantern Post, paragraph 1 \d+$/),
      ],
      [
        'Number of documents',
        expect.stringMatching(/^“180份” \(180 documents\) 东海法治报/),
        expect.stringMatching(/^“180 classified documents” Harbour Courier/),
        expect.stringMatching(/^“more than 200 documents” Lantern Post/),
      ],
    ]);
  });

  it('each version links to its paragraph of the article, like the facts above it', async () => {
    await page.goto(`${served.url}cases/${caseId}/`);
    const link = page.getByRole('region', { name: 'Where reports differ' }).locator('tbody').nth(0).locator('tr').nth(3).locator('.cite a');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/articles\/ex-engineer-lin-haoran-gets-five-years[^/]*\/#p1$/);
    await expect(link.getAttribute('aria-label')).resolves.toBe(`Source ${await link.innerText()}: Lantern Post, paragraph 1`);
    await link.click();
    await page.waitForURL(/#p1$/);
    await expect(page.locator('#p1').innerText()).resolves.toContain('sentenced to five years in prison');
  });
});
