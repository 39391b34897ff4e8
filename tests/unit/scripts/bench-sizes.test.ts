import { describe, expect, it } from 'vitest';
import { partOf, transferBytes } from '../../../scripts/lib/bench/first-query.ts';
import { pageTypeOf } from '../../../scripts/lib/bench/stats.ts';

describe('pageTypeOf', () => {
  it('tells list pages from entry pages, so a list that stops paginating shows apart from an entry that grows', () => {
    expect(pageTypeOf('index.html')).toBe('home');
    expect(pageTypeOf('cases/index.html')).toBe('cases index');
    expect(pageTypeOf('cases/page/3/index.html')).toBe('cases list page');
    expect(pageTypeOf('cases/ma-xiaolei-ec65ba/index.html')).toBe('cases entry');
    expect(pageTypeOf('topics/gallium/page/2/index.html')).toBe('topics entry, later page');
    expect(pageTypeOf('entities/letter/m/index.html')).toBe('entities by letter');
    expect(pageTypeOf('timeline/2024/index.html')).toBe('timeline year');
    expect(pageTypeOf('timeline/2024/page/2/index.html')).toBe('timeline year, later page');
    expect(pageTypeOf('explore/index.html')).toBe('explore');
    expect(pageTypeOf('404.html')).toBe('404');
  });
});

describe('first query parts', () => {
  it('sorts fetched paths into the kinds of file Pagefind loads', () => {
    expect(partOf('pagefind/pagefind.js')).toBe('pagefind.js');
    expect(partOf('pagefind/wasm.en.pagefind')).toBe('wasm');
    expect(partOf('pagefind/facets.json')).toBe('facets.json');
    expect(partOf('pagefind/pagefind.en_7133a4ca86.pf_meta')).toBe('pf_meta');
    expect(partOf('pagefind/filter/en_2539b5b.pf_filter')).toBe('filter');
    expect(partOf('pagefind/index/en_1.pf_index')).toBe('index');
    expect(partOf('casebook/pagefind/fragment/en_1.pf_fragment')).toBe('fragment');
    expect(partOf('search/')).toBe('search page (HTML, CSS, JS)');
    expect(partOf('_astro/search.abc.js')).toBe('search page (HTML, CSS, JS)');
  });

  it('counts Pagefind files as stored (already gzipped) and text as a host gzips it', () => {
    const text = Buffer.from('a'.repeat(10_000));
    expect(transferBytes('pagefind/index/en_1.pf_index', text)).toBe(10_000);
    expect(transferBytes('pagefind/pagefind.js', text)).toBeLessThan(200);
  });
});
