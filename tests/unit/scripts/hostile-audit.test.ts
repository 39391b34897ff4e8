/**
 * The site audits (scripts/lib/audit.ts) on small made-up sites: a clean one
 * passes, and each check fails on the fault it is meant to find.
 */

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSite, type CheckName, cspProblems, fileFor, pagePath, type SiteFiles } from '../../../scripts/lib/audit.ts';
import { buildReport, linesFromDataset, summarise } from '../../../scripts/lib/report.ts';

const CSP =
  "default-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${CSP}"><title>${title}</title><meta name="description" content="About ${title}">${head}</head><body>${body}</body></html>`;
}

function site(overrides: Record<string, string> = {}): SiteFiles {
  const files: SiteFiles = new Map<string, string>([
    ['index.html', page('Home', '<a href="/articles/a/">A</a> <a href="articles/b/#p2">B, paragraph 2</a><form action="/search/"><input name="q"></form>')],
    [
      'articles/a/index.html',
      page(
        'A',
        '<h1>A</h1><div id="p1"><p>Text</p></div><a href="https://example.com/story" rel="noopener noreferrer">source</a><link rel="stylesheet" href="/_astro/site.css">',
      ),
    ],
    ['articles/b/index.html', page('B', '<div id="p1"></div><div id="p2"><p>Two</p></div><a href="../a/">back</a>')],
    ['search/index.html', page('Search', '<script type="module" src="/_astro/search.js"></script>')],
    ['_astro/site.css', 'body{background:url(/favicon.svg)}'],
    ['_astro/search.js', 'console.log(1)'],
    ['favicon.svg', '<svg/>'],
    ['404.html', page('Not found', '<a href="/">home</a>')],
    ['data/casebook.json', JSON.stringify({ articles: [{ paragraphs: [{ text: 'Quoting MDX: {/* c */}' }] }] })],
  ]);
  for (const [k, v] of Object.entries(overrides)) files.set(k, v);
  return files;
}

function failing(files: SiteFiles): CheckName[] {
  const result = auditSite(files, { site: 'https://casebook.example.org' });
  return (Object.keys(result.problems) as CheckName[]).filter((c) => result.problems[c].length > 0);
}

describe('auditSite', () => {
  it('passes a clean site', () => {
    const result = auditSite(site());
    expect(result.problems).toEqual(Object.fromEntries(Object.keys(result.problems).map((k) => [k, []])));
    expect(result.ok).toBe(true);
    expect(result.pages).toBe(5);
  });

  it.each<[string, Record<string, string>, CheckName]>([
    ['a link to a missing page', { 'articles/b/index.html': page('B', '<div id="p2"></div><a href="/articles/zz/">x</a>') }, 'links'],
    ['a link to a missing paragraph', { 'articles/b/index.html': page('B', '<a href="/articles/a/#p9">x</a><div id="p2"></div>') }, 'links'],
    [
      'a missing stylesheet',
      { 'articles/a/index.html': page('A', '<link rel="stylesheet" href="/_astro/gone.css"><a href="https://x.org/" rel="noopener noreferrer">s</a>') },
      'links',
    ],
    ['a page no link reaches', { 'articles/c/index.html': page('C', 'alone') }, 'orphans'],
    ['a generator marker', { 'articles/b/index.html': page('B', '<div id="p2"><p>generated-by: casebook ingest</p></div>') }, 'leaks'],
    ['an unrendered <Para>', { 'articles/b/index.html': page('B', '<div id="p2"><Para id="p1">x</Para></div>') }, 'leaks'],
    ['an escape the source does not contain', { 'articles/b/index.html': page('B', '<div id="p2"><p>\\{x}</p></div>') }, 'leaks'],
    ['a script from a CDN', { 'search/index.html': page('Search', '<script src="https://cdn.example/x.js"></script>') }, 'external'],
    ['a web font from another host', { '_astro/site.css': '@import url("https://fonts.example/css");' }, 'external'],
    ['an outbound link without rel', { 'articles/a/index.html': page('A', '<a href="https://example.com/">s</a><div id="p1"></div>') }, 'outbound'],
    ['an inline event handler', { 'articles/b/index.html': page('B', '<div id="p2" onclick="x()"></div>') }, 'scripting'],
    ['a javascript: link', { 'articles/b/index.html': page('B', '<div id="p2"><a href="javascript:alert(1)">x</a></div>') }, 'scripting'],
    ['a page without lang', { 'articles/b/index.html': page('B', '<div id="p2"></div>').replace(' lang="en"', '') }, 'meta'],
    ['a page without description', { 'articles/b/index.html': page('B', '<div id="p2"></div>').replace(/<meta name="description"[^>]*>/, '') }, 'meta'],
    ['a page without title', { 'articles/b/index.html': page('', '<div id="p2"></div>') }, 'meta'],
    ['a page without CSP', { 'articles/b/index.html': page('B', '<div id="p2"></div>').replace(/<meta http-equiv[^>]*>/, '') }, 'csp'],
    ['a page over budget', { 'articles/b/index.html': page('B', `<div id="p2"><p>${'x'.repeat(3 * 1024 * 1024)}</p></div>`) }, 'budget'],
  ])('fails on %s', (_, overrides, check) => {
    expect(failing(site(overrides))).toContain(check);
  });

  it('lets a page show MDX-looking text that its source really says', () => {
    expect(failing(site({ 'articles/b/index.html': page('B', '<div id="p2"><p>Quoting MDX: {/* c */}</p></div>') }))).toEqual([]);
  });

  it('skips redirect stubs for meta and orphans, but not for links', () => {
    const stub =
      '<!doctype html><title>Redirecting to: /articles/a/</title><meta http-equiv="refresh" content="0;url=/articles/a/"><a href="/articles/a/">go</a>';
    expect(failing(site({ 'cases/old/index.html': stub }))).toEqual([]);
    expect(failing(site({ 'cases/old/index.html': stub.replace(/\/articles\/a\//g, '/articles/none/') }))).toEqual(['links']);
  });

  it('maps files and paths both ways, under a base path too', () => {
    const files = site();
    expect(pagePath('articles/a/index.html')).toBe('/articles/a/');
    expect(pagePath('index.html', '/casebook/')).toBe('/casebook/');
    expect(fileFor('/articles/a/', files)).toBe('articles/a/index.html');
    expect(fileFor('/articles/a', files)).toBe('articles/a/index.html');
    expect(fileFor('/casebook/favicon.svg', files, '/casebook/')).toBe('favicon.svg');
    expect(fileFor('/elsewhere/favicon.svg', files, '/casebook/')).toBeNull();
  });
});

describe('cspProblems', () => {
  it('accepts the policy the site needs', () => {
    expect(cspProblems(CSP)).toEqual([]);
  });
  it.each([
    ["script-src 'self' 'unsafe-inline'", /unsafe-inline/],
    ["script-src 'self' 'unsafe-eval'", /unsafe-eval/],
    ["script-src 'self' https://cdn.example", /another host/],
    ["script-src 'self' blob:", /blob:/],
    ['img-src *', /another host/],
    ["worker-src 'self' https:", /another host/],
  ])('refuses %s', (extra, problem) => {
    const policy =
      CSP.replace(/script-src [^;]*/, extra.startsWith('script-src') ? extra : "script-src 'self'") + (extra.startsWith('script-src') ? '' : `; ${extra}`);
    expect(cspProblems(policy).join('\n')).toMatch(problem);
  });
  it("requires object-src 'none' and base-uri", () => {
    expect(cspProblems("script-src 'self'").join('\n')).toMatch(/object-src[\s\S]*base-uri/);
  });
});

describe('build report', () => {
  it('accounts for every seed file: pages, skips, ignored; and finds one that is none', async () => {
    const root = await mkdtemp(join(tmpdir(), 'casebook-report-'));
    try {
      await mkdir(join(root, 'seeds'));
      for (const f of ['a.txt', 'b.txt', 'c.txt', 'notes.docx', 'README.md', 'lost.txt']) await writeFile(join(root, 'seeds', f), 'x');
      const dataset = {
        format: 'casebook/1',
        articles: [{ id: 'a', seed: 'seeds/a.txt', paragraphs: [{ id: 'p1', text: 't' }], removed: [], cases: [], warnings: ['removed 1 control character'] }],
        cases: [],
        topics: [],
        entities: [],
        skipped: [
          { seed: 'seeds/b.txt', reason: 'has no text; delete it or paste the article into it' },
          { seed: 'seeds/c.txt', reason: 'is the same article as seeds/a.txt; delete one of the two files' },
        ],
      } as never;
      const report = await buildReport({ root, seedsDir: 'seeds', ingest: { result: null, dataset } });
      expect(report.seeds).toEqual({ files: 5, pages: 1, skipped: 2, ignored: 1 });
      expect(report.skipped.map((s) => s.stage)).toEqual(['read', 'dedupe']);
      expect(report.ignored.map((i) => i.file)).toEqual(['seeds/notes.docx']);
      expect(report.warnings).toEqual([{ seed: 'seeds/a.txt', stage: 'read', message: 'removed 1 control character' }]);
      expect(report.accounting).toEqual({ ok: false, missing: ['seeds/lost.txt: not in the ingest report'] });
      expect(summarise(report).at(-1)).toMatch(/NOT ACCOUNTED FOR: seeds\/lost\.txt/);
      expect(linesFromDataset(dataset).map((l) => l.status)).toEqual(['ok', 'skipped', 'duplicate']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
