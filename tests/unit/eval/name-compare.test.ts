import { describe, expect, it } from 'vitest';
import { addArticle, emptyCounts, formatCounts } from '../../../src/eval/name-compare.ts';

describe('people found by two readers, against the gold', () => {
  it('counts a gold person once per reader that found any of their names, and once for either', () => {
    const counts = emptyCounts(['a', 'b']);
    addArticle(counts, ['Lou Wen-ching', 'Liu', 'Romeo Brawner'], {
      a: [['Lou Wen-ching', 'Lou']],
      b: [['Liu'], ['Romeo Brawner'], ['Lou Wen-ching']],
    });
    expect(counts.gold).toBe(3);
    expect(counts.found).toEqual({ a: 1, b: 3 });
    expect(counts.either).toBe(3);
  });

  it('scores precision per person found, not per alias, and a person found twice once', () => {
    const counts = emptyCounts(['a']);
    addArticle(counts, ['Jian G.', 'Jian G.'], { a: [['Jian G.', 'Jian'], ['Jian G.', 'Jian'], ['Easter']] });
    expect(counts.gold).toBe(1);
    expect(counts.named.a).toEqual({ all: 2, right: 1 });
  });

  it('prints recall and precision per reader', () => {
    const counts = emptyCounts(['a']);
    addArticle(counts, ['Wang'], { a: [['Wang Wei'], ['Monday']] });
    expect(formatCounts(counts)).toBe('a: recall 1.000 (1/1), precision 0.500 (1/2)\neither: recall 1.000 (1/1)');
  });
});
