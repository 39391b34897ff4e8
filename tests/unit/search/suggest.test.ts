import { describe, expect, it } from 'vitest';
import { searchVocabulary } from '../../../src/search/build/vocabulary.ts';
import { editDistance, suggestQueries, typosAllowed, type VocabularyEntry } from '../../../src/search/shared/suggest.ts';

const vocabulary: VocabularyEntry[] = searchVocabulary({
  topics: [
    { label: 'Gallium', patterns: ['\\bgallium\\b', '镓'] },
    { label: 'Germanium', patterns: ['\\bgermanium\\b', '锗'] },
    { label: 'Rare earths', patterns: ['稀土'] },
    { label: 'Postal smuggling' },
    { label: 'Dating and social apps' },
  ],
  outlets: ['Reuters', 'Global Times', null],
  entities: [
    { name: 'Ministry of State Security', aliases: ['MSS'] },
    { name: 'Ma Xiaolei', aliases: [] },
    { name: '国家安全部', aliases: [] },
    { name: '曾某某', kind: 'person', aliases: [] },
  ],
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one each', () => {
    expect(editDistance('galium', 'gallium', 3)).toBe(1);
    expect(editDistance('gallimu', 'gallium', 3)).toBe(1);
    expect(editDistance('germanum', 'germanium', 3)).toBe(1);
    expect(editDistance('reuters', 'reuters', 3)).toBe(0);
    expect(editDistance('国家安全布', '国家安全部', 1)).toBe(1);
  });
  it('gives up past the bound', () => {
    expect(editDistance('gallium', 'antimony', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
  it('forgives no typo in short words, more in longer ones', () => {
    expect(typosAllowed('mss')).toBe(0);
    expect(typosAllowed('galium')).toBe(1);
    expect(typosAllowed('smugglling')).toBe(2);
    expect(typosAllowed('镓')).toBe(0);
    expect(typosAllowed('国家安全布')).toBe(1);
  });
});

describe('did you mean', () => {
  it('corrects a misspelt material, in the case the reader typed', () => {
    expect(suggestQueries('galium', vocabulary)[0]).toBe('gallium');
    expect(suggestQueries('Galium', vocabulary)[0]).toBe('Gallium');
  });
  it('corrects the misspelt words of a longer query and keeps the rest', () => {
    expect(suggestQueries('galium smugling', vocabulary)[0]).toBe('gallium smuggling');
    expect(suggestQueries('germanum reuters', vocabulary)[0]).toBe('germanium reuters');
  });
  it('corrects a misspelt name as a whole, spaces ignored', () => {
    expect(suggestQueries('ministry of state securty', vocabulary)[0]).toBe('ministry of state security');
    expect(suggestQueries('Ma Xiaoli', vocabulary)[0]).toBe('Ma Xiaolei');
    expect(suggestQueries('maxiaolei', vocabulary)[0]).toBe('ma xiaolei');
  });
  it('corrects a wrong character of a Chinese name, and reaches Chinese names from their pinyin', () => {
    expect(suggestQueries('国家安全布', vocabulary)[0]).toBe('国家安全部');
    expect(suggestQueries('zeng moumou', vocabulary)[0]).toBe('曾某某');
    expect(suggestQueries('xitu', vocabulary)[0]).toBe('稀土');
  });
  it('offers nothing for words it knows, short words, or words far from any', () => {
    expect(suggestQueries('gallium', vocabulary)).toEqual([]);
    expect(suggestQueries('Gallium', vocabulary)).toEqual([]);
    expect(suggestQueries('msx', vocabulary)).toEqual([]);
    expect(suggestQueries('weather balloon', vocabulary)).toEqual([]);
    expect(suggestQueries('   ', vocabulary)).toEqual([]);
  });
  it('gives at most `limit` different queries', () => {
    const many = suggestQueries('germanim', vocabulary, 2);
    expect(many.length).toBeLessThanOrEqual(2);
    expect(new Set(many).size).toBe(many.length);
  });
});

describe('the vocabulary', () => {
  it('holds topic labels, plain Chinese patterns with their pinyin, outlets and names, once each', () => {
    expect(vocabulary).toContainEqual(['Gallium']);
    expect(vocabulary).toContainEqual(['镓', 'jia']);
    expect(vocabulary).toContainEqual(['Reuters']);
    expect(vocabulary).toContainEqual(['曾某某', 'zeng mou mou']);
    expect(vocabulary.flat()).not.toContain('\\bgallium\\b');
    expect(vocabulary.filter((e) => e[0] === 'Gallium')).toHaveLength(1);
  });
  it('stops at the size given', () => {
    expect(searchVocabulary({ topics: [{ label: 'Gallium' }, { label: 'Germanium' }], outlets: ['Reuters'], entities: [] }, 2)).toHaveLength(2);
  });
});
