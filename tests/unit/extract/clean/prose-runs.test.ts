/**
 * Lines that are not story text, told by their shape alone: no sentence ends in them and they have too few
 * grammar words for prose (a link, a count, a credit, titles run together); and short captions that end in a
 * picture's credit. The examples are written in the shape of real pages, with invented names.
 */
import { describe, expect, it } from 'vitest';
import { dropCreditedCaptions, dropStrayLines, grammarDensity, isCreditedCaption, isStrayLine } from '../../../../src/extract/clean/prose-runs.ts';
import { cleanText as clean } from '../../../helpers/clean-text.ts';

const P1 = 'A former engineer was sentenced on Tuesday to six years in prison for passing design files to a foreign agent, the court said.';
const P2 = 'Prosecutors told the court that he had met his handler at a trade fair and was paid in cash for each of the files he sent.';
const P3 = 'His lawyer said he would appeal against the sentence, which he called far heavier than in similar cases.';
const ZH1 = '法院认定，被告人在担任工程师期间，多次将设计图纸通过网络发送给境外人员，并收取报酬。';
const ZH2 = '检察机关表示，被告人的行为严重危害国家安全，依法应当从重处罚，法院采纳了这一意见。';
const ZH3 = '据了解，被告人当庭表示认罪认罚，并对自己的行为表示悔恨，法院随后宣布休庭。';

describe('grammar density', () => {
  it('is high for English prose and low for a list of names', () => {
    expect(grammarDensity(P1)).toBeGreaterThan(0.3);
    expect(grammarDensity('Dana Whitlow, Senior Editor, Writer')).toBe(0);
  });
  it('counts particles and punctuation in Chinese prose', () => {
    expect(grammarDensity(ZH1)).toBeGreaterThan(0.1);
    expect(grammarDensity('三名被告一审宣判 主犯获刑十年')).toBeLessThan(0.1);
  });
});

describe('a stray line', () => {
  it.each([
    '– Dana Whitlow, Senior Editor, Writer',
    '© Example Wire 2021',
    'img.example.net/a8f3kd2.jpg',
    'westfield-gazette.example/blog/2019/07/harbour-lights/',
    '214 views',
    '3. 单位改革末位淘汰引发矛盾',
  ])('%s', (line) => expect(isStrayLine(line, true)).toBe(true));
  it.each([
    P1,
    'He denied the charges',
    'The ministry said:',
    'Over the course of 18 months, he sent the',
    '河北省国家安全机关工作发现,郑某',
    '被告人当庭认罪。',
  ])('is not prose that ends a sentence, introduces a quote or runs on: %s', (line) => expect(isStrayLine(line, true)).toBe(false));
  it('is never a long Chinese line, which may be a post written without commas', () => {
    expect(isStrayLine('今天去看了那部新上映的谍战片 剧情紧凑 演员表现出色 特别是结尾的反转 让人印象深刻 推荐大家去看看', true)).toBe(false);
  });
  it('is not judged by English grammar words on a page in another language', () => {
    expect(isStrayLine('Ang hukuman ay nagpasya kahapon sa kaso ng dating inhinyero', false)).toBe(false);
  });
});

describe('dropping stray lines from the body', () => {
  const judge = (lines: string[]) => {
    const decisions = lines.map(() => ({ reason: null as string | null }));
    dropStrayLines(
      decisions,
      lines.map((text) => ({ text })),
    );
    return decisions.map((d) => d.reason);
  };
  it('drops a credit between paragraphs and a count under them', () => {
    expect(judge([P1, '– Dana Whitlow, Writer', P2, P3, '37 views'])).toEqual([null, 'stray', null, null, 'stray']);
  });
  it('keeps the items of a list the story introduces', () => {
    expect(judge([P1, 'He was paid for:', '• Photographs of the dry dock', '• Technical manuals', P3])).toEqual([null, null, null, null, null]);
  });
  it('keeps the last line of a page saved in part, cut off mid-word', () => {
    expect(judge([P1, P2, 'Beijing’s highly secretive Ministry of State Se'])).toEqual([null, null, null]);
  });
  it('keeps every line of a page in a language it has no grammar words for', () => {
    const lines = ['Ang hukuman ay nagpasya kahapon sa kaso ng dating inhinyero.', 'Sinabi ng abogado na siya ay aapela', 'Walang ibang detalye'];
    expect(judge(lines)).toEqual([null, null, null]);
  });
  it('drops a Chinese label between paragraphs', () => {
    expect(judge([ZH1, '3. 单位改革末位淘汰引发矛盾', ZH2, ZH3])).toEqual([null, 'stray', null, null]);
  });
});

describe('a caption ending in a picture credit', () => {
  it.each([
    'Workers sort parcels at a logistics centre in an eastern port. PHOTO: WIREPIX',
    'The court building in the provincial capital. (Photo by Harbour News)',
    'Antimony ingots at a smelter. Photograph: Lens Agency/Stock Images',
    '被告人因间谍罪被判处有期徒刑七年。(电视截图)',
    '法院外景。圖／本報資料照片',
    'A student erasing answers from a test (lensman42/Stock Images)',
    '▲ 官媒稱，沿海漁民多次撈到可疑裝置 （圖／翻攝 電視畫面）',
  ])('%s', (line) => expect(isCreditedCaption(line)).toBe(true));
  it.each([`${P1} ${P2} ${P3} (Harbour News)`, 'These features include:', P1])('is not a long paragraph ending in its source, nor prose: %s', (line) =>
    expect(isCreditedCaption(line)).toBe(false),
  );
  it('is dropped above more of the story, never as the last line', () => {
    const lines = [P1, 'The court building in the provincial capital. (Photo by Harbour News)', P2, 'A smelter in the south. (WIREPIX)'];
    const decisions = lines.map(() => ({ reason: null as string | null }));
    dropCreditedCaptions(
      decisions,
      lines.map((text) => ({ text })),
    );
    expect(decisions.map((d) => d.reason)).toEqual([null, 'caption', null, null]);
  });
});

describe('in a whole page', () => {
  it('leaves the credit and the view count out of the body', () => {
    const page = ['Engineer jailed for passing design files', '', P1, '', '– Dana Whitlow, Writer', '', P2, '', P3, '', '214 views'].join('\n');
    expect(clean(page).paragraphs).toEqual([P1, P2, P3]);
  });
});
