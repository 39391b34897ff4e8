/**
 * Furniture of the kinds news pages share, in the shapes they take: a notice about the reader's browser or its
 * JavaScript, a
 * countdown before the story, an aggregator's box of similar stories, a blog's thanks for a tip, a rewrite pointing
 * to its source, a wire desk's closing credit, headings written with a script converter's readings.
 */
import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../../src/extract/clean/boilerplate.ts';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { splitClosingDeskCredit } from '../../../../src/extract/clean/lines.ts';
import { isStrayLine } from '../../../../src/extract/clean/prose-runs.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import type { RawSeed } from '../../../../src/extract/read/read.ts';

const seed = (text: string, url = 'https://news.example.org/a/1'): RawSeed =>
  ({ seed: 'x.txt', format: 'txt', text: `${url}\n\n${text}`, url, frontMatter: {} }) as unknown as RawSeed;

describe('lines that are furniture', () => {
  it.each([
    ['IE 11 is not supported. For an optimal experience visit our site on another browser.', 'navigation'],
    ['Internet Explorer is not supported. Please switch to a supported browser.', 'navigation'],
    ['Please enable JavaScript', 'navigation'],
    ['JavaScript needs to be enabled in your browser to use Harbour Motors.', 'navigation'],
    ['Keep our reporting free from paywalls with a donation to support our work!', 'promo'],
    ['Harbour Notes is run by a small team and published by a non-profit foundation funded through donations from our readers.', 'promo'],
    ['This is an AI-generated English rendering of original reporting published by Harbour Media.', 'promo'],
    ['Disclaimer: this article was machine-translated from the Chinese original.', 'promo'],
    ['Wait 5 sec.', 'navigation'],
    ['Redirecting in 10 seconds', 'navigation'],
    ['请稍候 5 秒', 'navigation'],
    ['Similar News:You can also read news stories similar to this one that we collected from other sources.', 'related'],
    ['Similar stories:', 'related'],
    ['(Thanks, Dana!)', 'source-note'],
    ['(h/t Marcus)', 'source-note'],
    ['For more details, you can check the Reuters source.', 'source-note'],
    ['For more information, read the original article.', 'source-note'],
    ['(編輯:王小明/李大同)1131219', 'desk-credit'],
    ['（责任编辑：张三）', 'desk-credit'],
    ['相關(guān)新聞', 'related'],
  ])('%s', (line, reason) => expect(lineKind(line)?.reason).toBe(reason));
  it.each([
    'Wait until the court rules, he said.',
    'For more details on the charges, prosecutors pointed to the indictment.',
    '(Thanks to the informant, the police found the cache.) The trial opens Monday.',
    'The similar cases of 2019 were dropped.',
    'The malware was written in JavaScript and needed no installation.',
    'He was making a donation to the party when police arrested him.',
    'This is an AI system the army bought from a foreign supplier, prosecutors said.',
  ])('leaves prose alone: %s', (line) => expect(lineKind(line)).toBeNull());
});

describe("a wire desk's closing credit", () => {
  it('is split from the last sentence', () => {
    expect(splitClosingDeskCredit('中方也沒有公布相關證據。(編輯:王小明/李大同)1131219')).toEqual(['中方也沒有公布相關證據。', '(編輯:王小明/李大同)1131219']);
  });
  it("leaves a translator's credit, which names the writer, on the line", () => {
    const line = '他們刪除了通訊紀錄。(譯者:王小明)1131219';
    expect(splitClosingDeskCredit(line)).toEqual([line]);
  });
  it('keeps the day it gives as the date of publication', () => {
    const raw = seed(
      '美男子在蘇州被判無期徒刑\n\n(中央社台北15日電)蘇州市中級人民法院今天宣判,一名男子因間諜罪被判處無期徒刑。\n\n報導指出,中方也沒有公布相關證據。(編輯:王小明/李大同)1120515',
    );
    const clean = cleanArticle(raw);
    expect(clean.paragraphs.join('\n')).not.toContain('編輯');
    expect(readMetadata(raw, clean).published).toEqual({ date: '2023-05-15', precision: 'day' });
  });
});

describe("a desk's credit closing the story", () => {
  it('in square brackets is a desk credit', () => expect(lineKind('【編輯:王小明】')?.reason).toBe('desk-credit'));
  it('ends the story: the headlines listed under it are not its text', () => {
    const raw = seed(
      '保安局長:將加強反間諜能力\n\n本報1月27日電 保安局局長昨日出席立法會質詢時表示,將加強反間諜能力,依法打擊危害國家安全的活動。\n\n他表示,現有條例已經過時,未能涵蓋其他間諜行為,會一併檢討完善。\n\n【編輯:王小明】\n\n更 多\n湘菜也可以不辣?名廚眼中的湘菜正宗嗎?\n記者古城體驗“穿越”!為何遊客都愛穿漢服?',
    );
    const text = cleanArticle(raw).paragraphs.join('\n');
    expect(text).toContain('現有條例');
    expect(text).not.toContain('湘菜');
    expect(text).not.toContain('漢服');
  });
  it("keeps the first credit's day when the page runs on after it", () => {
    const raw = seed(
      '美男子在蘇州被判無期徒刑\n\n(中央社台北15日電)蘇州市中級人民法院今天宣判,一名男子因間諜罪被判處無期徒刑。\n\n報導指出,中方也沒有公布相關證據。(編輯:王小明/李大同)1120515\n\n新聞關鍵字\n\n加入好友',
    );
    expect(readMetadata(raw, cleanArticle(raw)).published).toEqual({ date: '2023-05-15', precision: 'day' });
  });
});

describe('the last line of a page', () => {
  it('in title case with no grammar words is a label, not the story cut off', () => {
    expect(isStrayLine('United Kingdom Latest News, United Kingdom Headlines', true)).toBe(true);
    const raw = seed(
      'Man sentenced for acting as an agent of a foreign state\n\nA man was sentenced on Tuesday to four years in prison for acting as an agent of a foreign government, prosecutors said.\n\nHe admitted he was paid at least $30,000 by an official to act as a courier, the court heard.\n\nUnited Kingdom Latest News, United Kingdom Headlines',
    );
    expect(cleanArticle(raw).paragraphs.join('\n')).not.toContain('Headlines');
  });
  it('cut off mid-word in prose stays the story', () => {
    const raw = seed(
      'Engineer charged with spying\n\nA former engineer was charged with passing secrets to a foreign intelligence service, officials said.\n\nHe had worked for the state security services of a neighbouring country for more than a decade, according to the Minis',
    );
    expect(cleanArticle(raw).paragraphs.at(-1)).toContain('according to the Minis');
  });
  it("a feed's only line of the story, cut off, is the story", () => {
    const raw = seed(
      'Police arrest 3 men on suspicion of spying\n\nWait 5 sec.\n\nPolice say they have arrested three men suspected of spying for a foreign state in violation of the National Security Act',
    );
    expect(cleanArticle(raw).paragraphs).toEqual([
      'Police say they have arrested three men suspected of spying for a foreign state in violation of the National Security Act',
    ]);
  });
});
