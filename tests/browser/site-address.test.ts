/**
 * The built site (dist/, as `npm run build` made it) and its public address:
 * built without CASEBOOK_SITE it carries no address anyone could take for the
 * archive's own — permanent links, canonical links, feeds, the sitemap, the
 * CSV and the citation files carry site paths instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = process.env.CASEBOOK_DIST ?? 'dist';
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(html|xml|txt|csv|json|bib)$/.test(e.name))
  .map((e) => join(e.parentPath, e.name));
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe.skipIf(!!process.env.CASEBOOK_SITE)('a build without CASEBOOK_SITE', () => {
  it('writes no placeholder domain into any file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('example.org'))).toEqual([]);
  });

  it('gives case pages a relative permanent link and no og:url', () => {
    const id = (JSON.parse(read('data/casebook.json')) as { cases: { id: string }[] }).cases[0]!.id;
    const html = read(`cases/${id}/index.html`);
    expect(html).toMatch(new RegExp(`Permanent link: <a href="/cases/${id}/"[^>]*>/cases/${id}/</a>`));
    expect(html).toContain(`<link rel="canonical" href="/cases/${id}/">`);
    expect(html).not.toContain('og:url');
    expect(read(`cases/${id}/cite.bib`)).toContain(`url = {/cases/${id}/}`);
  });

  it('marks the machine-readable files as needing the address', () => {
    expect(read('robots.txt')).not.toMatch(/^Sitemap:/m);
    expect(read('sitemap.xml')).toContain('<!-- Site paths, not addresses');
    expect(read('feed.xml')).toMatch(/<id>urn:casebook:cases\/<\/id>/);
    expect(read('data/cases.csv').split('\r\n')[1]).toMatch(/^[^,]+,\/cases\/[^,]+\/,/);
  });
});
