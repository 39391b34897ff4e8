import { describe, expect, it } from 'vitest';
import { readingQuality } from '../../../scripts/lib/bench/reading.ts';

const article = (id: string) => ({ id, seed: `seeds/${id}.txt` });
const source = (article: string, first: number) => ({ article, paragraphs: [`p${first}`, `p${first + 1}`] });

describe('readingQuality', () => {
  const truth = new Map([
    ['a.txt', [1, 2]],
    ['b.txt', [1]],
    ['c.txt', [2, 3]],
    ['d.txt', [3]],
  ]);
  it('counts articles read with as many cases as they report, and scores linking by pairs of mentions', () => {
    const q = readingQuality(truth, {
      articles: ['a', 'b', 'c', 'd'].map(article),
      cases: [
        { id: 'x', sources: [source('a', 1), source('b', 1)] }, // case 1, in a and b: right
        { id: 'y', sources: [source('a', 5), source('c', 1), source('d', 1)] }, // a's 2nd and c's 1st are case 2, d's is case 3: one wrong link
        { id: 'z', sources: [source('c', 4)] }, // c's 2nd (case 3) apart from d's: one missed link
      ],
    });
    expect(q).toMatchObject({ articles: 4, exact: 4, fewer: 0, more: 0, mentions: 6 });
    // linked pairs: x 1, y 3 -> 4; right among them: x 1, y (a2,c1) 1 -> 2; same-case pairs: 1, 2, 3 -> 3
    expect(q.precision).toBeCloseTo(2 / 4);
    expect(q.recall).toBeCloseTo(2 / 3);
  });
  it('leaves articles read with the wrong number of cases out of the linking score', () => {
    const q = readingQuality(truth, { articles: ['a', 'b'].map(article), cases: [{ id: 'x', sources: [source('a', 1), source('b', 1)] }] });
    expect(q).toMatchObject({ exact: 1, fewer: 1, more: 0, mentions: 1 });
  });
});
