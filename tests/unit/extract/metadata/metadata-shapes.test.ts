/**
 * Metadata shapes of news in general, in lines written for the test: a heading that opens with the word of a
 * credit naming no author is no byline; a dated folder may drop the zeros of its month and day.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { dateFromUrl } from '../../../../src/extract/metadata/dates.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { siteOfUrl } from '../../../../src/extract/metadata/outlets.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';

function meta(text: string) {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return readMetadata(read.seed, cleanArticle(read.seed));
}

const HEAD = 'Radar technician jailed for selling test data';
const P1 = 'The city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent.';
const P2 = 'Prosecutors said the technician met his handler at a trade fair and was paid in cash for each batch of files over two years.';

describe('bylines', () => {
  it('takes no writer from a heading that opens with the word of a source or editor credit', () => {
    for (const heading of ['Source Transparency', 'Editor Picks']) {
      const page = `https://news.example/a/1\n\n${HEAD}\n\n${P1}\n\n${P2}\n\nKeywords\n\n${heading}\n\nSource\n\nHarbour Watch`;
      expect(meta(page).byline).toBeNull();
    }
  });
});

describe('dates from the address', () => {
  it('reads year, month and day folders without their zeros, labelled as read from the address', () => {
    const m = meta(`https://news.example/news/2025/1/20/radar-technician-jailed.html\n\n${HEAD}\n\n${P1}\n\n${P2}`);
    expect(m.published).toEqual({ date: '2025-01-20', precision: 'day' });
    expect(m.provenance.published).toBe('url');
    expect(dateFromUrl('https://news.example/articles/2025/3/1/89134m.html')).toEqual({ date: '2025-03-01', precision: 'day' });
  });
  it('keeps the month of a folder that names no day', () => {
    expect(dateFromUrl('https://news.example/sitemap/free/2000/4/article/spy/264575.html')).toEqual({ date: '2000-04', precision: 'month' });
    expect(dateFromUrl('https://news.example/2025/2/30/story')).toEqual({ date: '2025-02', precision: 'month' });
  });
});

describe('dates a page labels', () => {
  it('reads a date after an icon and the label "Last Update"', () => {
    const m = meta(`https://news.example/live/radar-technician\n\n🕒 Last Update 12 Dec 2024\n${HEAD}\n\n${P1}\n\n${P2}`);
    expect(m.published).toEqual({ date: '2024-12-12', precision: 'day' });
  });
  it.each(['出版時間:2026/01/02 15:20', '发布日期：2026-01-02', '刊出时间：2026/01/02'])('reads the Chinese label of a verb and its noun: %s', (line) => {
    const zh = '檢方調查發現，涉案的退役軍官多次前往對岸接受招待，並被要求蒐集基地資訊，全案已移送法院審理。';
    const zh2 = '法院審理後認為被告犯行明確，依違反國家安全法判處有期徒刑六年，全案仍可上訴。';
    const m = meta(`https://news.example/news/ABCDEF\n\n退將淪共諜案 檢方起訴三人 國安會回應\n\n${line}\n\n${zh}\n\n${zh2}`);
    expect(m.published).toEqual({ date: '2026-01-02', precision: 'day' });
  });
});

describe('the note on the author', () => {
  const page = (bio: string) => `https://news.example/a/1\n\n${HEAD}\n\n${P1}\n\n${P2}\n\n${bio}`;
  it('is taken out of the story even when the scrape cut it off, and names the writer', () => {
    const read = readSeed('seeds/test.txt', new TextEncoder().encode(page('Dana K. Whitfield is an award-winning journalist who has spent more than 20 y')));
    if (!read.ok) throw new Error(read.reason);
    const clean = cleanArticle(read.seed);
    expect(clean.paragraphs.some((p) => p.includes('award-winning'))).toBe(false);
    expect(readMetadata(read.seed, clean).byline).toBe('Dana K. Whitfield');
  });
  it('names nobody when it does not open with a name', () => {
    expect(meta(page('The author is a freelance journalist based in Lisbon.')).byline).toBeNull();
  });
});

describe('outlets from the address', () => {
  it('names a site served from a bare address by that address', () => {
    expect(siteOfUrl('http://203.0.113.7:8082/inc/list/index.php?id=3')).toBe('203.0.113.7');
    const zh = '檢方調查發現，涉案的退役軍官多次前往對岸接受招待，並被要求蒐集基地資訊，全案已移送法院審理。';
    expect(meta(`http://203.0.113.7:8082/inc/list/index.php?id=3\n\n退將淪共諜案 檢方起訴三人\n\n${zh}\n\n${zh}`).outlet).toBe('203.0.113.7');
  });
});

describe('a private address', () => {
  it.each(['http://127.0.0.1:8080/x', 'http://192.168.1.5/story', 'http://10.0.0.2/a'])('%s names no site', (url) => expect(siteOfUrl(url)).toBeNull());
});
