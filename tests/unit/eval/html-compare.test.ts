import { describe, expect, it } from 'vitest';
import type { GoldArticle } from '../../../src/eval/gold.ts';
import { formatComparison, judgePage, summarise } from '../../../src/eval/html-compare.ts';

const gold = (file: string, include: string[], exclude: string[]): GoldArticle =>
  ({ file, body_must_include: include, body_must_exclude: exclude, events: [], cases: [] }) as GoldArticle;

describe('judgePage', () => {
  it('counts the phrases kept and leaked, matching as the eval does (case, white space, quote style)', () => {
    const v = judgePage(
      { file: 'a.html', text: 'The court’s ruling\nwas read out.\n\nSubscribe now', cpuMs: 1 },
      gold('a.html', ["the court's ruling was read", 'a phrase not there'], ['subscribe NOW', 'Related']),
    );
    expect(v).toMatchObject({ kept: 1, of: 2, leaked: 1, ofExcluded: 2, missed: ['a phrase not there'], leaks: ['subscribe NOW'], failed: false });
  });

  it('scores a page with no text as every phrase missed and nothing leaked', () => {
    expect(judgePage({ file: 'a.html', text: null, cpuMs: 1 }, gold('a.html', ['x'], ['y']))).toMatchObject({ kept: 0, leaked: 0, failed: true });
  });
});

describe('summarise', () => {
  const golds = new Map([
    ['a.html', gold('a.html', ['alpha'], ['noise'])],
    ['b.html', gold('b.html', ['beta'], [])],
  ]);

  it('totals the pages, counts clean and failed pages, and gives the CPU median and maximum', () => {
    const s = summarise(
      'x',
      [
        { file: 'a.html', text: 'alpha', cpuMs: 10 },
        { file: 'b.html', text: null, cpuMs: 30 },
      ],
      golds,
    );
    expect(s).toMatchObject({ pages: 2, failed: 1, kept: 1, of: 2, leaked: 0, clean: 1 });
    expect(s.cpuMs).toEqual({ total: 40, median: 10, p90: 30, max: 30 });
    expect(formatComparison([s])).toContain('1/2 (50.0%)');
  });

  it('refuses a reading of a page the gold does not know', () => {
    expect(() => summarise('x', [{ file: 'c.html', text: '', cpuMs: 0 }], golds)).toThrow(/no gold/);
  });
});
