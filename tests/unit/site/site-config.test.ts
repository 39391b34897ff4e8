import { describe, expect, it } from 'vitest';
import { publicUrl, siteOrigin } from '../../../src/site.config.ts';

describe('the public address', () => {
  it('is an origin when configured, and null when not (no made-up default)', () => {
    expect(siteOrigin(undefined)).toBeNull();
    expect(siteOrigin('  ')).toBeNull();
    expect(siteOrigin('https://archive.test/')).toBe('https://archive.test');
  });
  it('makes absolute URLs only from a configured address, else keeps the site path', () => {
    expect(publicUrl('/casebook/cases/a/', 'https://archive.test')).toBe('https://archive.test/casebook/cases/a/');
    expect(publicUrl('/cases/a/', null)).toBe('/cases/a/');
  });
});
