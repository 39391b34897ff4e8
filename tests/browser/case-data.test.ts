/**
 * Data and citations on the built site: the JSON Schema served where its $id
 * says, the CSV's event-date column, the "Cite this case" box (citation text
 * selected in one click, access date left to the reader), schema.org JSON-LD
 * and `article:published_time` on case and article pages, parsed as a browser
 * and a JSON reader would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';

const DIST = process.env.CASEBOOK_DIST ?? 'dist';
const dataset = JSON.parse(readFileSync(join(DIST, 'data/casebook.json'), 'utf8')) as {
  articles: Array<{ id: string; title: string; published: { date: string } | null }>;
  cases: Array<{ id: string; title: string; sources: Array<{ article: string }> }>;
};
let site: OpenSite;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  site = await openBuiltSite(DIST);
  ({ served, browser } = site);
});
afterAll(async () => {
  await site?.close();
});

describe('the dataset', () => {
  it('serves its JSON Schema at the address the $id names', async () => {
    const schema = (await (await fetch(`${served.url}data/casebook-1.schema.json`)).json()) as { $id: string; $schema: string };
    const at = new URL(schema.$id, served.url);
    expect(at.pathname).toBe('/data/casebook-1.schema.json');
    expect(schema.$schema).toMatch(/json-schema\.org/);
  });

  it('has an event-date column in the CSV, apart from the report date', async () => {
    const header = (await (await fetch(`${served.url}data/cases.csv`)).text()).split('\r\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['first_reported', 'event_date', 'event_date_precision']));
  });
});

describe('case and article pages', () => {
  const dated = dataset.cases.find((c) => c.sources.some((s) => dataset.articles.find((a) => a.id === s.article)?.published))!;

  it('offer a citation to copy, one click selecting all of it, with the access date left to the reader', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}cases/${dated.id}/`);
    const text = page.locator('.cite-box [data-cite-text]');
    const citation = (await text.textContent())!;
    expect(citation).toContain(dated.title.replace(/\s+/g, ' ').trim());
    expect(citation).toMatch(/^Casebook\. “.*” First reported .*\. \S*\/cases\/[^ ]+\/ \(accessed \[date\]\)\.$/);
    await text.click();
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe(citation);
    expect(await page.locator('.cite-box a[href$="cite.bib"]').count()).toBe(1);
    expect(await page.locator('.cite-box a[href$="cite.json"]').count()).toBe(1);
    await page.close();
  });

  it('describe themselves in JSON-LD a reader can parse, with the page title, and a publication date when known', async () => {
    const pages = readdirSync(join(DIST, 'cases'))
      .map((id) => `cases/${id}/index.html`)
      .concat(readdirSync(join(DIST, 'articles')).map((id) => `articles/${id}/index.html`))
      .filter((f) => {
        try {
          return !/http-equiv="refresh"/.test(readFileSync(join(DIST, f), 'utf8'));
        } catch {
          return false; // cases/page/… and articles/page/… are lists
        }
      });
    expect(pages.length).toBeGreaterThan(10);
    const page = await browser.newPage();
    for (const file of pages) {
      await page.goto(served.url + file.replace(/index\.html$/, ''));
      const lds = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(lds, file).toHaveLength(1);
      const ld = JSON.parse(lds[0]!) as { '@type': string; headline: string; datePublished?: string };
      expect(ld['@type'], file).toBe(file.startsWith('cases/') ? 'Article' : 'NewsArticle');
      expect(ld.headline, file).toBe((await page.locator('h1').textContent())?.trim());
      const published = page.locator('meta[property="article:published_time"]');
      const meta = (await published.count()) ? await published.getAttribute('content') : null;
      expect(meta ?? undefined, file).toBe(ld.datePublished);
    }
    const article = dataset.articles.find((a) => a.published)!;
    await page.goto(`${served.url}articles/${article.id}/`);
    await expect(page.locator('meta[property="article:published_time"]').getAttribute('content')).resolves.toBe(article.published!.date);
    await page.close();
  });
});
