import { describe, expect, it } from 'vitest';
import { hasHan, romanise, romaniseName } from '../../../src/util/romanise.ts';

describe('romanise', () => {
  it('reads simplified and traditional characters as toneless pinyin', () => {
    expect(romanise('稀土走私')).toBe('xi tu zou si');
    expect(romanise('間諜案')).toBe('jian die an');
  });
  it('keeps Latin text and digits', () => {
    expect(romanise('2024年MSS')).toBe('2024 nian MSS');
  });
  it('writes ü as v so addresses stay ASCII', () => {
    expect(romanise('绿')).toBe('lv');
  });
});

describe('romaniseName', () => {
  it('reads the first character with its surname reading', () => {
    expect(romaniseName('曾某某')).toBe('zeng mou mou');
    expect(romanise('曾某某')).toBe('ceng mou mou');
  });
  it('reads traditional names', () => {
    expect(romaniseName('張志明')).toBe('zhang zhi ming');
  });
});

describe('hasHan', () => {
  it('tells Chinese text from Latin text', () => {
    expect(hasHan('任某')).toBe(true);
    expect(hasHan('Ren')).toBe(false);
  });
});
