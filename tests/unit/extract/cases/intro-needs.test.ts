import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPersonIntros, INTRO_PATTERNS } from '../../../../src/extract/cases/entities.ts';
import { sentences } from '../../../../src/extract/cases/sentences.ts';

// IntroPattern.needs is a shortcut only: a sentence it rules out is one the pattern reads no name from.
const folders = ['seeds', 'tests/fixtures/real/dev'];
const corpus = folders.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(`${d}/${f}`, 'utf8').split(/\n\s*\n/))
    .flatMap((p) => sentences(p.trim()).map((s) => s.text)),
);

describe('what an introduction pattern needs', () => {
  it('reads real prose', () => expect(corpus.length).toBeGreaterThan(500));

  it.each(INTRO_PATTERNS.flatMap((p, k) => (p.needs ? [[k, p] as const] : [])))('pattern %i: no sentence it rules out has a match', (_, pattern) => {
    const re = new RegExp(pattern.re.source, pattern.re.flags.replace('g', '') + 'g');
    for (const sentence of corpus) {
      if (pattern.needs!.test(sentence)) continue;
      for (const m of sentence.matchAll(re)) {
        // A pattern with what must follow reads a name only where that follows somewhere after the match.
        const follows = !pattern.followedBy || [...sentence].some((_, i) => i >= m.index && pattern.followedBy!.test(sentence.slice(i)));
        expect(follows, `${sentence}\n${m[0]}`).toBe(false);
      }
    }
  });

  it('still reads the people the patterns are for', () => {
    const names = (text: string) => findPersonIntros(text).map((p) => p.name);
    expect(names('Marcus Whitcombe, 52, of Sugar Land, owned the firm.')).toContain('Marcus Whitcombe');
    expect(names('Prosecutors said Peter Owen passed the documents to a handler.')).toContain('Peter Owen');
    expect(names('The other, Wenheng Zhao, was sentenced to 27 months.')).toContain('Wenheng Zhao');
    expect(names('Xiao Jun (pseudonym) worked at a shipyard.')).toContain('Xiao Jun');
    expect(names('Wang is a technician in a military-industrial enterprise.')).toContain('Wang');
  });
});

describe('the patterns that try a name at every capital', () => {
  it('each say what they need first', () => {
    expect(INTRO_PATTERNS.filter((p) => p.needs).length).toBeGreaterThanOrEqual(11);
  });
});
