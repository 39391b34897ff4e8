import { describe, expect, it } from 'vitest';
import { isSlug, keptId, slugify, slugifyName, slugifyUnromanised } from '../../../src/util/slug.ts';

const ZH_TITLE = '国家安全部披露：境外间谍情报机关雇人携带镓锭出境';

describe('slugs of Chinese text', () => {
  it('romanises a Chinese title into a readable address, cut at a syllable', () => {
    const slug = slugify(ZH_TITLE);
    expect(slug).toBe('guo-jia-an-quan-bu-pi-lu-jing-wai-jian-die-qing-bao-ji-guan');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(isSlug(slug)).toBe(true);
    expect(slugify('間諜案')).toBe('jian-die-an');
  });
  it('reads a Chinese surname as a surname in a name', () => {
    expect(slugifyName('曾某某')).toBe('zeng-mou-mou');
    expect(slugify('曾某某')).toBe('ceng-mou-mou');
  });
  it('keeps the Latin letters of mixed text as they always were', () => {
    expect(slugify('Ma Xiaolei 马晓磊')).toBe('ma-xiaolei');
    expect(slugify('MSS 国家安全部')).toBe('mss');
  });
  it('romanises where only digits would be left', () => {
    expect(slugify('2024年间谍案')).toBe('2024-nian-jian-die-an');
  });
  it('falls back to a stable hash where no letter can be made', () => {
    expect(slugify('🔥🔥')).toMatch(/^x-[0-9a-f]{8}$/);
    expect(slugify('🔥🔥')).toBe(slugify('🔥🔥'));
  });
  it('gives English text the same slug as before', () => {
    expect(slugify('China’s MSS Fights Foreign Espionage After Gallium Smuggling')).toBe('chinas-mss-fights-foreign-espionage-after-gallium-smuggling');
  });
});

describe('the slugs earlier builds made', () => {
  it('are the hash for Chinese text (the address the Chinese seed had before romanisation)', () => {
    expect(slugifyUnromanised(ZH_TITLE)).toBe('x-3fc6a928');
    expect(slugifyUnromanised('Ma Xiaolei 马晓磊')).toBe('ma-xiaolei');
  });
});

describe('keptId', () => {
  const make = (text: string) => (slug: (t: string) => string) => `case-${slug(text)}`;
  it('makes the romanised id when no earlier build published one', () => {
    expect(keptId(make('赵某'), new Set())).toBe('case-zhao-mou');
    expect(keptId(make('赵某'), new Set(['case-other']))).toBe('case-zhao-mou');
  });
  it('keeps the id an earlier build published before romanisation', () => {
    const before = `case-${slugifyUnromanised('赵某')}`;
    expect(before).toMatch(/^case-x-[0-9a-f]{8}$/);
    expect(keptId(make('赵某'), new Set([before]))).toBe(before);
  });
  it('keeps the romanised id once that is the one published', () => {
    const before = `case-${slugifyUnromanised('赵某')}`;
    expect(keptId(make('赵某'), new Set([before, 'case-zhao-mou']))).toBe('case-zhao-mou');
  });
  it('passes the name slugger for people', () => {
    expect(keptId((_, name) => `person-${name('曾某某')}`, new Set())).toBe('person-zeng-mou-mou');
  });
});
