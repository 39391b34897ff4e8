/**
 * The outlet that filed a Chinese story, read from the credit the story opens with: the outlet, the place,
 * the day, then "電" (wired), "訊" (news of) or "報導" (reported). Lines written for the test.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { zhFiledOutlet } from '../../../../src/extract/metadata/outlets.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';

function meta(text: string) {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return readMetadata(read.seed, cleanArticle(read.seed));
}
const outletOf = (text: string) => ({ value: meta(text).outlet, from: meta(text).provenance.outlet });
const bylineOf = (text: string) => meta(text).byline;

describe('zhFiledOutlet', () => {
  it.each([
    [
      'an agency the table knows, the place, the day, "compiled from wires"',
      '（中央社華盛頓5日綜合外電報導）美國聯邦法院今天判處一名前海軍士兵十六年徒刑。',
      'Focus Taiwan',
    ],
    ['an agency, the place and the month and day', '新华社北京3月1日电 国家安全部今天公布一起案件。', 'Xinhua'],
    ['a news site no table knows, by its masthead ending, and the full date', '東海新聞網2025年3月4日訊(記者 王小明/文)市民中心昨天舉行首映。', '東海新聞網'],
  ])('%s', (_what, text, want) => expect(zhFiledOutlet(text)).toBe(want));
  it.each([
    ['"this paper" names no one', '本报北京4月14日电 （记者赵文涛）国家安全机关近日破获一起案件。'],
    ['a sentence that only mentions a day', '据报道，该案于3月1日开庭审理，被告当庭认罪。'],
  ])('%s', (_what, text) => expect(zhFiledOutlet(text)).toBeNull());
});

describe('the outlet of a page that carries a Chinese credit', () => {
  it('is the one that filed the story, even below a photo caption, before the address it is served from', () => {
    const page = [
      'https://m.copysite.example/news/1.htm',
      '',
      '《無聲》十七日上映,吸引大量觀眾觀影。',
      // A converter printed the reading of some characters after them.
      '東海新聞網(wǎng)2025年3月4日訊(東海報業(yè)集團(tuán)記者 王小明/文 李 犁/圖)從市民中心到商場,無人機自動跟蹤,境外間諜閃送接頭。',
      '這部影片由有關部門指導創作,講述國家安全機關破獲一起間諜案的故事。',
    ].join('\n');
    expect(outletOf(page)).toEqual({ value: '東海新聞網', from: 'text' });
    // The credit in brackets names the reporter once the readings are gone.
    expect(bylineOf(page)).toBe('王小明');
  });
});
