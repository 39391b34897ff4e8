/**
 * Shapes of real pages the cleaning and metadata stages read: a date stamp
 * run into the first line, credits run together, a date first with the place
 * in brackets, share-button rows and address slugs on their own.
 */
import { describe, expect, it } from 'vitest';
import { lineKind, metaSegments } from '../../../../src/extract/clean/boilerplate.ts';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { splitLeadingStamp, toUnits } from '../../../../src/extract/clean/lines.ts';
import { dateFromUrl, parseDateline } from '../../../../src/extract/metadata/dates.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';

describe('a date stamp run into the first line', () => {
  it.each([
    [
      'date 2024-04-22 Germany has detained three people over claims they passed secrets',
      ['date 2024-04-22', 'Germany has detained three people over claims they passed secrets'],
    ],
    [
      '2025-07-25 Two men have been indicted on charges of filming a naval base',
      ['2025-07-25', 'Two men have been indicted on charges of filming a naval base'],
    ],
    ['date 2025-11-27 法庭判決示意圖。本報繪製', ['date 2025-11-27', '法庭判決示意圖。本報繪製']],
  ])('%s', (line, parts) => expect(splitLeadingStamp(line)).toEqual(parts));
  it.each(['2024-11-06 20:26 新华网', '2025-11-26 14:20 聯合報／ 記者林宛蓉／台北即時報導', 'In 2024-25 the ministry reported'])(
    'leaves a date line with its source or credits, or prose, as it is: %s',
    (line) => expect(splitLeadingStamp(line)).toEqual([line]),
  );
});

describe('credit and date lines', () => {
  it('splits source, date and author run together', () => {
    expect(metaSegments('来源:国家安全部 2024年11月04日 15:57作者:安平')).toEqual(['来源:国家安全部', '2024年11月04日 15:57', '作者:安平']);
  });
  it('splits a name from its timestamp', () => expect(metaSegments('风轻云叶淡 2025-12-23 14:52:29')).toEqual(['风轻云叶淡', '2025-12-23 14:52:29']));
  it('reads a name and its timestamp as a byline line', () => expect(lineKind('风轻云叶淡 2025-12-23 14:52:29')?.reason).toBe('byline'));
  it('does not run the text on from a date line', () => {
    expect(toUnits('19 October, 2025\nformer aide sentenced for spying, the court said').map((u) => u.text)).toEqual([
      '19 October, 2025',
      'former aide sentenced for spying, the court said',
    ]);
  });
});

describe('furniture lines', () => {
  it.each(['icon-facebook icon-twitter icon-whatsapp', 'Facebook Twitter Email', 'Print Copy link'])('a row of share buttons: %s', (line) =>
    expect(lineKind(line)?.reason).toBe('share'),
  );
  it('an address slug on its own line', () => expect(lineKind('former-aide-sentenced-for-spying-on-behalf-of-china')?.reason).toBe('markup'));
  it('keeps a hyphenated phrase with spaces', () => expect(lineKind('a well-known, long-running case')).toBeNull());
});

describe('dates', () => {
  it.each([
    ['19th May 2024 – (Hong Kong) Three men were charged', { place: 'Hong Kong', year: 2024, month: 5, day: 19 }],
    ['14-5-2024 (HONG KONG) The chief executive said', { place: 'HONG KONG', year: 2024, month: 5, day: 14 }],
  ])('a dateline with the date first: %s', (p, want) => expect(parseDateline(p)).toMatchObject(want));
  it.each([
    ['https://blog.example/2025/07/how-spies-used-post.html', { date: '2025-07', precision: 'month' }],
    ['http://site.example/date/2025/04', { date: '2025-04', precision: 'month' }],
    ['https://paper.example/page/202403/1309684.shtml', { date: '2024-03', precision: 'month' }],
    ['https://paper.example/page/202413/1309684.shtml', null],
    ['https://paper.example/id/123456/story', null],
  ])('a month in a URL: %s', (url, want) => expect(dateFromUrl(url)).toEqual(want));
});

describe('captions, notices and pitches', () => {
  it.each([
    '圖為「艾塞克斯號」。（美聯社）',
    '趙某因間諜罪被判處有期徒刑7年。(央視截圖)',
    '(读者提供/中央社)',
    '法院示意圖。(中央社)',
    '軍方演訓畫面。（翻攝自國防部）',
  ])('a short Chinese caption with its credit: %s', (line) => expect(lineKind(line)?.reason).toBe('caption'));
  it('keeps a paragraph that ends in an agency credit', () => {
    const p = '國防部今天表示，涉案士官已遭羈押，全案仍在偵辦中，檢方將依法追訴，並強調國軍將持續強化保防教育，防範中共滲透。（中央社）';
    expect(lineKind(p)).toBeNull();
  });
  it.each([
    ['為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。', 'navigation'],
    ['Best viewed in Chrome or Firefox', 'navigation'],
    ['Join our crew and become one of the 12,000 members that receive our newsletter.', 'promo'],
    ['- Published Date: 11:52 | 03 December 2024', 'published-line'],
  ])('%s', (line, reason) => expect(lineKind(line)?.reason).toBe(reason));
});

