/**
 * The word lists of src/vocab, each entry held to a line of the kind it is
 * there to read. Removing an entry makes its line fail.
 */
import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../src/extract/clean/boilerplate.ts';
import { readMetadata } from '../../../src/extract/metadata/metadata.ts';
import { siteOfUrl } from '../../../src/extract/metadata/outlets.ts';
import { AUTHOR_PREFIX_RE, OTHER_CREDIT_PREFIXES } from '../../../src/vocab/bylines.ts';
import { MONTH_NAMES, monthNumber } from '../../../src/vocab/calendar.ts';
import { labelMeaning } from '../../../src/vocab/date-labels.ts';
import { numberWordValue } from '../../../src/vocab/numbers.ts';
import { alternation, escapeRe } from '../../../src/vocab/regex.ts';

describe('regex helpers', () => {
  it('escapes every character a RegExp gives meaning to', () => {
    const s = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRe(s)}$`).test(s)).toBe(true);
  });
  it('tries the longest word first, so a longer label is not cut short', () => {
    expect(new RegExp(alternation(['issued', 'issued on'])).exec('issued on 4 May')![0]).toBe('issued on');
  });
});

describe('calendar', () => {
  it.each([
    ['Jan', 1],
    ['Sept.', 9],
    ['Sep', 9],
    ['december', 12],
  ])('%s is month %i', (name, n) => expect(monthNumber(name)).toBe(n));
  it('names twelve months in order', () => expect(MONTH_NAMES.map((m) => monthNumber(m))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
});

describe('credit prefixes', () => {
  it.each([
    'By Laura Zhou',
    'Written by Laura Zhou',
    'Words by Laura Zhou',
    'Reporting by Laura Zhou',
    'Reported by Laura Zhou',
    'Story by Laura Zhou',
    'Text by Laura Zhou',
    'Author: Laura Zhou',
    'Authors: Laura Zhou',
    'Reporter: Laura Zhou',
    '作者：周雨桐',
    '撰文：周雨桐',
    '撰稿：周雨桐',
    '記者：周雨桐',
    '记者：周雨桐',
  ])('"%s" opens an author credit', (line) => expect(AUTHOR_PREFIX_RE.test(line)).toBe(true));
  it.each(OTHER_CREDIT_PREFIXES.map((p) => [`${p}: Gerry Doyle`]))('"%s" is a credit line, not text', (line) => expect(lineKind(line)?.reason).toBe('byline'));
});

describe('date labels', () => {
  it.each([
    ['Published', 'published'],
    ['First published', 'published'],
    ['Posted', 'published'],
    ['Issued on', 'published'],
    ['发布时间', 'published'],
    ['發佈時間', 'published'],
    ['Updated', 'updated'],
    ['Last updated', 'updated'],
    ['Modified', 'updated'],
    ['更新時間', 'updated'],
    ['Date', 'date'],
    ['日期', 'date'],
  ])('%s labels the %s date', (label, meaning) => expect(labelMeaning(label)).toBe(meaning));
  it.each([
    'Published: Nov 04, 2024 12:19 PM',
    'Updated: 2024-11-05 09:00',
    'Release time: 2024-11-05',
    'Publication date: 5 November 2024',
    'Published Date: 11:52 | 03 December 2024',
    '发布时间：2025-04-15 07:45',
    '更新時間：2024/11/05',
    'date 2024-04-22',
    'Published on 4 November 2024',
  ])('"%s" is a publication line', (line) => expect(lineKind(line)?.reason).toBe('published-line'));
});

describe('numbers', () => {
  it.each([
    ['ten', 10],
    ['Twelve', 12],
    ['twenty', 20],
  ])('%s is %i', (w, n) => expect(numberWordValue(w)).toBe(n));
});

describe('site of a URL', () => {
  it.each([
    ['https://www.dailynews.example/a/1', 'dailynews.example'],
    ['https://m.digipub.example/dy/article/1.html', 'digipub.example'],
    ['https://mobile.paper.example/x', 'paper.example'],
    ['https://amp.paper.example/x', 'paper.example'],
    ['https://wap.paper.example/x', 'paper.example'],
    ['https://news.charm-retirement.example/story', 'charm-retirement.example'],
    ['https://testing.dev.paper.example/story', 'paper.example'],
    ['https://www.paper.co.uk/story', 'paper.co.uk'],
    ['https://big5.paper.com.tw/story', 'paper.com.tw'],
    ['https://smallpaper.blogspot.com/2024/01/x.html', 'smallpaper.blogspot.com'],
    ['ftp://files.example/x', null],
    ['https://127.0.0.1/x', null],
  ])('%s is served by %s', (url, site) => expect(siteOfUrl(url)).toBe(site));
});

describe('outlets read from the page', () => {
  const meta = (text: string) => {
    const raw = { seed: 'seeds/x.txt', format: 'txt', text, url: 'https://www.smallsite.example/2025/07/story.html', frontMatter: {} } as never;
    return readMetadata(raw, { paragraphs: ['Text of the story that names nobody.'], metaLines: [], removed: [], headline: null, pageMeta: null } as never);
  };
  it('takes the site from the URL when the text names no publisher, and says so', () => {
    const m = meta('x');
    expect(m.outlet).toBe('smallsite.example');
    expect(m.provenance.outlet).toBe('url');
  });
  it('takes a month from a dated folder of the URL, and says so', () => {
    const m = meta('x');
    expect(m.published).toEqual({ date: '2025-07', precision: 'month' });
    expect(m.provenance.published).toBe('url');
  });
});
