import { describe, expect, it } from 'vitest';
import { httpHost, urlPath } from '../../../src/util/url-parts.ts';

describe('the parts of an address', () => {
  it('gives the lowercased host of an http(s) address only', () => {
    expect(httpHost('https://WWW.Example.com/news/a')).toBe('www.example.com');
    expect(httpHost('ftp://example.com/a')).toBeNull();
    expect(httpHost('not an address')).toBeNull();
  });
  it('gives the path, or null for no address', () => {
    expect(urlPath('https://example.com/news/2024/03/12/story')).toBe('/news/2024/03/12/story');
    expect(urlPath(null)).toBeNull();
    expect(urlPath('::')).toBeNull();
  });
});
