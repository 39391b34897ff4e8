/**
 * Hosting under a sub-path: build the site with CASEBOOK_BASE=/casebook/ into
 * dist-base/ (dist/ is left alone for the other tests), serve it under
 * /casebook/, and crawl every internal link from the home page: no 404, no link
 * escaping the base, every #fragment present on its target page. Feeds and the
 * sitemap must carry the base too. The build reads a copy of content/ in which
 * one topic description embeds `<Timeline topic="..." />`, as a contributor
 * may write in MDX, to prove the component works there without an import.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from '../../scripts/lib/serve.ts';

const BASE = '/casebook/';
const OUT = 'dist-base';
let served: Served;
let origin: string;
let embedTopic = '';
const contentCopy = join(mkdtempSync(join(tmpdir(), 'casebook-content-')), 'content');

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  cpSync('content', contentCopy, { recursive: true });
  const dataset = JSON.parse(readFileSync('content/casebook.json', 'utf8'));
  const counts = new Map<string, number>();
  for (const c of dataset.cases) for (const t of c.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  embedTopic = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  if (embedTopic) {
    const file = join(contentCopy, 'topics', `${embedTopic}.mdx`);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nThe latest on this topic:\n\n<Timeline topic="${embedTopic}" limit={3} />\n`);
  }
  // vitest puts Vite's env (BASE_URL, MODE, NODE_ENV=test...) into process.env; the build must not inherit it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)));
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--site-only', '--out-dir', OUT, '--quiet'], {
    env: { ...env, CASEBOOK_BASE: BASE, CASEBOOK_SITE: 'https://archive.test', CASEBOOK_CONTENT: contentCopy },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`sub-path build failed:\n${build.stdout}\n${build.stderr}`);
  served = await serve(OUT, { base: BASE });
  origin = new URL(served.url).origin;
}, 300_000);

afterAll(async () => {
  await served?.close();
  if (existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
  rmSync(join(contentCopy, '..'), { recursive: true, force: true });
});

const LINK = /\s(href|src|data-pagefind-base)="([^"]*)"/g;

function decode(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

describe(`site under ${BASE}`, () => {
  it('has no broken internal link, asset or anchor', async () => {
    const pages = new Map<string, string>();
    const status = new Map<string, number>();
    const broken: string[] = [];
    const fragments: Array<{ from: string; page: string; id: string }> = [];
    const queue = [`${origin}${BASE}`];

    const fetchOnce = async (url: string): Promise<number> => {
      if (!status.has(url)) {
        const response = await fetch(url, { redirect: 'follow' });
        status.set(url, response.status);
        if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) pages.set(url, await response.text());
        else await response.arrayBuffer();
      }
      return status.get(url)!;
    };

    while (queue.length) {
      const url = queue.shift()!;
      if (status.has(url)) continue;
      const code = await fetchOnce(url);
      if (code !== 200) continue;
      const html = pages.get(url);
      if (!html) continue;
      for (const match of html.matchAll(LINK)) {
        const [, attr, raw] = match;
        const value = decode(raw!);
        if (!value || /^(mailto:|tel:|data:|javascript:)/.test(value)) continue;
        const target = new URL(value, url);
        if (target.origin !== origin) continue;
        if (!target.pathname.startsWith(BASE)) {
          broken.push(`${url}: ${attr}="${value}" leaves the base ${BASE}`);
          continue;
        }
        if (attr === 'data-pagefind-base') {
          if ((await fetchOnce(`${target.origin}${target.pathname}pagefind.js`)) !== 200) broken.push(`${url}: Pagefind not found at ${value}`);
          continue;
        }
        const page = `${target.origin}${target.pathname}${target.search}`;
        if (target.hash && target.hash.length > 1)
          fragments.push({ from: url, page: `${target.origin}${target.pathname}`, id: decodeURIComponent(target.hash.slice(1)) });
        if (!status.has(page)) queue.push(page);
      }
    }
    for (const [url, code] of status) if (code !== 200) broken.push(`${url}: HTTP ${code}`);
    for (const f of fragments) {
      const html = pages.get(f.page);
      if (html && !html.includes(`id="${f.id}"`)) broken.push(`${f.from}: #${f.id} is not on ${f.page}`);
    }
    expect(broken).toEqual([]);
    // The crawl reached every kind of page.
    const paths = [...pages.keys()].map((u) => new URL(u).pathname);
    for (const kind of ['cases/', 'articles/', 'topics/', 'entities/', 'timeline/', 'explore/'])
      expect(
        paths.some((p) => p.startsWith(`${BASE}${kind}`)),
        kind,
      ).toBe(true);
    expect(pages.size).toBeGreaterThan(20);
  });

  it('puts the base into feeds, the sitemap and citation exports', async () => {
    for (const path of ['feed.xml', 'sitemap.xml']) {
      const text = await (await fetch(`${origin}${BASE}${path}`)).text();
      const urls = [...text.matchAll(/(?:href="|<loc>|<id>)(https?:\/\/[^"<]+)/g)].map((m) => new URL(m[1]!).pathname);
      expect(urls.length, path).toBeGreaterThan(1);
      for (const p of urls) expect(p, path).toMatch(new RegExp(`^${BASE}`));
    }
    const sitemap = await (await fetch(`${origin}${BASE}sitemap.xml`)).text();
    const someCase = [...sitemap.matchAll(/<loc>([^<]+\/cases\/[^/<]+\/)<\/loc>/g)][0]?.[1];
    if (someCase) {
      const bib = await fetch(`${origin}${new URL(someCase).pathname}cite.bib`);
      expect(bib.status).toBe(200);
      expect(await bib.text()).toContain(`${BASE}cases/`);
    }
  });

  it('renders <Timeline topic="..." /> written in a topic description (MDX)', async () => {
    if (!embedTopic) return;
    const html = await (await fetch(`${origin}${BASE}topics/${embedTopic}/`)).text();
    const prose = html.slice(html.indexOf('class="prose"'), html.indexOf('class="counts"'));
    expect(prose).toContain('data-timeline');
    expect((prose.match(/class="tl-item /g) ?? []).length).toBeGreaterThan(0);
    expect((prose.match(/class="tl-item /g) ?? []).length).toBeLessThanOrEqual(3);
  });
});
