import { describe, expect, it } from 'vitest';
import { highlightPattern } from '../../../src/search/browser/highlight.ts';
import { ignoredRanges, markChineseBlocks } from '../../../src/search/build/chinese-blocks.ts';
import { hanShare, indexTerms, isChinese, queryTerms, stem } from '../../../src/search/shared/terms.ts';

describe('tokenizer', () => {
  it('stems the forms a reader types to the same term', () => {
    for (const group of [
      ['sentenced', 'sentence', 'sentences'],
      ['smuggling', 'smuggled', 'smuggle'],
      ['apps', 'app'],
      ['stopped', 'stop'],
    ]) {
      expect(new Set(group.map(stem)).size, group.join()).toBe(1);
    }
    expect(stem('gallium')).toBe('gallium');
    expect(stem('qi')).toBe('qi');
  });

  it('lower-cases, strips diacritics, splits on punctuation', () => {
    expect(indexTerms('Café, Gallium—and Qi’s case')).toEqual(['caf', 'gallium', 'and', 'qi', 'cas']);
  });

  it('turns Chinese into unigrams and bigrams for the index, bigrams for a query', () => {
    expect(indexTerms('镓锭出境')).toEqual(['镓', '镓锭', '锭', '锭出', '出', '出境', '境']);
    expect(queryTerms('镓锭').map((t) => t.term)).toEqual(['镓锭']);
    expect(queryTerms('镓').map((t) => t.term)).toEqual(['镓']);
    expect(queryTerms('Qi 判处').map((t) => [t.term, t.han])).toEqual([
      ['qi', false],
      ['判处', true],
    ]);
  });

  it('tells Chinese text from English text with a Chinese name in it', () => {
    expect(isChinese('国家安全部披露一起案件')).toBe(true);
    expect(isChinese('The comic is set in 西山 mining area, a fictional place in a fictional city')).toBe(false);
    expect(hanShare('abc')).toBe(0);
  });
});

describe('highlighting pattern', () => {
  it('matches the words a reader typed, in their other forms', () => {
    const re = highlightPattern('Qi sentenced')!;
    expect('Qi was sentenced; the sentence stands. Qiao'.match(re)).toEqual(['Qi', 'sentenced', 'sentence']);
    expect('赵某被判处有期徒刑'.match(highlightPattern('判处')!)).toEqual(['判处']);
  });
});

describe('Chinese passages in other pages', () => {
  it('marks Chinese blocks inside <main> with lang and reports them with their anchor', () => {
    const html =
      '<html lang="en"><body><nav><p>中文导航中文</p></nav><main data-pagefind-body><div class="para" id="p2"><a href="#p2">¶</a>国家安全部提醒广大公民</div><p>English text.</p>' +
      '<details data-pagefind-ignore><ul><li>讓世界看到彩色的香港</li></ul></details></main></body></html>';
    const { html: out, passages } = markChineseBlocks(html);
    expect(out).toContain('<div class="para" id="p2" lang="zh">');
    expect(out).toContain('<li lang="zh">讓世界');
    expect(out).toContain('<nav><p>中文导航中文</p></nav>');
    expect(passages).toEqual([{ anchor: 'p2', text: '¶国家安全部提醒广大公民' }]);
  });

  it('leaves Chinese pages and blocks that already say their language alone', () => {
    const zh = '<html lang="zh"><main><p>国家安全部</p></main></html>';
    expect(markChineseBlocks(zh).html).toBe(zh);
    const marked = '<html lang="en"><main><p lang="zh-Hant">國家安全部</p></main></html>';
    expect(markChineseBlocks(marked).html).toBe(marked);
  });

  it('finds ignored regions with nesting', () => {
    const html = '<div data-pagefind-ignore><div>a</div>b</div>c';
    expect(ignoredRanges(html)).toEqual([[0, html.length - 1]]);
  });
});
