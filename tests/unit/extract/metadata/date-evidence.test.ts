/**
 * Which stated date is the publication's: an update after an address dated earlier, a month folder without its
 * zero, a weather widget's "today".
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { dateFromUrl } from '../../../../src/extract/metadata/dates.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import type { RawSeed } from '../../../../src/extract/read/read.ts';

const P1 = 'The security service said on Wednesday it had arrested a businessman on suspicion of spying for a foreign state.';
const P2 = 'A spokesman told reporters the man had been allowed to meet consular officials and was in good health.';
const published = (url: string, lines: string[]) => {
  const raw = { seed: 'x.txt', format: 'txt', text: `${url}\n\n${lines.join('\n\n')}`, url, frontMatter: {} } as unknown as RawSeed;
  return readMetadata(raw, cleanArticle(raw)).published;
};

describe('a month folder without its zero', () => {
  it('dates the address', () =>
    expect(dateFromUrl('http://archive.example.ru/sitemap/free/2000/4/article/x/264575.html')).toEqual({ date: '2000-04', precision: 'month' }));
});

describe('an update and an address dated earlier', () => {
  it('the address dates the story', () =>
    expect(
      published('http://archive.example.ru/free/2000/4/article/arrests/1.html', [
        '. Last Updated: 07/27/2016',
        'Security Service Arrests Businessman Suspected Of Spying',
        P1,
        P2,
      ]),
    ).toEqual({
      date: '2000-04',
      precision: 'month',
    }));
  it('an update in the month of the address is the date read', () =>
    expect(
      published('https://news.example.org/2016/07/arrests', ['Security Service Arrests Businessman Suspected Of Spying', 'Updated: July 27, 2016', P1, P2]),
    ).toEqual({
      date: '2016-07-27',
      precision: 'day',
    }));
});

describe("a weather widget's date", () => {
  it('is today, not the publication', () =>
    expect(
      published('https://studies.example.com/export-restrictions-consequences', [
        '31 °c',
        'Columbus',
        'Friday, July 4, 2025',
        'Export Restrictions and Their Consequences for Industry',
        P1,
        P2,
      ]),
    ).toBeNull());
  it('a date line with no temperature above it is read', () =>
    expect(
      published('https://studies.example.com/export-restrictions-consequences', [
        'Friday, July 4, 2025',
        'Export Restrictions and Their Consequences for Industry',
        P1,
        P2,
      ]),
    ).toEqual({
      date: '2025-07-04',
      precision: 'day',
    }));
});
