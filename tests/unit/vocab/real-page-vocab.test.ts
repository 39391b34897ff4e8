/**
 * The word-list entries added for real pages, each held to a line of the
 * kind it is there to read: removing an entry makes its line fail.
 */
import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../src/extract/clean/boilerplate.ts';
import { cleanArticle } from '../../../src/extract/clean/clean-article.ts';
import { outletByUrl } from '../../../src/extract/metadata/outlets.ts';
import { zhCredit } from '../../../src/extract/metadata/zh-credits.ts';
import { readSeed } from '../../../src/extract/read/read.ts';
import { ABBREVIATION_END_RE, TRAILING_ABBREVIATIONS } from '../../../src/vocab/abbreviations.ts';
import { ZH_REPORT_ENDINGS, ZH_REPORTER_WORDS } from '../../../src/vocab/bylines.ts';
import { labelMeaning } from '../../../src/vocab/date-labels.ts';
import { CJK_PICTURE_SUPPLIERS, PICTURE_WORDS } from '../../../src/vocab/image-credits.ts';
import { ZH_CREDIT_PLACES } from '../../../src/vocab/places.ts';

describe('date labels of a later revision', () => {
  it.each(['Modified Date', 'Updated Date', 'Last Modified', '最後更新', '最后更新'])('%s', (label) => {
    expect(labelMeaning(label)).toBe('updated');
    expect(lineKind(`${label}: 09:14 | 05 March 2025`)?.reason).toBe('published-line');
  });
});

describe('abbreviations a headline may end on', () => {
  it.each(['Dept', 'Govt', 'Gov', 'Corp', 'Inc', 'Co', 'Ltd', 'Jr', 'Sr', 'Gen', 'Col', 'Capt', 'Adm', 'Sgt', 'Rep', 'Sen', 'Dr', 'Prof', 'vs'])('%s.', (a) =>
    expect(ABBREVIATION_END_RE.test(`Sailor jailed in bribery case, says ${a}.`)).toBe(true),
  );
  it('lists each abbreviation once', () => expect(new Set(TRAILING_ABBREVIATIONS).size).toBe(TRAILING_ABBREVIATIONS.length));
  it('initials', () => expect(ABBREVIATION_END_RE.test('China bans exports of gallium to U.S.')).toBe(true));
  it('not a sentence’s last word', () => expect(ABBREVIATION_END_RE.test('The ministry gave no further details.')).toBe(false));
});

describe('Chinese credits', () => {
  it.each(['记者', '記者', '编译', '編譯'])('%s before the name', (w) => expect(zhCredit(`${w}王建华／台北报导`, true)).toBe('王建华'));
  it.each(['报导', '報導', '报道', '報道', '综合报导', '綜合報導', '综合报道', '綜合報道', '电', '電', '讯', '訊'])('the name runs into %s', (w) =>
    expect(zhCredit(`（记者王建华${w}）`, false)).toBe('王建华'),
  );
  it.each(
    [
      ['台湾', '臺灣', '台北', '臺北', '新北', '桃园', '桃園', '新竹', '台中', '臺中', '台南', '臺南', '高雄', '屏东', '屏東', '花莲', '花蓮', '金门', '金門'],
      ['香港', '澳门', '澳門', '北京', '上海', '深圳', '广州', '廣州', '华盛顿', '華盛頓', '纽约', '紐約', '东京', '東京', '伦敦', '倫敦', '柏林', '巴黎'],
    ].flat(),
  )('the name runs into the place %s', (p) => expect(zhCredit(`（记者王建华${p}报导）`, false)).toBe('王建华'));
  it('every listed word is tested above', () => expect([ZH_REPORTER_WORDS.length, ZH_REPORT_ENDINGS.length, ZH_CREDIT_PLACES.length]).toEqual([4, 12, 37]));
});

describe('who supplied a picture', () => {
  const caption = '涉案上校在住處拍下的照片顯示他身穿軍服手持承諾書，檢方認定此舉嚴重損害國軍形象，並已向法院聲請羈押獲准。';
  it.each(['提供', '翻攝', '翻摄', '截圖', '截图', '攝', '摄', '繪製', '绘制'])('(…%s/agency)', (w) =>
    expect(lineKind(`${caption}(民眾${w}/中央社)`)?.reason).toBe('caption'),
  );
  it('every listed word is tested above', () => expect(CJK_PICTURE_SUPPLIERS.length).toBe(9));
});

describe('words of a picture’s description', () => {
  const P1 = 'The city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent.';
  const P2 = 'Prosecutors said the technician met his handler at a trade fair and was paid in cash for each batch of files over two years.';
  it('every listed word is tested below', () => expect(PICTURE_WORDS.length).toBe(8));
  it.each(['pictured', 'visible', 'seen in', 'photo', 'photograph', 'image', 'illustration', 'depicted'])('an alt text with "%s" above the headline', (w) => {
    const read = readSeed(
      'seeds/t.txt',
      new TextEncoder().encode(`Officer beside a warship at dusk ${w} here\n\nNavy Officer Jailed for Selling Ship Plans\n\n${P1}\n\n${P2}`),
    );
    if (!read.ok) throw new Error(read.reason);
    expect(cleanArticle(read.seed).headline).toBe('Navy Officer Jailed for Selling Ship Plans');
  });
});

describe('outlets by their address', () => {
  it.each([
    ['thethaiger.com', 'The Thaiger'],
    ['khaosodenglish.com', 'Khaosod English'],
    ['nationthailand.com', 'The Nation Thailand'],
    ['voachinese.com', 'VOA Chinese'],
    ['theinitium.com', 'Initium Media'],
    ['twreporter.org', 'The Reporter'],
    ['news.pts.org.tw', 'Public Television Service'],
    ['tw.news.yahoo.com', 'Yahoo News Taiwan'],
    ['hk.news.yahoo.com', 'Yahoo News Hong Kong'],
    ['news.yahoo.com', 'Yahoo News'],
  ])('%s is %s', (host, name) => expect(outletByUrl(`https://${host}/story/1`)?.name).toBe(name));
});
