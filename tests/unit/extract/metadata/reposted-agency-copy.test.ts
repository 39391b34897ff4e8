/**
 * An agency's Chinese story reposted by another site: the story opens with the agency's credit, closes with
 * the translator's credit and the agency's date stamp (the year counted from 1912), and the site prints a
 * citation block under it that states the title. Lines written for the test.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { rocStampDate } from '../../../../src/extract/metadata/dates.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { zhClosingCredit } from '../../../../src/extract/metadata/zh-credits.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';
import { ZH_TRANSLATOR_WORDS } from '../../../../src/vocab/bylines.ts';
import { TITLE_LABELS } from '../../../../src/vocab/page-furniture.ts';

function meta(text: string) {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return readMetadata(read.seed, cleanArticle(read.seed));
}

const PAGE = [
  'https://repost.example/post/1.html',
  '',
  '(中央社華盛頓5日綜合外電報導)美國一名前海軍士兵今天在聯邦法院承認，曾把艦艇資料交給外國情報人員，換取數萬美元報酬。',
  '',
  '檢方表示，這名士兵在服役期間多次拍攝艦上文件，並透過網路傳給對方，案發後遭聯邦調查局逮捕。',
  '',
  '根據檢方，這名士兵向聯邦調查局坦承，他刪除了自己與對方的通訊紀錄，法官預定明年宣判，他最高可判處終身監禁。(譯者:王小明)1140305',
  '',
  '延伸閱讀',
  '',
  '標題:前海軍士兵認罪 承認出賣艦艇資料',
  '',
  '地址:https://repost.example/post/1.html',
  '',
  '鄭重聲明:本文版權歸原作者所有,轉載文章僅為傳播更多信息之目的',
].join('\n');

describe('an agency’s story reposted with a citation block', () => {
  it('takes the title the citation block states', () => {
    expect(TITLE_LABELS).toContain('標題');
    expect(meta(PAGE).title).toBe('前海軍士兵認罪 承認出賣艦艇資料');
  });
  it('credits the translator named where the story closes, not the agency', () => {
    expect(ZH_TRANSLATOR_WORDS).toContain('譯者');
    expect(meta(PAGE).byline).toBe('王小明');
  });
  it('dates it by the stamp closing the story, year 114 of the Republic being 2025', () => {
    expect(meta(PAGE).published).toEqual({ date: '2025-03-05', precision: 'day' });
  });
});

describe('zhClosingCredit', () => {
  it.each([
    ['法官預定明年宣判。（譯者：王小明）1140305', '王小明'],
    ['全案仍可上訴。（編譯：王小明／核稿：李大同）', '王小明'],
  ])('%s', (text, want) => expect(zhClosingCredit(text)).toBe(want));
  it('an editor’s credit names no writer', () => expect(zhClosingCredit('全案仍可上訴。（編輯：李大同）1140305')).toBeNull());
});

describe('rocStampDate', () => {
  it('reads the stamp after a credit', () => expect(rocStampDate('全案仍可上訴。（編輯：李大同）1131219')).toEqual({ date: '2024-12-19', precision: 'day' }));
  it.each([
    ['a number that follows no credit', '他的電話號碼是1131219'],
    ['a month that does not exist', '全案仍可上訴。（編輯：李大同）1131319'],
  ])('%s is no date', (_what, text) => expect(rocStampDate(text)).toBeNull());
});
