/**
 * Noise inside a line that no reader sees: forum markup, a forum's scrambled anti-copy characters, markup carried
 * as an escaped string.
 */
import { describe, expect, it } from 'vitest';
import { unescapeMarkup, withoutInlineNoise } from '../../../../src/extract/clean/inline-noise.ts';
import { prepare } from '../../../../src/extract/clean/prepare.ts';
import type { RawSeed } from '../../../../src/extract/read/read.ts';

const strip = (line: string) => withoutInlineNoise(line, [], new Set()).trim();

describe('scrambled anti-copy runs', () => {
  it.each([
    ["目前,相关人员已受到法律制裁。 K/ P! R- D& B4 n3 \\+ m ( h* d' J* @6 X/ M) f, }", '目前,相关人员已受到法律制裁。'],
    ['案件已经审结。) D1 F9 R1 D D# s0 k. `2 C( V后续报道', '案件已经审结。 后续报道'],
    ['# G6 q* j$ H, X/ ~! Z5 ~* _& B: Z. J0 @1 K7 R', ''],
  ])('takes the run out of %s', (line, want) => expect(strip(line).replace(/\s+/g, ' ')).toBe(want));
  it.each([
    '1. 2. 3. 4. 5. 6. 7. 8. 9.',
    'The plan had steps A B C D E and F, the court heard.',
    'He said U.S. v. A. B. C. was decided in 1998.',
    'Scores: 6-4 6-3 7-5 were posted.',
  ])('leaves prose and lists alone: %s', (line) => expect(strip(line)).toBe(line));
  it('records what it took out', () => {
    const removed: Array<{ text: string; reason: string }> = [];
    withoutInlineNoise('已受到法律制裁。 K/ P! R- D& B4 n3', removed, new Set());
    expect(removed).toEqual([{ text: 'K/ P! R- D& B4 n3', reason: 'copy-protection' }]);
  });
});

describe('forum markup', () => {
  it('takes out BBCode tags and keeps their words', () => {
    expect(strip('[size=0.8]浙江某地破获一起案件。[/size]')).toBe('浙江某地破获一起案件。');
    expect(strip('[b]Breaking[/b] news from [url=https://example.org]the court[/url]')).toBe('Breaking news from the court');
  });
  it('leaves square brackets of prose alone', () => expect(strip('He said [the officer] was present.')).toBe('He said [the officer] was present.'));
});

describe('markup carried as an escaped string', () => {
  it('unescapes it so its tags and comments can be stripped', () => {
    const raw = '\\u003cp style=\\"margin-top: 5px\\"\\u003e稀土案件\\u003c!--MID_AD_0--\\u003e续报\\u003c/p\\u003e';
    expect(unescapeMarkup(raw)).toBe('<p style="margin-top: 5px">稀土案件<!--MID_AD_0-->续报</p>');
    const seed: RawSeed = { seed: 'x.txt', format: 'txt', text: `https://example.org/a\n\n${raw}`, url: null, frontMatter: {} } as unknown as RawSeed;
    const { text } = prepare(seed);
    expect(text).toContain('稀土案件续报');
    expect(text).not.toMatch(/margin|MID_AD/);
  });
  it('leaves a line without escaped markup alone', () => expect(unescapeMarkup('path C:\\u0041 and \\n')).toBe('path C:\\u0041 and \\n'));
});

describe('links in brackets after a product name', () => {
  it.each([
    ['新车取名为“Aurora(参数|询价)”,本意来自北风。', '新车取名为“Aurora”,本意来自北风。'],
    ['The new Corsa (Specs | Price) was seen testing.', 'The new Corsa  was seen testing.'],
  ])('takes them out of %s', (line, want) => expect(strip(line)).toBe(want));
  it('leaves a bracket of prose alone', () => expect(strip('The ministry (MSS) said so.')).toBe('The ministry (MSS) said so.'));
});

describe('a bracketed prompt to click', () => {
  it.each([
    ['赵某曾承认与情报人员共谋,去年初被判处两年多监禁。(点击这里看原文)', '赵某曾承认与情报人员共谋,去年初被判处两年多监禁。'],
    ['The ministry published its ruling on Friday (click here for the full statement).', 'The ministry published its ruling on Friday.'],
  ])('is taken out of %s', (line, want) => {
    const removed: Array<{ text: string; reason: string }> = [];
    expect(withoutInlineNoise(line, removed, new Set())).toBe(want);
    expect(removed[0]?.reason).toBe('navigation');
  });
  it('leaves brackets of the story alone', () => {
    const line = '警方表示(按照程序)已将案件移送检方。';
    expect(withoutInlineNoise(line, [], new Set())).toBe(line);
  });
});
