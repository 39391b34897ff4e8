/**
 * The hostile corpus end to end: seeds/ plus every hostile seed
 * (the 10 MB one included, generated into a temp dir) go through
 * `npm run build` in a sandbox; the same seeds/ alone are the project's own
 * build, dist/ (what `npm test` builds before the browser files, and every other
 * file checks: building them again in a sandbox cost a whole build). Then:
 *  - the build succeeds, and the build report accounts for every seed;
 *  - each hostile seed has its expected outcome: a page, or a skip whose
 *    reason names the file and says what to do;
 *  - in Chromium, each hostile page shows its text literally: every paragraph
 *    of it, as text, with no element the text asked for; no dialog opens, no
 *    script from seed text runs (no CSP violation, no error), nothing is
 *    requested from another host;
 *  - every ordinary article and case page is byte for byte what it is without
 *    the hostile seeds;
 *  - the audits pass on the hostile build;
 *  - determinism: a second sandbox (another folder, so an absolute path
 *    leaking into the output is caught too) builds the same seeds, and every
 *    file of the two dist/ folders has the same bytes.
 */

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSite } from '../../scripts/audit.ts';
import { auditSite, formatAudit } from '../../scripts/lib/audit.ts';
import type { BuildReport } from '../../scripts/lib/report.ts';
import { type Served, serve } from '../../scripts/lib/serve.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { launch } from '../helpers/browser.ts';
import { EXPECTED, makeCorpus } from '../helpers/hostile-make.ts';
import { createSandbox, PROJECT, type RunResult, type Sandbox } from '../helpers/hostile-sandbox.ts';
import { settle, watchedPage } from '../helpers/hostile-watch.ts';

let hostile: Sandbox;
let twin: Sandbox;
let built: RunResult;
let builtTwin: RunResult;
let dataset: Dataset;
let report: BuildReport;
let served: Served;
let browser: Browser;
let names: string[];

const squash = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ').trim();
const HOSTILE = 'seeds/hostile/';
/** The site built from seeds/ alone: the project's build (or CASEBOOK_DIST, as tests/browser/audit.test.ts). */
const ORDINARY = join(PROJECT, process.env.CASEBOOK_DIST ?? 'dist');

beforeAll(async () => {
  if (!existsSync(join(ORDINARY, 'index.html'))) throw new Error(`${ORDINARY} is missing: run \`npm run build\` first`);
  [hostile, twin] = await Promise.all([createSandbox('casebook-hostile'), createSandbox('casebook-det')]);
  for (const box of [hostile, twin]) await cp(join(PROJECT, 'seeds'), box.seeds, { recursive: true });
  names = await makeCorpus(join(hostile.seeds, 'hostile'), { huge: true });
  await makeCorpus(join(twin.seeds, 'hostile'), { huge: true });
  // One after the other: the machine has two cores, and another test file runs beside this one.
  built = await hostile.build();
  if (built.code !== 0) throw new Error(`hostile build failed:\n${built.output.slice(-3000)}`);
  builtTwin = await twin.build();
  dataset = JSON.parse(await readFile(join(hostile.dist, 'data/casebook.json'), 'utf8'));
  report = JSON.parse(await readFile(join(hostile.dist, 'build-report.json'), 'utf8'));
  served = await serve(hostile.dist);
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (!process.env.KEEP_SANDBOX) await Promise.all([hostile?.remove(), twin?.remove()]);
  else console.log(`sandboxes kept: ${hostile?.root} ${twin?.root}`);
});

function articleOf(name: string) {
  return dataset.articles.find((a) => a.seed === HOSTILE + name);
}

