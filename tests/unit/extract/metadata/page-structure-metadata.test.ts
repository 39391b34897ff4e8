/**
 * Titles, outlets, bylines and dates read from how a news page is built, on any outlet: a browser title beside
 * the bare headline, a title's tail that spells the site's address, a written name in the page that spells it,
 * a "Source:" line on reposted copy, a Chinese copyright footer, a writer after "文／", a short headline over its
 * byline, and a today's-date widget above the headline.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { parseDateline } from '../../../../src/extract/metadata/dates.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { siteNameIn, sourceCredit, spellsHost, zhCopyrightHolder } from '../../../../src/extract/metadata/outlets.ts';
import { titleAndSite } from '../../../../src/extract/metadata/title-site.ts';
import { zhCredit } from '../../../../src/extract/metadata/zh-credits.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';

function meta(lines: string[]) {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(lines.join('\n')));
  if (!read.ok) throw new Error(read.reason);
  return readMetadata(read.seed, cleanArticle(read.seed));
}

const HEAD = 'Radar technician jailed for selling test data';
const P1 =
  'The city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent he met at a trade fair.';
const P2 = 'Prosecutors said the technician was paid in cash for each batch of files he handed over during the two years before his arrest.';
const ZH1 = '檢方調查發現，涉案的退役軍官多次前往對岸接受招待，並被要求蒐集基地資訊，全案已移送法院審理。';
const ZH2 = '法院審理後認為被告犯行明確，依違反國家安全法判處有期徒刑六年，全案仍可上訴。';
const NUMBERED = 'https://www.hw.example/news/12345';

describe('a title line and the site it names', () => {
  it('splits a tail that spells the address', () => {
    expect(titleAndSite(`${HEAD} | Harbour Watch`, 'https://www.harbourwatch.example/a/1')).toEqual({ title: HEAD, site: 'Harbour Watch' });
    expect(titleAndSite(`${HEAD} - South China Star Post`, 'https://www.scsp.example/a/1')).toEqual({ title: HEAD, site: 'South China Star Post' });
  });
  it('splits a tail shaped as a Chinese masthead', () => {
    expect(titleAndSite('退將淪共諜 高院判刑六年 - 海港新聞網', null)).toEqual({ title: '退將淪共諜 高院判刑六年', site: '海港新聞網' });
  });
  it('keeps a tail that is part of the headline', () => {
    expect(titleAndSite(`${HEAD} - Justice Dept.`, 'https://www.news.example/radar-technician-jailed')).toEqual({
      title: `${HEAD} - Justice Dept.`,
      site: null,
    });
  });
  it('reads a browser title beside the bare headline, whatever the site is called', () => {
    expect(titleAndSite(`${HEAD} | World | Harbour Watch`, NUMBERED, ['Menu', HEAD])).toEqual({ title: HEAD, site: 'Harbour Watch' });
    expect(titleAndSite(HEAD, NUMBERED, [`${HEAD} – Harbour Watch`])).toEqual({ title: HEAD, site: 'Harbour Watch' });
    // "Spy case - what we know" is one headline, not "Spy case" on a site called "what we know".
    expect(titleAndSite('Spy case - what we know', NUMBERED, ['Spy case'])).toEqual({ title: 'Spy case - what we know', site: null });
  });
  it('gives the page its headline and outlet', () => {
    const m = meta([NUMBERED, '', `${HEAD} | Harbour Watch`, '', 'Harbour Watch', '', HEAD, '', 'March 4, 2025', '', P1, '', P2]);
    expect(m.title).toBe(HEAD);
    expect(m.outlet).toBe('Harbour Watch');
  });
});

describe('a name in the page that spells the address', () => {
  it.each([
    ['https://www.harbourwatch.example/a', 'The story first ran in Harbour Watch on Monday.', 'Harbour Watch'],
    ['https://www.thestandardpost.example/a', '© 2025 The Standard Post. All rights reserved.', 'The Standard Post'],
    ['https://www.urdupoint.example/a', 'Follow UrduPoint for more.', 'UrduPoint'],
    ['https://www.daily8.example/a', 'More from Daily8', 'Daily8'],
  ])('%s is named by "%s"', (url, line, name) => expect(siteNameIn(url, [line])).toBe(name));
  it.each([
    // A sentence's first word is not a written name; an address is not one either.
    ['https://www.harbour.example/a', 'Harbour officials said the ship left.'],
    ['https://www.harbourwatch.example/a', 'Read it at harbourwatch.example/news'],
  ])('%s is not named by "%s"', (url, line) => expect(siteNameIn(url, [line])).toBeNull());
  it('initials spell a short address', () => {
    expect(spellsHost('South China Star Post', 'https://www.scsp.example/a')).toBe(true);
    expect(spellsHost('Star Post', 'https://www.scsp.example/a')).toBe(false);
  });
});

describe('the outlet a reposted story credits', () => {
  it.each([
    ['Source: Harbour Watch News | 2025-03-04', 'Harbour Watch News'],
    ['来源：海港日报 2025-03-04 10:32', '海港日报'],
    ['來源：海港新聞網', '海港新聞網'],
    ['Source: Reuters', 'Reuters'],
  ])('"%s" credits %s', (line, name) => expect(sourceCredit(line)).toBe(name));
  it.each([['来源：国家安全部'], ['Source: the prosecutors'], ['Source: company filings']])('"%s" credits no outlet', (line) =>
    expect(sourceCredit(line)).toBeNull(),
  );
  it('names the outlet of a copying site', () => {
    expect(meta(['https://copy.example/news/1', '', '退將淪共諜 高院判刑六年', '', '来源：海港日报', '', '2025-03-04', '', ZH1, '', ZH2]).outlet).toBe(
      '海港日报',
    );
  });
});

describe('a Chinese copyright footer', () => {
  it.each([
    ['Copyright © 2015-2022 海港观察网版权所有 备案号:沪ICP备0000000号', '海港观察网'],
    ['版權所有 海港觀察', '海港觀察'],
    ['© 2025 海港日報 版權所有，不得轉載', '海港日報'],
  ])('"%s" is signed by %s', (line, name) => expect(zhCopyrightHolder(line)).toBe(name));
  it('a company that owns the site is not its name', () => expect(zhCopyrightHolder('海港科技有限公司 版权所有')).toBeNull());
  it('names the outlet', () => {
    expect(meta(['https://www.hw.example/news/1', '', '退將淪共諜 高院判刑六年', '', '2025-03-04', '', ZH1, '', ZH2, '', '版權所有 海港觀察']).outlet).toBe(
      '海港觀察',
    );
  });
});

describe('bylines', () => {
  it.each([
    ['文／林曉雯', '林曉雯'],
    ['撰文：陳大同', '陳大同'],
    ['採訪整理／王小明', '王小明'],
  ])('"%s" credits %s', (line, name) => expect(zhCredit(line, true)).toBe(name));
  it('reads the writer under a Chinese headline', () => {
    expect(meta(['https://tw.example/news/123', '', '退將淪共諜 高院判刑六年', '', '文／林曉雯', '', '2025-03-04 10:32', '', ZH1, '', ZH2]).byline).toBe(
      '林曉雯',
    );
  });
});

describe('headline and date by where they stand', () => {
  it('a short title-case headline right above its byline', () => {
    expect(meta([NUMBERED, '', 'Spy Technician Jailed', '', 'By Ana Lopez', 'March 4, 2025', '', P1, '', P2]).title).toBe('Spy Technician Jailed');
  });
  it('a two-word name above the date is a byline, not a headline', () => {
    expect(meta([NUMBERED, '', 'Ana Lopez', 'March 4, 2025', '', P1, '', P2]).title).not.toBe('Ana Lopez');
  });
  it("the date under the headline, not the today's-date widget above the masthead", () => {
    const m = meta([NUMBERED, '', 'Monday, December 8, 2025', '', 'Harbour Watch', '', HEAD, '', 'By Ana Lopez', '', 'March 4, 2025', '', P1, '', P2]);
    expect(m.published).toEqual({ date: '2025-03-04', precision: 'day' });
  });
  it('a date above the headline when none stands under it', () => {
    const m = meta([NUMBERED, '', 'March 4, 2025', '', HEAD, '', 'By Ana Lopez', '', P1, '', P2]);
    expect(m.published).toEqual({ date: '2025-03-04', precision: 'day' });
  });
});

describe('datelines that state the whole day', () => {
  it.each([
    ['LONDON (4th March 2025) – ', 'a place with the date in brackets'],
    ['March 4, 2025', 'a date stamp run into the first paragraph'],
    ['Mar 4, 2025 — ', 'a date stamp set off by a dash'],
  ])('"%s": %s', (head) => {
    expect(parseDateline(`${head}${P1}`)).toMatchObject({ year: 2025, month: 3, day: 4 });
    expect(meta([NUMBERED, '', HEAD, '', `${head}${P1}`, '', P2]).published).toEqual({ date: '2025-03-04', precision: 'day' });
  });
  it('a date inside the opening sentence is not a dateline', () => {
    expect(parseDateline(`March 4, 2025, was the day the court sentenced a former radar technician.`)).toBeNull();
  });
});

describe('a name and its date on one line', () => {
  it.each([['Ana Lopez • 4 March 2025'], ['Ana Lopez - 4 March 2025'], ['Ana Lopez — March 4, 2025']])('"%s"', (line) => {
    const m = meta([NUMBERED, '', HEAD, '', line, '', P1, '', P2]);
    expect(m.byline).toBe('Ana Lopez');
    expect(m.published).toEqual({ date: '2025-03-04', precision: 'day' });
  });
});

describe('an outlet the sources speak to', () => {
  const told = 'A spokesman for the court told Reuters the technician would appeal the sentence within the month allowed by law.';
  it("a known site's story quotes what a source told another outlet", () => {
    expect(meta(['https://www.scmp.com/news/china/article/3300000/radar-technician-jailed', '', HEAD, '', P1, '', told, '', P2]).outlet).toBe(
      'South China Morning Post',
    );
  });
  it('a page saved without its address is the outlet its sources speak to', () => {
    expect(meta([HEAD, '', P1, '', told, '', P2]).outlet).toBe('Reuters');
  });
  it('a site the table does not know, reposting the interview, is named by its address', () => {
    expect(meta([NUMBERED, '', HEAD, '', P1, '', told, '', P2]).outlet).toBe('HW');
  });
});
