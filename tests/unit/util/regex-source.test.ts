import { describe, expect, it } from 'vitest';
import { syntaxChars } from '../../../src/util/regex-source.ts';

const chars = (pattern: string) => [...syntaxChars(pattern)].map(({ char, depth }) => `${char}${depth}`).join(' ');

describe('syntaxChars', () => {
  it('skips escapes and character classes', () => {
    expect(chars('a\\|b[|^$]c')).toBe('a0 b0 c0');
  });

  it('gives each character the number of groups open around it', () => {
    expect(chars('(a|(b))|c')).toBe('(0 a1 |1 (1 b2 )1 )0 |0 c0');
  });

  it('gives offsets into the source', () => {
    expect([...syntaxChars('\\d(x)')].map((c) => c.index)).toEqual([2, 3, 4]);
  });
});
