/**
 * What the address a page is served from says of its publisher: a mirror spelling the real host with dashes, a
 * client's site on a platform's test host, a known site whose page names another outlet or an office on a line.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { outletByUrl, siteOfUrl } from '../../../../src/extract/metadata/outlets.ts';
import type { RawSeed } from '../../../../src/extract/read/read.ts';

describe('a mirror that spells the real host with dashes', () => {
  it.each([
    ['http://www-globaltimes-cn.mirror1x.cn/page/202504/1.shtml', 'Global Times'],
    ['https://www-scmp-com.proxy.example.net/news/china/article/1', 'South China Morning Post'],
  ])('%s', (url, name) => expect(outletByUrl(url)?.name).toBe(name));
  it.each(['https://news-today.example.com/a', 'https://my-blog.example.org/b'])('a dashed name is not a host: %s', (url) =>
    expect(outletByUrl(url)).toBeNull(),
  );
});

describe("a client's site on a platform's test host", () => {
  it('is named by its whole host', () =>
    expect(siteOfUrl('https://en2020-cms-test.cloudcms.example.org/html/a.html')).toBe('en2020-cms-test.cloudcms.example.org'));
  it.each([
    ['https://staging.harbourwatch.net/2025/07/a', 'harbourwatch.net'],
    ['https://testing.dev.harbourwatch.com/a', 'harbourwatch.com'],
    ['https://dev-v4.harbourwatch.com/a', 'harbourwatch.com'],
  ])("a publisher's own test host is the publisher's: %s", (url, site) => expect(siteOfUrl(url)).toBe(site));
});

describe("a publication served under its owner's domain", () => {
  it('is named by its whole host', () => expect(siteOfUrl('https://energynews.harbourgroup.example.com/2025/a')).toBe('energynews.harbourgroup.example.com'));
  it.each([
    ['https://js.news.portal.example.com/a', 'example.com'],
    ['https://global.harbourgroup.com/a', 'harbourgroup.com'],
  ])('a region or edition label is not a publication: %s', (url, site) => expect(siteOfUrl(url)).toBe(site));
});

describe('a known site', () => {
  it('is the publisher although a line names an office or another outlet', () => {
    const url = 'https://www.freemalaysiatoday.com/category/world/2025/07/22/engineer-pleads-guilty';
    const raw = {
      seed: 'x.txt',
      format: 'txt',
      text: `${url}\n\nEngineer pleads guilty to stealing trade secrets\n\nUS department of Justice\n\nThe department said the researcher applied to talent programmes while working at US technology firms, prosecutors said.\n\nHe faces up to ten years in prison when he is sentenced in the autumn, the court heard.`,
      url,
      frontMatter: {},
    } as unknown as RawSeed;
    expect(readMetadata(raw, cleanArticle(raw)).outlet).toBe('Free Malaysia Today');
  });
});
