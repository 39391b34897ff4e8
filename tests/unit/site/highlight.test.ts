import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/site/highlight.ts';

describe('highlight', () => {
  it('splits text around evidence phrases, case-insensitively', () => {
    expect(highlight('Gallium in luggage (gallium)', ['gallium'])).toEqual([
      { text: 'Gallium', mark: true },
      { text: ' in luggage (', mark: false },
      { text: 'gallium', mark: true },
      { text: ')', mark: false },
    ]);
    expect(highlight('a (bc)', ['(bc'])).toEqual([
      { text: 'a ', mark: false },
      { text: '(bc', mark: true },
      { text: ')', mark: false },
    ]);
  });
  it('prefers the longest phrase where two start together, and never overlaps', () => {
    expect(highlight('Li Wei Ming met Wei', ['Li Wei', 'li wei ming', 'Wei'])).toEqual([
      { text: 'Li Wei Ming', mark: true },
      { text: ' met ', mark: false },
      { text: 'Wei', mark: true },
    ]);
  });
  it('finds what /(phrases)/giu finds, on any text (Unicode case folding included)', () => {
    // The reference: one regular expression, the way highlight() worked before its indexOf path.
    const reference = (text: string, phrases: string[]) => {
      const wanted = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length >= 3))].sort((a, b) => b.length - a.length);
      if (!wanted.length) return [{ text, mark: false }];
      const re = new RegExp(`(${wanted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
      const parts: Array<{ text: string; mark: boolean }> = [];
      let last = 0;
      for (const m of text.matchAll(re)) {
        if (m.index! > last) parts.push({ text: text.slice(last, m.index), mark: false });
        parts.push({ text: m[0], mark: true });
        last = m.index! + m[0].length;
      }
      if (last < text.length) parts.push({ text: text.slice(last), mark: false });
      return parts;
    };
    // Few letters, so phrases recur in the text; and the characters whose case rules differ from ASCII's.
    const char = fc.constantFrom(...'aAbBkKsS .(-', '\u017F', '\u212A', 'İ', 'ı', 'é', 'É', 'ß', 'ẞ', '张', '𐐀', '𐐨');
    const str = (max: number) => fc.array(char, { maxLength: max }).map((cs) => cs.join(''));
    // Phrases are mostly slices of the text with each character swapped for one that folds to the same letter.
    const twin: Record<string, string> = {
      s: '\u017F',
      '\u017F': 's',
      '\u212A': 'K',
      K: 'k',
      k: '\u212A',
      a: 'A',
      A: 'a',
      é: 'É',
      É: 'é',
      ß: 'ẞ',
      ẞ: 'ß',
      𐐀: '𐐨',
      𐐨: '𐐀',
    };
    const variant = (slice: string, flips: boolean[]) => [...slice].map((c, i) => (flips[i % flips.length] ? (twin[c] ?? c) : c)).join('');
    const phrase = (text: string) =>
      fc.oneof(
        str(6),
        fc.tuple(fc.nat(), fc.integer({ min: 3, max: 8 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 })).map(([at, length, flips]) => {
          const chars = [...text];
          const start = chars.length ? at % chars.length : 0;
          return variant(chars.slice(start, start + length).join(''), flips);
        }),
      );
    fc.assert(
      fc.property(
        str(40).chain((text) => fc.tuple(fc.constant(text), fc.array(phrase(text), { maxLength: 4 }))),
        ([text, phrases]) => {
          expect(highlight(text, phrases)).toEqual(reference(text, phrases));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
