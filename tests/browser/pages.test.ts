/**
 * The reader's pages on the built site (dist/): what each page type promises,
 * the machine-readable outputs, and the budgets (HTML+CSS weight, no script on
 * content pages except the timeline filter and search).
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { FEED_ENTRIES } from '../../src/site/feeds.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { sharedCrawl } from '../helpers/shared-crawl.ts';
import type { SiteCrawl } from '../helpers/site-crawl.ts';
import { pageTypes } from '../helpers/site-pages.ts';
import { waitForResults } from './search-helpers.ts';

let served: Served;
let browser: Browser;
let page: Page;
const dataset = JSON.parse(readFileSync('dist/data/casebook.json', 'utf8'));
const topics: string[] = readdirSync('content/topics')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

let site: OpenSite;
/** Each case page, loaded once for the three tests that read it (they only read: no test clicks or types there). */
const casePages = new Map<string, Promise<Page>>();
function casePage(id: string): Promise<Page> {
  let opened = casePages.get(id);
  if (!opened) {
    opened = browser.newPage().then(async (p) => {
      await p.goto(`${served.url}cases/${id}/`);
      return p;
    });
    casePages.set(id, opened);
  }
  return opened;
}
let crawled: Promise<SiteCrawl>;

beforeAll(async () => {
  site = await openBuiltSite('dist');
  ({ served, browser } = site);
  page = await browser.newPage();
  crawled = sharedCrawl();
  crawled.catch(() => {});
});

afterAll(async () => {
  await site?.close();
});

describe('page per entry', () => {
  it('builds a page for every case, article, topic and entity', () => {
    for (const c of dataset.cases) expect(existsSync(`dist/cases/${c.id}/index.html`), c.id).toBe(true);
    for (const a of dataset.articles) expect(existsSync(`dist/articles/${a.id}/index.html`), a.id).toBe(true);
    for (const t of topics) expect(existsSync(`dist/topics/${t}/index.html`), t).toBe(true);
    for (const e of dataset.entities) expect(existsSync(`dist/entities/${e.id}/index.html`), e.id).toBe(true);
    for (const p of [
      'index.html',
      'cases/index.html',
      'topics/index.html',
      'entities/index.html',
      'timeline/index.html',
      'explore/index.html',
      'articles/index.html',
      '404.html',
    ])
      expect(existsSync(`dist/${p}`), p).toBe(true);
  });
});

