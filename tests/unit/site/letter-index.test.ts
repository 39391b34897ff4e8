import { describe, expect, it } from 'vitest';
import { alphabet, letterAnchor, letterId } from '../../../src/site/letter-index.ts';

describe('alphabet', () => {
  it('groups names A-Z', () => {
    const groups = alphabet([{ name: 'Zhang' }, { name: 'the Agency' }, { name: '张三' }, { name: 'Ángel' }]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'Z', '#']);
    expect(groups[0]!.items.map((i) => i.name)).toEqual(['the Agency', 'Ángel']);
    // Letter page ids: safe path segments, one per group.
    expect(groups.map((g) => letterId(g.letter))).toEqual(['a', 'z', 'other']);
    // Section anchors on the index keep the form links already point at.
    expect(groups.map((g) => letterAnchor(g.letter))).toEqual(['letter-A', 'letter-Z', 'letter-other']);
  });
});
