import { describe, expect, it } from 'vitest';
import { astroHeapMb } from '../../../scripts/lib/site-build.ts';

describe("Astro's heap limit", () => {
  it('is 1 GB for small archives and grows with the dataset', () => {
    expect(astroHeapMb(0)).toBe(1024);
    expect(astroHeapMb(90 * 2 ** 20)).toBe(1024);
    expect(astroHeapMb(124 * 2 ** 20)).toBe(1364);
    expect(astroHeapMb(256 * 2 ** 20)).toBe(2816);
  });
});
