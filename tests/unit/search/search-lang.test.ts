/** The byte-level Chinese pre-check the Pagefind build step uses to skip pages without Chinese. */
import { describe, expect, it } from 'vitest';
import { markChineseBlocks, mayHaveHan } from '../../../src/search/build/chinese-blocks.ts';

const HAN = /\p{Script=Han}/u;

describe('mayHaveHan', () => {
  it('is true for every Han character Unicode knows, alone and inside other text', () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (HAN.test(ch) && !mayHaveHan(Buffer.from(ch))) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
    expect(mayHaveHan(Buffer.from('<p>The MSS said “国家安全部” — 2024</p>'))).toBe(true);
    expect(mayHaveHan(Buffer.from('Kangxi radical ⼀ only'))).toBe(true);
    expect(mayHaveHan(Buffer.from('𠀀 extension B'))).toBe(true);
  });

  it('is false for text without Chinese: Latin with diacritics, punctuation, symbols, emoji', () => {
    expect(mayHaveHan(Buffer.from(''))).toBe(false);
    expect(mayHaveHan(Buffer.from('<p>Zhōu said “it’s over” — €5, ½, №7, → ★ ✓ 🙂 ﬁ</p>'))).toBe(false);
  });
});

describe('markChineseBlocks without Chinese', () => {
  it('returns the page unchanged with no passages when <main> has no Han character', () => {
    const html = '<html lang="en"><body><header>中文</header><main data-pagefind-body><p>English only — “quoted”.</p></main></body></html>';
    expect(markChineseBlocks(html)).toEqual({ html, passages: [] });
  });
});
