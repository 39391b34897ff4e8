import { describe, expect, it } from 'vitest';
import { KeyFinder } from '../../../src/extract/key-finder.ts';

describe('KeyFinder', () => {
  const keys = ['smuggl', 'export', 'export control', 'port', '镝', '鏑', 'ga', 'g'];
  const finder = new KeyFinder(keys);
  const texts = [
    'the smuggling of gallium through the port',
    'new export controls on germanium',
    '稀土镝的出口',
    'g',
    'ga',
    '',
    'exportexport control',
    'nothing here',
  ];

  it.each(texts)('finds the keys `includes` finds: %s', (text) => {
    expect([...finder.keysIn(text)].sort()).toEqual(keys.filter((k) => text.includes(k)).sort());
  });

  it.each(texts)('says whether any key is in the text as `includes` would: %s', (text) => {
    expect(finder.hasAny(text)).toBe(keys.some((k) => text.includes(k)));
    expect(new KeyFinder(['Reuters', 'ABC']).hasAny(text)).toBe(false);
  });

  it('finds keys that overlap or start where a longer key starts', () => {
    expect(finder.keysIn('export control').has('export')).toBe(true);
    expect(finder.keysIn('export control').has('port')).toBe(true);
  });

  it('the empty key is in every text', () => {
    expect(new KeyFinder(['']).keysIn('abc').has('')).toBe(true);
  });
});
