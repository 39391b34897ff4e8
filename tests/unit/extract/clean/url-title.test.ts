/** The headline named by the page's address: the slug's words on a title-shaped line near the top. */
import { describe, expect, it } from 'vitest';
import { slugTitleIndex, slugWords } from '../../../../src/extract/clean/url-title.ts';
import { cleanText } from '../../../helpers/clean-text.ts';

describe('the words of an address', () => {
  it.each([
    [
      'https://news.example.org/world/engineer-jailed-for-selling-design-files-2024-10-10/',
      ['engineer', 'jailed', 'for', 'selling', 'design', 'files', '2024', '10', '10'],
    ],
    ['http://museum.example/learning/espionage/atomic-spies.aspx', ['atomic', 'spies']],
    ['https://example.com/news/2024/06/03/', []],
    ['https://example.com/c_1125597921.htm', []],
    [null, []],
  ])('%s', (url, words) => expect(slugWords(url)).toEqual(words));
});

describe('the line the address names', () => {
  const lines = ['Home > World > Asia', 'Harbour Gazette', 'Engineer jailed for selling design files', 'A former engineer was jailed on Tuesday.'];
  it('is found below a breadcrumb and the site name', () => {
    expect(slugTitleIndex(lines, 'https://gazette.example/world/engineer-jailed-for-selling-design-files/')).toBe(2);
  });
  it('needs all the words of a short slug', () => {
    expect(slugTitleIndex(['Atomic Energy', 'Atomic Spies'], 'https://museum.example/atomic-spies.aspx')).toBe(1);
  });
  it('is none when no line holds the slug, or the slug names nothing', () => {
    expect(slugTitleIndex(lines, 'https://gazette.example/sport/cup-final-report/')).toBe(-1);
    expect(slugTitleIndex(lines, 'https://gazette.example/article/1234567')).toBe(-1);
  });
  it('becomes the headline of a page whose short title reads like a byline', () => {
    const text = [
      'https://streetblog.example/use/instant-car-camouflage/',
      '',
      'Instant Car Camouflage',
      '',
      'Here is a really odd homebrew solution. The car is a new model not yet released, and its makers covered it with cardboard and tape to keep photographers from seeing its shape.',
    ].join('\n');
    expect(cleanText(text).headline).toBe('Instant Car Camouflage');
  });
});
