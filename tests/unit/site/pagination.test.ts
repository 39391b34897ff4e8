import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageHref, pageOf, pagerNumbers } from '../../../src/site/pagination.ts';

describe('pagination', () => {
  const list = Array.from({ length: 123 }, (_, i) => i);

  it('splits a list into pages of 50, page 1 first, the last one short', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageOf(list, 1)).toMatchObject({ page: 1, pages: 3, total: 123, start: 0 });
    expect(pageOf(list, 3).items).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122]);
    expect(pageOf(list, 9).page).toBe(3);
    expect(pageOf([], 1)).toMatchObject({ items: [], pages: 1 });
  });

  it('puts every item on exactly one page', () => {
    const seen = laterPages(list.length)
      .concat(1)
      .flatMap((p) => pageOf(list, p).items);
    expect(seen.sort((a, b) => a - b)).toEqual(list);
  });

  it('keeps page 1 at the list URL and the rest under page/N/', () => {
    expect(laterPages(123)).toEqual([2, 3]);
    expect(laterPages(10)).toEqual([]);
    expect(pageHref('/topics/gallium/', 1)).toBe('/topics/gallium/');
    expect(pageHref('/topics/gallium/', 3)).toBe('/topics/gallium/page/3/');
  });

  it('shows the first, the last and two either side of the current page, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(10, 90)).toEqual([1, null, 8, 9, 10, 11, 12, null, 90]);
    expect(pagerNumbers(90, 90)).toEqual([1, null, 88, 89, 90]);
  });
});
