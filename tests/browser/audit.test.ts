/**
 * Audits of the built site: the static checks of scripts/lib/audit.ts
 * on dist/, then what only a browser can tell, page by page in Chromium: no
 * request leaves for another host while a page loads and runs, the Content
 * Security Policy blocks nothing the site itself needs (so it is not looser
 * than needed, and not so tight it breaks search), no script error, no dialog.
 */

import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSite } from '../../scripts/audit.ts';
import { type AuditResult, auditSite, formatAudit } from '../../scripts/lib/audit.ts';
import { checkHtmlAsync, formatHtmlCheck, type HtmlCheck } from '../../scripts/lib/html-validator.ts';
import { type Served, serve } from '../../scripts/lib/serve.ts';
import { launch } from '../helpers/browser.ts';
import { settle, watchedPage } from '../helpers/hostile-watch.ts';
import { sharedCrawl } from '../helpers/shared-crawl.ts';
import type { SiteCrawl } from '../helpers/site-crawl.ts';

/** The site to audit: dist/ (built by `npm test`), or CASEBOOK_DIST. */
const DIST = process.env.CASEBOOK_DIST ?? 'dist';

let served: Served;
let browser: Browser;
let result: AuditResult;
let htmlFiles: string[];
let crawled: Promise<SiteCrawl>;
/** The Nu Html Checker, started first: Java checks every page while Chromium visits them. */
let htmlCheck: Promise<HtmlCheck>;

beforeAll(async () => {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ is missing: run \`npm run build\` first`);
  htmlCheck = checkHtmlAsync(DIST);
  const files = await readSite(DIST);
  result = auditSite(files, { base: '/' });
  htmlFiles = [...files.keys()].filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).sort();
  // Every page is visited once per run for all the files that check pages (tests/helpers/shared-crawl.ts);
  // started here, it runs while the checks below that need no browser do.
  crawled = sharedCrawl(DIST);
  crawled.catch(() => {});
  served = await serve(DIST);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe(`audit of ${DIST}/ (scripts/lib/audit.ts)`, () => {
  it.each(['links', 'orphans', 'leaks', 'external', 'outbound', 'scripting', 'meta', 'csp', 'budget'] as const)('%s', (check) => {
    if (result.problems[check].length) console.log(formatAudit(result).join('\n'));
    expect(result.problems[check]).toEqual([]);
  });
});

describe('every page in Chromium', () => {
  it('requests nothing from another host, violates no CSP rule, throws no error, opens no dialog', async () => {
    const { pages } = await crawled;
    const problems: string[] = [];
    for (const [path, record] of Object.entries(pages)) {
      for (const key of ['foreign', 'violations', 'errors', 'dialogs'] as const) for (const item of record[key]) problems.push(`/${path}: ${key}: ${item}`);
    }
    expect(problems).toEqual([]);
    // Every page of the site was visited.
    expect(Object.keys(pages).sort()).toEqual(htmlFiles.map((file) => (file === 'index.html' ? '' : file.replace(/index\.html$/, ''))).sort());
    expect(htmlFiles.length).toBeGreaterThan(5);
  }, 300_000);

  it("searches under the Content Security Policy (Pagefind's WebAssembly and worker are allowed, nothing else is needed)", async () => {
    const origin = new URL(served.url).origin;
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(`${served.url}search/?q=gallium`);
    await page.waitForSelector('#search-results li a', { timeout: 20_000 });
    await context.close();
    expect(watch.violations).toEqual([]);
    expect(watch.foreign).toEqual([]);
    expect(watch.errors).toEqual([]);
  }, 60_000);

  it('the policy is really enforced: an inline script injected into a page does not run', async () => {
    const origin = new URL(served.url).origin;
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(served.url);
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = true');
      // The image fails to load (data:,x is no image): by the time a listener added after the attribute hears the
      // error, the attribute's handler has had its turn; a task later the inline script's too, however slow the machine.
      const failed = new Promise<void>((loaded) => img.addEventListener('error', () => setTimeout(loaded, 0)));
      img.src = 'data:,x';
      document.body.append(img);
      return failed.then(
        () => (window as unknown as { __injected?: boolean }).__injected === true || (window as unknown as { __handler?: boolean }).__handler === true,
      );
    });
    // The violation reports are tasks of the page too: one more round trip lets them all arrive.
    await settle(page);
    await context.close();
    expect(ran).toBe(false);
    expect(watch.violations.length).toBeGreaterThan(0);
  });
});

// Last: the checker has run while Chromium visited the pages.
describe('valid HTML', () => {
  it('the W3C Nu Html Checker finds no error on any page', async () => {
    const check = await htmlCheck;
    if (!check.ok || check.errors.length) console.log(formatHtmlCheck(check).join('\n'));
    expect(check.ok && check.pages).toBeGreaterThan(100);
    expect(check.ok ? check.errors : []).toEqual([]);
  }, 300_000);
});
