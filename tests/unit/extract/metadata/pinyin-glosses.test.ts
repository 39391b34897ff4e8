import { describe, expect, it } from 'vitest';
import { withoutPinyinGlosses } from '../../../../src/extract/metadata/zh-credits.ts';

describe('readings a script converter printed after characters', () => {
  it('are left out of a credit', () => {
    expect(withoutPinyinGlosses('東海新聞網(wǎng)2025年3月4日訊(東海報業(yè)集團(tuán)記者 王小明/文)')).toBe(
      '東海新聞網2025年3月4日訊(東海報業集團記者 王小明/文)',
    );
  });
  it.each([
    ['a name romanised after the characters', '陳金平(Chen Jinping)今天認罪'],
    ['a word in brackets without tone marks', '該組織(ngo)於2022年關閉'],
    ['a reading after a Latin word', 'Beijing(běijīng) said'],
  ])('%s stays', (_what, text) => expect(withoutPinyinGlosses(text)).toBe(text));
});