describe('bylines run together with dates and other credits', () => {
  const byline = (head: string) =>
    readMetadata(
      { seed: 'seeds/x.txt', format: 'txt', text: '', url: null, frontMatter: {} } as never,
      {
        paragraphs: ['Text.'],
        metaLines: [head],
        removed: [{ text: head, reason: 'byline' }],
        headline: null,
        pageMeta: null,
      } as never,
    ).byline;
  it('a name and its timestamp', () => expect(byline('风轻云叶淡 2025-12-23 14:52:29')).toBe('风轻云叶淡'));
  it('the author after a source and a date', () => expect(byline('来源:国家安全部 2024年11月04日 15:57作者:安平')).toBe('安平'));
});

describe('counters, page numbers and picture credits', () => {
  it.each(['Visited 1 times, 1 visit(s) today', '人气: 888', '0 阅读:10', '1. 2. 3. 4. 5. 6. 7. 8. 9. 10.', '1 2 3 4 Next'])('navigation: %s', (line) =>
    expect(lineKind(line)?.reason).toBe('navigation'),
  );
  it('a caption ending in "picture / its source"', () => expect(lineKind('全案在高分院審理中。圖/聯合報系資料照片')?.reason).toBe('caption'));
  it('keeps a sentence about page views', () =>
    expect(lineKind('The video was visited 3 million times before it was taken down, the ministry said.')).toBeNull());
});

describe('a page cut off mid-sentence', () => {
  const clean = (text: string) => cleanArticle({ seed: 'seeds/x.txt', format: 'txt', text, url: null, frontMatter: {}, warnings: [] } as never);
  it('keeps the last line of the story, cut off', () => {
    const page =
      'Spy agency foils smuggling bid\n\nThe ministry said it had stopped a passenger carrying a bottle of gallium.\n\nOver the course of 18 months, the courier sent the off';
    expect(clean(page).paragraphs.at(-1)).toBe('Over the course of 18 months, the courier sent the off');
  });
  it('still drops a stray label at the end of the page', () => {
    const page = 'Spy agency foils smuggling bid\n\nThe ministry said it had stopped a passenger carrying a bottle of gallium.\n\nMore From Our Network';
    expect(clean(page).paragraphs.at(-1)).toBe('The ministry said it had stopped a passenger carrying a bottle of gallium.');
  });
});

describe('how to reach the author', () => {
  it.each(['Contact the writer at', 'Email the author at li@example.com', 'Write to the reporter'])('%s', (line) =>
    expect(lineKind(line)?.reason).toBe('byline'),
  );
});

describe('a wire agency is never the byline (a byline names people)', () => {
  const read = (paragraph: string, url: string | null, removed: string[] = [], reason = 'sign-off') =>
    readMetadata(
      { seed: 'seeds/x.txt', format: 'txt', text: '', url, frontMatter: {} } as never,
      {
        paragraphs: [paragraph],
        metaLines: [],
        removed: removed.map((text) => ({ text, reason })),
        headline: null,
        pageMeta: null,
      } as never,
    ).byline;
  it('credited in the dateline', () => expect(read('Taipei (AFP): Eight servicemen were sentenced on Thursday.', 'https://portal.example/x')).toBeNull());
  it('credited in a Chinese dateline', () => expect(read('（法新社德勒斯登30日电） 德国法院周二判处一名前助理。', 'https://portal.example/x')).toBeNull());
  it('signing the copy on a line of its own', () => expect(read('China banned exports of gallium.', 'https://portal.example/x', ['- Reuters'])).toBeNull());
  it('on a Chinese credit line where a reporter would stand', () =>
    expect(read('一名男子因走私锑被判刑。', 'https://portal.example/x', ['中央社／ 台北17日電'], 'byline')).toBeNull());
  it('not for the agency’s own story', () => expect(read('BEIJING, Jan. 5 (Xinhua) -- China will levy duties.', 'https://english.news.cn/x')).toBeNull());
  it('a reporter credited beside the agency is the byline', () =>
    expect(read('一名男子因走私锑被判刑。', 'https://portal.example/x', ['中央社記者王小明／台北17日電'], 'byline')).toBe('王小明'));
});

describe('a breadcrumb without its separators', () => {
  it.each(['首頁 要聞 焦點', 'Home News World'])('%s', (line) => expect(lineKind(line)?.reason).toBe('navigation'));
  it('keeps a sentence that starts with "Home"', () => expect(lineKind('Home to the navy base, the port was closed for a week.')).toBeNull());
});