describe('case page', () => {
  afterAll(async () => {
    for (const opened of casePages.values()) await (await opened).close();
  });

  it('links every cited fact to a paragraph that exists on the article page, with the quote', async () => {
    for (const c of dataset.cases) {
      const page = await casePage(c.id);
      const cites = await page.locator('.facts .cites a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const quotes = await page.locator('.quotes figcaption a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(new Set(cites)).toEqual(new Set(quotes));
      for (const href of new Set(quotes)) {
        const [path, anchor] = href.split('#');
        expect(path).toMatch(/\/articles\/[^/]+\/$/);
        const html = readFileSync(`dist${path}index.html`, 'utf8');
        expect(html, `${c.id} cites ${href}`).toContain(`id="${anchor}"`);
      }
      const quoteTexts = await page.locator('.quotes blockquote').allTextContents();
      expect(quoteTexts.every((t) => t.trim().length > 0)).toBe(true);
    }
  });

  it('shows the background apart, as paragraphs no fact cites', async () => {
    const withBackground = dataset.cases.filter((c: { background: unknown[] }) => c.background.length > 0);
    expect(withBackground.length).toBeGreaterThan(0);
    for (const c of withBackground) {
      const page = await casePage(c.id);
      const cites = new Set(await page.locator('.facts .cites a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
      const background = await page.locator('.case-background figcaption a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(background).toHaveLength(c.background.length);
      for (const href of background) expect(cites.has(href), `${c.id}: ${href}`).toBe(false);
    }
  });

  it('shows who asserts it, the outcome, the sources and the dramatization banner where it applies', async () => {
    for (const c of dataset.cases) {
      const page = await casePage(c.id);
      const attribution = await page.locator('.attribution').textContent();
      if (c.assertedBy) expect(attribution).toContain(c.assertedBy.replace(/^the\s+/i, ''));
      expect(attribution).toMatch(/reported/);
      expect(await page.locator('.fact-outcome').count()).toBe(1);
      expect(await page.locator('.sources > li').count()).toBe(c.sources.length);
      expect(await page.locator('.banner-drama').count()).toBe(c.dramatization ? 1 : 0);
      const external = await page
        .locator('main a[href^="http"]')
        .evaluateAll((as) => as.filter((a) => !a.getAttribute('href')!.startsWith(location.origin)).map((a) => a.getAttribute('rel')));
      for (const rel of external) expect(rel).toBe('noopener noreferrer');
    }
  });

  it('exports citations as BibTeX and CSL JSON', () => {
    for (const c of dataset.cases) {
      const bib = readFileSync(`dist/cases/${c.id}/cite.bib`, 'utf8');
      expect(bib).toMatch(new RegExp(`^@misc\\{casebook:${c.id},`));
      const csl = JSON.parse(readFileSync(`dist/cases/${c.id}/cite.json`, 'utf8'));
      expect(csl[0]).toMatchObject({ type: 'webpage', title: c.title });
      expect(csl).toHaveLength(1 + c.sources.length);
    }
  });
});

describe('article page', () => {
  it('keeps paragraph anchors, lists its cases, and collapses what cleaning removed', async () => {
    for (const a of dataset.articles) {
      await page.goto(`${served.url}articles/${a.id}/`);
      for (const p of a.paragraphs) expect(await page.locator(`#${p.id}`).count(), `${a.id}#${p.id}`).toBe(1);
      expect(await page.locator('.found .case-list > li').count()).toBe(a.cases.length);
      const details = page.locator('details.removed');
      expect(await details.getAttribute('open')).toBeNull();
      expect(await details.locator('summary').textContent()).toContain(`(${a.removed.length} line`);
    }
  });
});

describe('topic and entity pages', () => {
  it('render the curated description, counts, cases and their own timeline', async () => {
    const used = topics.filter((t) => dataset.cases.some((c: { topics: string[] }) => c.topics.includes(t)));
    for (const t of used.slice(0, 10)) {
      await page.goto(`${served.url}topics/${t}/`);
      const carrying = dataset.cases.filter((c: { topics: string[] }) => c.topics.includes(t));
      const n = carrying.length;
      // Dramatizations are listed with the cases but not counted as cases (src/site/case-split.ts).
      const dramatizations = carrying.filter((c: { dramatization: boolean }) => c.dramatization).length;
      expect(await page.locator('.prose').textContent()).not.toBe('');
      const counts = await page.locator('.counts').textContent();
      expect(counts).toContain(n - dramatizations ? `${n - dramatizations} case` : 'no case');
      if (dramatizations) expect(counts).toContain(`${dramatizations} dramatization`);
      expect(await page.locator('main .case-list').first().locator(':scope > li').count()).toBe(n);
      expect(await page.locator('.timeline .tl-item').count()).toBeGreaterThan(0);
    }
  });

  it('group the topic index by kind with counts, and the entity index A to Z', async () => {
    await page.goto(`${served.url}topics/`);
    for (const kind of ['tactic', 'channel', 'sector', 'material', 'motive', 'outcome', 'law']) expect(await page.locator(`#kind-${kind}`).count()).toBe(1);
    const linked = await page.locator('main a[href*="/topics/"]').evaluateAll((as) => new Set(as.map((a) => a.getAttribute('href'))).size);
    expect(linked).toBeGreaterThanOrEqual(topics.length);
    await page.goto(`${served.url}entities/`);
    const names = await page.locator('.entity-list a').allTextContents();
    expect(names.length).toBe(dataset.entities.length);
    // Every name is on the page of its letter too (the index links those pages instead once it is long),
    // and each letter page marks its own letter in the A-Z links.
    const onLetterPages: string[] = [];
    for (const letter of readdirSync('dist/entities/letter')) {
      await page.goto(`${served.url}entities/letter/${letter}/`);
      onLetterPages.push(...(await page.locator('.entity-list a').allTextContents()));
      expect(await page.locator('.az-nav a[aria-current="page"]').count(), letter).toBe(1);
    }
    expect(onLetterPages.sort()).toEqual([...names].sort());
  });

  it('quote what the sources say of an entity', async () => {
    const person = dataset.entities.find((e: { kind: string }) => e.kind === 'person');
    if (!person) return;
    await page.goto(`${served.url}entities/${person.id}/`);
    expect(await page.locator('.quote blockquote').count()).toBeGreaterThan(0);
    expect(await page.locator('.quote mark').first().textContent()).toBeTruthy();
  });
});

describe('timeline', () => {
  it('lists every case report, keeps undated items apart, and works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${served.url}timeline/`);
    const reports = dataset.cases.reduce((n: number, c: { sources: unknown[] }) => n + c.sources.length, 0);
    expect(await p.locator('.tl-disclosure').count()).toBe(reports);
    expect(await p.locator('.tl-item:visible').count()).toBe(await p.locator('.tl-item').count());
    expect(await p.locator('#tl-filter').isVisible()).toBe(false);
    const undatedArticles = dataset.articles.filter((a: { published: unknown; cases: string[] }) => !a.published && a.cases.length);
    if (undatedArticles.length) expect(await p.locator('.tl-undated .tl-item').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('filters by topic kind and topic with the script, and keeps the choice in the URL', async () => {
    await page.goto(`${served.url}timeline/`);
    const total = await page.locator('.tl-item').count();
    await page.selectOption('#tl-kind', 'channel');
    const channel = await page.locator('.tl-item:visible').count();
    expect(channel).toBeLessThanOrEqual(total);
    for (const kinds of await page.locator('.tl-item:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kinds!)))
      expect(kinds.split(' ')).toContain('channel');
    const topic = await page.locator('#tl-topic optgroup[data-kind="channel"] option').first().getAttribute('value');
    await page.selectOption('#tl-topic', topic!);
    for (const t of await page.locator('.tl-item:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.topics!)))
      expect(t.split(' ')).toContain(topic);
    expect(page.url()).toContain(`topic=${topic}`);
    expect(await page.locator('#tl-status').textContent()).toMatch(/Showing \d+ of \d+/);
    await page.goto(`${served.url}timeline/?kind=channel&topic=${topic}`);
    expect(await page.locator('#tl-topic').inputValue()).toBe(topic);
  });

  it('shows dates as precise as the source', async () => {
    await page.goto(`${served.url}timeline/`);
    const shown = await page
      .locator('.tl-item time')
      .evaluateAll((ts) => ts.map((t): [string, string] => [t.getAttribute('datetime') ?? '', t.textContent ?? '']));
    for (const [datetime, text] of shown) {
      if (/^\d{4}$/.test(datetime)) expect(text).toBe(datetime);
      else if (/^\d{4}-\d{2}$/.test(datetime)) expect(text).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
      else expect(text).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    }
  });
});

describe('pictures', () => {
  it('draws charts as inline SVG with text alternatives, and matrix cells link to a search for their cases', async () => {
    await page.goto(`${served.url}explore/`);
    const svgs = page.locator('figure.chart svg');
    expect(await svgs.count()).toBeGreaterThanOrEqual(3);
    for (const svg of await svgs.all()) expect(await svg.locator('title').count()).toBe(1);
    expect(await page.locator('figure.chart table').count()).toBeGreaterThanOrEqual(3);
    const cells = await page.locator('.chart-matrix svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(cells.length).toBeGreaterThan(0);
    for (const href of cells) expect(href, href).toMatch(/\/search\/\?\w+=[^&]+&\w+=[^&]+$/);
    const [first] = cells;
    await page.goto(new URL(first!, served.url).href);
    await waitForResults(page);
    expect(await page.locator('#search-results li').count(), first).toBeGreaterThan(0);
    // Only case pages carry two topics, so a cell's search finds cases alone.
    const types = await page.locator('#search-results li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-type')));
    expect(new Set(types)).toEqual(new Set(['case']));
  });
});

describe('data and feeds', () => {
  it('serves a CSV of cases with a header and one row per case', () => {
    const csv = readFileSync('dist/data/cases.csv', 'utf8');
    expect(csv.startsWith('id,url,title,summary,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Count records: CRLF outside quotes.
    let records = 0;
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      if (csv[i] === '"') quoted = !quoted;
      else if (!quoted && csv[i] === '\r' && csv[i + 1] === '\n') records++;
    }
    expect(records).toBe(1 + dataset.cases.length);
  });

  it('publishes Atom feeds site-wide and per topic, and a sitemap of every page', async () => {
    const parse = async (path: string) => {
      const response = await page.goto(`${served.url}${path}`);
      expect(response?.status(), path).toBe(200);
      return page.evaluate(
        (text) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          return {
            error: doc.querySelector('parsererror')?.textContent ?? null,
            root: doc.documentElement.localName,
            entries: doc.getElementsByTagName('entry').length,
            locs: [...doc.getElementsByTagName('loc')].map((l) => l.textContent!),
          };
        },
        readFileSync(`dist/${path}`, 'utf8'),
      );
    };
    // Feeds carry the cases a source dates (Atom dates every entry; no date is made up).
    const published = new Set(dataset.articles.filter((a: { published: unknown }) => a.published).map((a: { id: string }) => a.id));
    const dated = dataset.cases.filter((c: { sources: Array<{ article: string }> }) => c.sources.some((s) => published.has(s.article)));
    const feed = await parse('feed.xml');
    expect(feed).toMatchObject({ error: null, root: 'feed', entries: Math.min(dated.length, FEED_ENTRIES) });
    const busiest = topics.map((t) => [t, dated.filter((c: { topics: string[] }) => c.topics.includes(t)).length] as const).sort((a, b) => b[1] - a[1])[0]!;
    expect(await parse(`topics/${busiest[0]}/feed.xml`)).toMatchObject({ error: null, root: 'feed', entries: Math.min(busiest[1], FEED_ENTRIES) });
    const map = await parse('sitemap.xml');
    expect(map.error).toBeNull();
    // Every page but the 404 and redirect stubs (content/redirects.yaml).
    const pages = htmlFiles('dist')
      .filter((f) => !f.endsWith('404.html') && !/http-equiv="refresh"/i.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice('dist/'.length).replace(/index\.html$/, ''));
    const listed = new Set(map.locs.map((l) => new URL(l, 'http://x/').pathname.replace(/^\//, '')));
    for (const p of pages) expect(listed.has(p), `sitemap lists /${p}`).toBe(true);
  });

  it('gives every page a description and OpenGraph metadata', () => {
    for (const file of htmlFiles('dist')) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html, file).toMatch(/<meta property="og:title" content="[^"]+"/);
      if (!file.endsWith('404.html')) expect(html, file).toMatch(/<link rel="canonical" href="[^"]+"/);
    }
  });
});

describe('budgets', () => {
  const css = (html: string) =>
    [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)]
      .map((m) => readFileSync(join('dist', new URL(m[1]!, 'http://x/').pathname), 'utf8'))
      .join('');
  // Script elements that run code: JSON-LD and other data blocks are not scripts a reader's browser executes.
  const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/type="application\/(ld\+)?json"/.test(tag));

  it('keeps every content page under 50 KB of HTML+CSS, gzipped', () => {
    const weights = htmlFiles('dist').map((file) => {
      const html = readFileSync(file, 'utf8');
      return { file, kb: gzipSync(html + css(html)).length / 1024 };
    });
    for (const w of weights) expect(w.kb, w.file).toBeLessThanOrEqual(50);
  });

  it('loads no script on content pages; only the timeline has its filter', () => {
    for (const { name, path } of pageTypes()) {
      const file = path.endsWith('.html') ? `dist/${path}` : `dist/${path}index.html`;
      const html = readFileSync(file, 'utf8');
      // Search may add one module that loads the rest on demand; nothing else.
      const own = scripts(html).filter((s) => !/search/i.test(s));
      if (name === 'timeline') expect(own.length, name).toBeLessThanOrEqual(1);
      else expect(own, name).toEqual([]);
    }
  });

  it('uses no external fonts, stylesheets or scripts', () => {
    for (const file of htmlFiles('dist')) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
      for (const link of html.match(/<link\b[^>]*>/g) ?? []) {
        if (/rel="(canonical|alternate|sitemap)"/.test(link)) continue;
        expect(link, file).not.toMatch(/href="(https?:)?\/\//);
      }
      expect(html, file).not.toMatch(/@import|url\((https?:)?\/\//);
    }
  });
});

// Last: the run's one visit of every page (tests/helpers/shared-crawl.ts), started in beforeAll, records what
// this asserts on while the tests above run (or another file makes it).
describe('every page type', () => {
  it('loads without console errors (CSP violations included) or failed requests', async () => {
    const { pages } = await crawled;
    const problems: string[] = [];
    for (const { name, path } of pageTypes()) {
      if (name === 'not-found') continue;
      const record = pages[path];
      if (!record) problems.push(`/${path}: not visited`);
      else for (const item of [...record.consoleErrors, ...record.errors, ...record.failedRequests]) problems.push(`/${path}: ${item}`);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
