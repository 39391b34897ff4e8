/**
 * Credits, datelines and outlets as real pages print them, in lines written
 * for the test: Chinese credits naming several journalists or a desk, an
 * agency signing the end of its copy, a name and its labelled date, a
 * masthead spelling the site's address.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { parseDateline } from '../../../../src/extract/metadata/dates.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { outletByUrl, siteNameIn } from '../../../../src/extract/metadata/outlets.ts';
import { zhCredit } from '../../../../src/extract/metadata/zh-credits.ts';
import { extractSeed } from '../../../../src/extract/pipeline.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';

function meta(text: string) {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return readMetadata(read.seed, cleanArticle(read.seed));
}

const P1 = 'The city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent.';
const P2 = 'Prosecutors said the technician met his handler at a trade fair and was paid in cash for each batch of files over two years.';
const ZH1 = '檢方調查發現，涉案的退役軍官多次前往對岸接受招待，並被要求蒐集基地資訊，全案已移送法院審理。';
const ZH2 = '法院審理後認為被告犯行明確，依違反國家安全法判處有期徒刑六年，全案仍可上訴。';

describe('Chinese credits', () => {
  it.each([
    ['two reporters, the place run on after the second', '【大華報2024年3月5日讯】(大華報记者王建华、李明台湾台北报导)退役军官', false, '王建华、李明'],
    ['two reporters in a bracket, then a slash', '【記者陳志明、林雅婷/臺北報導】國防部今天表示', false, '陳志明、林雅婷'],
    ['a compiling writer on the date line', '2025/03/08 09:41 編譯張家豪／綜合報導', true, '張家豪'],
    ['a desk and the place and day it wires from', '國際新聞組╱東京3日電', true, '國際新聞組'],
    ['a reporter and the place, no reporter bracket', '记者王建华/台北报导', true, '王建华'],
  ])('%s', (_what, text, line, want) => expect(zhCredit(text, line)).toBe(want));
  it('reads the reporters of a story from its first line', () => {
    expect(meta(`退將淪共諜案 檢方起訴三人\n\n【記者陳志明、林雅婷/臺北報導】${ZH1}\n\n${ZH2}`).byline).toBe('陳志明、林雅婷');
  });
  it('reads a desk credit under the headline', () => {
    expect(meta(`退將淪共諜案 檢方起訴三人\n\n國際新聞組╱東京3日電\n\n${ZH1}\n\n${ZH2}`).byline).toBe('國際新聞組');
  });
});

describe('Chinese credits on lines of their own', () => {
  it('an outlet, its reporter and "compiled" between slashes, spaced', () => {
    expect(meta(`陸嚴控關鍵礦物 走私重判14年\n\n聯合報／ 記者林小明／綜合報導\n\n${ZH1}\n\n${ZH2}`).byline).toBe('林小明');
  });
  it("an opinion piece's author after its mark", () => {
    expect(zhCredit('◎ 王大明', true)).toBe('王大明');
    expect(meta(`退將判刑七年 太輕\n\n◎ 王大明\n\n${ZH1}\n\n${ZH2}`).byline).toBe('王大明');
  });
  it('the author named in the line of the site, the date and the source', () => {
    expect(meta(`神秘小型车谍照曝光\n\n大家车网 2009-08-18 01:00 来源:汽车之家 作者:梁小辰\n\n${ZH1}\n\n${ZH2}`).byline).toBe('梁小辰');
  });
  it('the reporter credited in brackets in the paragraph after a photo caption', () => {
    const caption = '影片十七日上映,吸引大量觀眾。';
    expect(meta(`國安大片上映\n\n${caption}\n\n深圳新聞網2026年2月18日訊(深圳報業集團記者 趙小君/文)${ZH1}\n\n${ZH2}`).byline).toBe('趙小君');
  });
});

describe('agencies credit the copy, not its writer', () => {
  it('an agency signing the end of its copy', () => {
    expect(meta(`Two students indicted over drone flights near naval base\n\n${P1}\n\n${P2} (Yonhap)`).byline).toBeNull();
  });
  it('a portal running the agency’s copy under the agency’s name', () => {
    const m = meta(
      `https://portal.example/world/2025/03/05/story\n\nBeijing curbs magnet sales\n- Reuters\n- Published Date: 10:02 | 05 March 2025\n${P1}\n${P2}`,
    );
    expect(m.byline).toBeNull();
  });
});

describe('bylines', () => {
  it('a name signed with initials and its labelled date: the writer and the date', () => {
    const m = meta(`Chinese National Jailed for Acting as Agent\n\nFarah KM Published March 3, 2024 | 09:15 AM\n\n${P1}\n\n${P2}`);
    expect(m.byline).toBe('Farah KM');
    expect(m.published).toEqual({ date: '2024-03-03', precision: 'day' });
  });
  it('a name run into "in" and the city it files from', () => {
    expect(meta(`China exposes smuggling tactics\n\nLucy Wangin Shenzhen\n\n${P1}\n\n${P2}`).byline).toBe('Lucy Wang');
  });
  it('a short two-word name run into "in" and the city, on a line the cleaner takes for a fragment', () => {
    expect(meta(`Court jails smugglers of a strategic metal\n\nXinyi Wuin Beijing\n\nPublished: 8:00pm, 18 Dec 2025\n\n${P1}\n\n${P2}`).byline).toBe(
      'Xinyi Wu',
    );
    expect(meta(`Court jails smugglers of a strategic metal\n\nXinyi Wuin Atlantis\n\nPublished: 8:00pm, 18 Dec 2025\n\n${P1}\n\n${P2}`).byline).not.toBe(
      'Xinyi Wu',
    );
  });
  it('keeps a name ending in "in" before a word that is not a place', () => {
    expect(meta(`China exposes smuggling tactics\n\nKevin Martin Lewis\n\n${P1}\n\n${P2}`).byline).toBe('Kevin Martin Lewis');
  });
});

describe('dates', () => {
  it('the outlet and the full date in brackets opening a Chinese story', () => {
    expect(parseDateline('【大華報2024年3月5日讯】(大華報记者王建华台北报导)退役军官')).toMatchObject({ year: 2024, month: 3, day: 5, agency: '大華報' });
  });
});

describe('outlets', () => {
  it('a masthead spelling the site’s address', () => {
    expect(siteNameIn('https://www.harbourwatch.example.com/news/1', ['harbourwatch'])).toBeNull();
    expect(siteNameIn('https://www.harbourwatch.com/news/1', ['Menu', 'Harbour Watch'])).toBe('Harbour Watch');
    expect(meta(`https://harbourwatch.com/news/1\n\nHarbour Watch\n\nNavy officer jailed for selling ship plans\n\n${P1}\n\n${P2}`).outlet).toBe(
      'Harbour Watch',
    );
  });
  it.each([
    ['https://thethaiger.com/news/national/x', 'The Thaiger'],
    ['https://tw.news.yahoo.com/x.html', 'Yahoo News Taiwan'],
    ['https://hk.news.yahoo.com/x.html', 'Yahoo News Hong Kong'],
  ])('%s', (url, name) => expect(outletByUrl(url)?.name).toBe(name));
});

describe('a chapter of web fiction', () => {
  it('stays off topic when its bookmark banner is cleaned away', () => {
    const text = [
      '第十二章 間諜',
      '',
      '本站提示您:看完求收藏(某某書屋www.example.tw),下次閱讀更方便。',
      '',
      '“這是間諜案，國家安全機關已經盯上他很久了。”戴隊長說著，把卷宗推到桌上。',
      '',
      '幾個人面面相覷，誰也沒想到，一起普通的失竊案背後，竟然牽出了境外情報機關。',
    ].join('\n');
    const out = extractSeed({ path: 'seeds/novel.txt', bytes: new TextEncoder().encode(text) }, []);
    expect(out.status).toBe('ok');
    if (out.status === 'ok') {
      expect(out.article.paragraphs.map((p) => p.text).join('')).not.toContain('求收藏');
      expect(out.article.onTopic).toBe(false);
    }
  });
});
