/** The grammar words that tell prose from a list of names or titles. */
import { describe, expect, it } from 'vitest';
import {
  ARTICLES_AND_PREPOSITIONS,
  AUXILIARIES,
  CONNECTIVES,
  FUNCTION_WORDS,
  GRAMMAR_WORDS,
  PRONOUNS,
  ZH_FUNCTION_CHARS,
} from '../../../src/vocab/stop-words.ts';

describe('function words', () => {
  it('hold the auxiliaries and grammar words of a news sentence', () => {
    // "He was charged because he had not declared who paid him."
    for (const w of ['was', 'had', 'because', 'not', 'who', 'him']) expect(FUNCTION_WORDS.has(w)).toBe(true);
  });
  it('hold no names, places or titles', () => {
    for (const w of ['china', 'police', 'minister', 'court', 'writer']) expect(FUNCTION_WORDS.has(w)).toBe(false);
  });
  it('keep each word in one group', () => {
    const all = [...ARTICLES_AND_PREPOSITIONS, ...PRONOUNS, ...CONNECTIVES, ...AUXILIARIES, ...GRAMMAR_WORDS];
    expect(all.length).toBe(new Set(all).size);
  });
});

describe('Chinese function characters', () => {
  it('hold the particles, prepositions and punctuation of a sentence in both scripts', () => {
    // "他在2023年被捕，並於去年被判刑。"
    for (const c of '的了是在被並于於，。') expect(ZH_FUNCTION_CHARS).toContain(c);
  });
  it('hold each character once', () => expect([...ZH_FUNCTION_CHARS].length).toBe(new Set(ZH_FUNCTION_CHARS).size));
});