describe('hostile corpus, built', () => {
  it('covers the whole corpus, the 10 MB seed included', () => {
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every hostile seed its expected outcome', () => {
    const problems: string[] = [];
    for (const name of names) {
      const want = EXPECTED[name]!;
      const article = articleOf(name);
      const skip = dataset.skipped.find((s) => s.seed === HOSTILE + name);
      if (want.outcome === 'page') {
        if (!article) problems.push(`${name}: no page (${skip?.reason ?? 'not skipped either'})`);
        else if (!existsSync(join(hostile.dist, 'articles', article.id, 'index.html'))) problems.push(`${name}: no file for articles/${article.id}/`);
        if (skip) problems.push(`${name}: both a page and skipped`);
      } else {
        if (!skip) problems.push(`${name}: expected a skip, got ${article ? `page ${article.id}` : 'nothing'}`);
        else if (!want.reason.test(skip.reason)) problems.push(`${name}: reason ${JSON.stringify(skip.reason)} does not match ${want.reason}`);
        if (article) problems.push(`${name}: both a page and skipped`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('prints each skip as one line naming the file, and accounts for every seed in the build report', () => {
    for (const skip of dataset.skipped) {
      expect(built.output).toContain(`${skip.seed}: skipped: ${skip.reason}`);
      expect(skip.reason).not.toMatch(/\n/);
    }
    expect(report.accounting).toEqual({ ok: true, missing: [] });
    expect(report.seeds.files).toBe(names.length + 5);
    expect(report.seeds.pages + report.seeds.skipped + report.seeds.ignored).toBe(report.seeds.files);
    expect(report.skipped.map((s) => s.seed).sort()).toEqual(dataset.skipped.map((s) => s.seed).sort());
    expect(report.stages.site?.missingArticlePages).toEqual([]);
  });

  it('writes nothing outside the site: the same top-level entries as the ordinary build', async () => {
    const top = async (dir: string) =>
      [...(await readSite(dir)).keys()]
        .map((f) => f.split('/')[0])
        .filter((v, i, a) => a.indexOf(v) === i)
        .sort();
    expect(await top(hostile.dist)).toEqual(await top(ORDINARY));
    for (const article of dataset.articles) expect(article.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('leaves every ordinary article and case page byte for byte as it is without the hostile seeds', async () => {
    const theirs: Dataset = JSON.parse(await readFile(join(ORDINARY, 'data/casebook.json'), 'utf8'));
    const pages = [...theirs.articles.map((a) => `articles/${a.id}/index.html`), ...theirs.cases.map((c) => `cases/${c.id}/index.html`)];
    expect(pages.length).toBeGreaterThan(5);
    const differ: string[] = [];
    for (const page of pages) {
      const a = await readFile(join(ORDINARY, page), 'utf8');
      const b = await readFile(join(hostile.dist, page), 'utf8').catch(() => '(missing)');
      if (a !== b) differ.push(page);
    }
    expect(differ).toEqual([]);
  });

  it('passes the site audits with the hostile pages in it', async () => {
    const result = auditSite(await readSite(hostile.dist));
    if (!result.ok) console.log(formatAudit(result).join('\n'));
    // Every check but those that fail on the ordinary site too (reported there, by tests/browser/audit.test.ts).
    const baseline = auditSite(await readSite(ORDINARY));
    for (const [check, problems] of Object.entries(result.problems)) {
      const known = new Set(baseline.problems[check as keyof typeof baseline.problems]);
      expect(
        problems.filter((p) => !known.has(p)),
        check,
      ).toEqual([]);
    }
  });
});

function hashes(files: Map<string, Uint8Array | string>): Map<string, string> {
  return new Map([...files].map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]));
}

describe('determinism', () => {
  it('two builds of the same seeds, in different folders, give byte-identical dist/', async () => {
    expect(builtTwin.code, builtTwin.output.slice(-2000)).toBe(0);
    const [one, two] = [hashes(await readSite(hostile.dist)), hashes(await readSite(twin.dist))];
    expect([...two.keys()]).toEqual([...one.keys()]);
    const differ = [...one].filter(([path, hash]) => two.get(path) !== hash).map(([path]) => path);
    expect(differ).toEqual([]);
    expect(one.size).toBeGreaterThan(50);
  });
});

describe('hostile pages in Chromium', () => {
  it('show their text literally: nothing executed, nothing reinterpreted as markup, nothing fetched', async () => {
    const origin = new URL(served.url).origin;
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    const problems: string[] = [];
    let checked = 0;
    for (const name of names) {
      const want = EXPECTED[name]!;
      const article = articleOf(name);
      if (want.outcome !== 'page' || !article) continue;
      checked++;
      const seen = { violations: watch.violations.length, errors: watch.errors.length, dialogs: watch.dialogs.length, foreign: watch.foreign.length };
      await page.goto(`${served.url}articles/${article.id}/`, { waitUntil: 'load' });
      await settle(page);
      const found = await page.evaluate(
        (ids) => {
          const h1 = document.querySelector('h1')?.textContent ?? null;
          const main = document.querySelector('main')?.textContent ?? '';
          const paras = ids.map((id) => {
            const el = document.getElementById(id);
            if (!el) return { id, text: null, foreign: [] as string[] };
            // What MDX made of the text: only <p> around it; anything else came from the text.
            const blocks = [...el.querySelectorAll('p')];
            const foreign = [...el.querySelectorAll('*')]
              .filter((e) => !(e.tagName === 'P' || (e.tagName === 'A' && e.getAttribute('href') === `#${id}`)))
              .map((e) => e.outerHTML.slice(0, 80));
            return { id, text: blocks.map((p) => p.textContent).join('\n'), foreign };
          });
          // The page's own JSON-LD is data, not script: checked below to parse, with the title as its headline.
          const own = ':not([type="application/ld+json"])';
          const injected = [
            ...document.querySelectorAll(
              `script:not([src])${own}, iframe, object, embed, [onerror], [onload], [onclick], a[href^="javascript:"], img[src^="http"]`,
            ),
          ].map((e) => e.outerHTML.slice(0, 80));
          const lds = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => {
            try {
              return (JSON.parse(s.textContent ?? '') as { headline?: string }).headline ?? null;
            } catch {
              return `unparsable: ${(s.textContent ?? '').slice(0, 60)}`;
            }
          });
          const scripts = [...document.querySelectorAll(`script${own}`)]
            .filter((s) => /alert|process\.exit/.test(s.textContent ?? ''))
            .map((s) => s.outerHTML.slice(0, 80));
          return { h1, main, paras, injected, scripts, lds, alerted: (window as unknown as { __alerted?: boolean }).__alerted === true };
        },
        article.paragraphs.map((p) => p.id),
      );
      if (want.title !== undefined && squash(found.h1 ?? '') !== squash(want.title)) problems.push(`${name}: h1 is ${JSON.stringify(found.h1?.slice(0, 60))}`);
      for (const [i, para] of found.paras.entries()) {
        const expected = article.paragraphs[i]!.text;
        if (para.text === null) problems.push(`${name}: no element #${para.id}`);
        else if (squash(para.text) !== squash(expected))
          problems.push(`${name}: #${para.id} shows ${JSON.stringify(para.text.slice(0, 80))}, not ${JSON.stringify(expected.slice(0, 80))}`);
        for (const el of para.foreign) problems.push(`${name}: #${para.id} contains markup from the text: ${el}`);
      }
      const main = squash(found.main);
      for (const snippet of want.shows)
        if (!main.includes(squash(snippet))) problems.push(`${name}: page does not show ${JSON.stringify(snippet.slice(0, 60))}`);
      for (const el of [...found.injected, ...found.scripts]) problems.push(`${name}: injected element ${el}`);
      if (found.lds.length !== 1 || squash(found.lds[0] ?? '') !== squash(found.h1 ?? ''))
        problems.push(`${name}: JSON-LD headlines ${JSON.stringify(found.lds)}, not the title`);
      for (const key of ['violations', 'errors', 'dialogs', 'foreign'] as const) {
        for (const item of watch[key].slice(seen[key])) problems.push(`${name}: ${key}: ${item}`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(checked).toBe(Object.values(EXPECTED).filter((e) => e.outcome === 'page').length);
  }, 300_000);

  it('catches script from seed text if it ever ran (the check itself works)', async () => {
    const origin = new URL(served.url).origin;
    const context = await browser.newContext({ bypassCSP: true });
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(served.url);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'alert(1)';
      document.body.append(s);
    });
    await settle(page);
    await context.close();
    expect(watch.dialogs).toEqual(['alert: 1']);
  });
});
