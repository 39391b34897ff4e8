/**
 * One count of cases everywhere: the home page, the case list, the explore
 * page's pictures, the topic index, the feeds and the CSV count the same
 * cases, and a dramatization is never one of them (read from the built site).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = process.env.CASEBOOK_DIST ?? 'dist';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const dataset = JSON.parse(read('data/casebook.json')) as { cases: Array<{ id: string; dramatization: boolean; topics: string[] }> };
const reported = dataset.cases.filter((c) => !c.dramatization);
const dramatizations = dataset.cases.filter((c) => c.dramatization);
const tableCells = (html: string, id: string) => {
  const figure = html.slice(html.indexOf(`id="${id}-cap"`));
  const table = figure.slice(0, figure.indexOf('</table>'));
  return [...table.matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
};

describe('one count of cases', () => {
  it('the home page and the case list give the same number of cases, dramatizations apart', () => {
    expect(read('index.html')).toContain(`<strong>${reported.length}</strong> cases`);
    const list = read('cases/index.html');
    expect(list).toMatch(new RegExp(`<p>${reported.length} cases? reported by news outlets`));
    if (dramatizations.length) expect(list).toContain(`and ${dramatizations.length} dramatization`);
  });

  it('the explore page counts the same cases over time, and no topic kind counts more', () => {
    const explore = read('explore/index.html');
    const overTime = tableCells(explore, 'over-time').reduce((a, b) => a + b, 0);
    const undated = Number(/(\d+) cases? (?:is|are) left out: no source gives a date/.exec(explore)?.[1] ?? 0);
    expect(overTime + undated).toBe(reported.length);
    const byKind = tableCells(explore, 'by-kind');
    expect(byKind.length).toBeGreaterThan(0);
    expect(Math.max(...byKind)).toBeLessThanOrEqual(reported.length);
  });

  it('the topic index counts only cases', () => {
    const html = read('topics/index.html');
    for (const m of html.matchAll(/href="\/topics\/([^/]+)\/">[^<]*<\/a> <span class="n">(\d+)</g)) {
      expect(Number(m[2]), m[1]).toBe(reported.filter((c) => c.topics.includes(m[1]!)).length);
    }
  });

  it('the CSV lists the cases first, then the dramatizations, flagged', () => {
    const rows = read('data/cases.csv').trim().split('\r\n').slice(1);
    const flags = rows.map((r) => (r.includes(',yes,') ? 'yes' : 'no'));
    expect(flags).toEqual([...reported.map(() => 'no'), ...dramatizations.map(() => 'yes')]);
  });

  it('the feed marks every dramatization it carries', () => {
    const entries = read('feed.xml').split('<entry>').slice(1);
    for (const d of dramatizations) {
      const entry = entries.find((e) => e.includes(`cases/${d.id}/`));
      if (entry) expect(entry).toMatch(/<title>Dramatization: [\s\S]*<category term="dramatization"/);
    }
  });
});
