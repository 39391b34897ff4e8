/**
 * The headline words an address spells, and the headline they pick on a page whose layout hides it: a related
 * story's headline above the story's own, a headline too short to look like one, one that ends in a full stop.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { slugAgreement, slugOfUrl, spellsSlug } from '../../../../src/extract/metadata/url-slug.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';

function headline(text: string): string | null {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return cleanArticle(read.seed).headline;
}

const P1 =
  'The city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent he met at a trade fair.';
const P2 = 'Prosecutors said the technician was paid in cash for each batch of files he handed over during the two years before his arrest.';

describe('slug of an address', () => {
  it.each([
    ['https://news.example/world/radar-technician-jailed-for-selling-test-data/', 'radar technician jailed for selling test data', true],
    ['https://news.example/crime/radar-technician-jailed-c-10374731', 'radar technician jailed', true],
    ['https://news.example/world-news/20250101/123456', 'world news', false],
    ['https://news.example/article/radar-technician-jailed-wi8ymlwm', 'radar technician jailed', true],
    ['https://news.example/learning/school-visits/radar-spies.aspx', 'radar spies', true],
    ['https://news.example/a/2025/05/radar-technician-jailed.html', 'radar technician jailed', true],
  ])('%s spells "%s"', (url, words, last) => expect(slugOfUrl(url)).toEqual({ words: words.split(' '), last }));
  it.each([['https://news.example/page/202403/1309684.shtml'], ['https://news.example/%E5%9C%8B%E5%AE%89-%E5%88%A4%E5%88%91/1'], ['not a url']])(
    '%s spells no headline',
    (url) => expect(slugOfUrl(url)).toBeNull(),
  );
  it('measures how much of the slug a line says', () => {
    const slug = slugOfUrl('https://news.example/radar-technician-jailed-for-selling-test-data')!;
    expect(slugAgreement('Radar technician jailed for selling test data to rival', slug)).toBe(1);
    expect(slugAgreement('Radar maker wins contract', slug)).toBeCloseTo(1 / 7);
    expect(spellsSlug('Radar Technician Jailed for Selling Test Data', slug)).toBe(true);
    expect(spellsSlug('Radar technician jailed', slug)).toBe(false);
  });
});

describe('the headline the address spells', () => {
  it('prefers the headline that agrees with the slug over a related story above it', () => {
    const text = [
      'https://news.example/world/radar-technician-jailed-for-selling-test-data/',
      '',
      'Harbour pilots strike over new shift rules',
      'Harbour pilots strike over new shift rules',
      '',
      'Radar technician jailed for selling test data',
      '',
      'By Ana Lopez',
      '',
      P1,
      '',
      P2,
    ].join('\n');
    expect(headline(text)).toBe('Radar technician jailed for selling test data');
  });
  it('takes a two-word headline the address spells', () => {
    const text = ['https://museum.example/learning/school-visits/radar-spies.aspx', '', 'Radar Spies', '', P1, '', P2].join('\n');
    expect(headline(text)).toBe('Radar Spies');
  });
  it('takes a headline that ends in a full stop when it says the slug', () => {
    const text = [
      'https://news.example/politics/1234/former-radar-technician-convicted-of-selling-test-data',
      '',
      'Former radar technician convicted of selling test data.',
      '',
      P1,
      '',
      P2,
    ].join('\n');
    expect(headline(text)).toBe('Former radar technician convicted of selling test data.');
  });
  it('leaves a section name in the path alone', () => {
    const text = [
      'https://news.example/world-news/20250101/123456',
      '',
      'World News',
      '',
      'Radar technician jailed for selling test data',
      '',
      P1,
      '',
      P2,
    ].join('\n');
    expect(headline(text)).toBe('Radar technician jailed for selling test data');
  });
});
