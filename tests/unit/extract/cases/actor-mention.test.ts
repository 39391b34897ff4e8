/**
 * lastActorMention() (src/extract/cases/actor-mention.ts) must end where the last
 * match of the expression mainAction() used to build per name set ends.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastActorMention } from '../../../../src/extract/cases/actor-mention.ts';
import { escapeRe } from '../../../../src/vocab/regex.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

/** The expression itself: the end of its last match, or -1. */
function byExpression(text: string, names: string[]): number {
  const re = new RegExp(`(?<!\\p{L})(?:${names.map(escapeRe).join('|')})(?!\\p{L})|\\b(?:he|she)\\b`, 'giu');
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}

// Letters and non-letters that case folding treats specially (ſ folds to s, K to k, U+0345 to ι), astral and lone surrogates.
const piece = fc.constantFrom(
  'Wang',
  'wang',
  'WANG',
  'Wang Wei',
  'Wei',
  'Li',
  'li',
  'he',
  'He',
  'SHE',
  'she',
  'ſhe',
  'hE',
  'the',
  'shed',
  ' ',
  ' ',
  ',',
  '.',
  '-',
  '’',
  'x',
  '1',
  '_',
  'é',
  'É',
  'ß',
  'ẞ',
  'K',
  'k',
  'ſ',
  '\u0345',
  'ι',
  '𝐀',
  '😀',
  '\ud800',
  '\udc00',
  '李',
  '(',
  'Mr.',
  'Xiao',
  'xiao',
);
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
const name = fc.oneof(
  fc.constantFrom('Wang', 'Wang Wei', 'Wei', 'Li', 'Xiao', 'é', 'K', 'ſ', 'he', '', 'Mr.', '(', 'Wang|Li', 'a.b', '𝐀', 'ι'),
  fc.string({ maxLength: 4 }),
);
const names = fc.array(name, { minLength: 1, maxLength: 4 });

describe('lastActorMention', () => {
  it('finds the last mention as the expression does', () => {
    expect(lastActorMention('Wang said he met Wang Wei, and Wangs left', ['Wang Wei', 'Wang'])).toBe(
      byExpression('Wang said he met Wang Wei, and Wangs left', ['Wang Wei', 'Wang']),
    );
    expect(lastActorMention('the shed', ['Li'])).toBe(-1);
    expect(lastActorMention('Liu and Li', ['Li'])).toBe(10);
  });

  it(`ends where the expression's last match ends (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, names, (t, n) => {
        expect(lastActorMention(t, n)).toBe(byExpression(t, n));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
