import { describe, expect, it } from 'vitest';
import { placeKey, provinceKeys } from '../../../../src/extract/link/place-keys.ts';
import { ZH_PLACE_ENGLISH } from '../../../../src/vocab/places.ts';

describe('placeKey', () => {
  it.each(Object.entries(ZH_PLACE_ENGLISH))('%s and "%s" are one place', (zh, en) => {
    expect(placeKey(zh)).toBe(placeKey(en));
  });
  it('reads a place not listed by its pinyin, in either script, with or without its administrative ending', () => {
    expect(placeKey('蘇州市')).toBe('suzhou');
    expect(placeKey('苏州')).toBe('suzhou');
    expect(placeKey('Suzhou City')).toBe('suzhou');
    expect(placeKey('Jiangsu Province')).toBe(placeKey('江蘇省'));
    expect(placeKey('the Philippines')).toBe('philippines');
  });
  it('keeps apart places whose names only share a character', () => {
    expect(placeKey('广州')).not.toBe(placeKey('杭州'));
  });
  it('reads a province by its English name where that is not its pinyin', () => {
    expect(placeKey('陕西省')).toBe(placeKey('Shaanxi Province'));
    expect(placeKey('陝西省')).toBe(placeKey('Shaanxi Province'));
    expect(placeKey('陕西')).not.toBe(placeKey('山西'));
    expect(placeKey('内蒙古')).toBe(placeKey('Inner Mongolia'));
  });
});

describe('provinceKeys', () => {
  it('holds provinces in either script, not the municipalities that are cities', () => {
    expect(provinceKeys.has(placeKey('Guangdong Province'))).toBe(true);
    expect(provinceKeys.has(placeKey('廣東'))).toBe(true);
    expect(provinceKeys.has(placeKey('Inner Mongolia'))).toBe(true);
    expect(provinceKeys.has(placeKey('陝西'))).toBe(true);
    expect(provinceKeys.has(placeKey('Shanghai'))).toBe(false);
    expect(provinceKeys.has(placeKey('Shenzhen'))).toBe(false);
  });
});
