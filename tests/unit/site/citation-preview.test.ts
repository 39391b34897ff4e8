import { describe, expect, it } from 'vitest';
import { previewPassage } from '../../../src/site/citation-preview.ts';

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `word${i + from}`).join(' ');

describe('citation preview passage', () => {
  it('shows a short paragraph whole', () => {
    expect(previewPassage('  The courier carried   gallium. ', ['gallium'])).toBe('The courier carried gallium.');
  });
  it('clips a long paragraph around the evidence, at spaces, marking the cuts', () => {
    const text = `${words(80)} the courier hid gallium ingots ${words(80, 100)}`;
    const out = previewPassage(text, ['gallium ingots'], 120);
    expect(out).toContain('gallium ingots');
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect([...out].length).toBeLessThanOrEqual(122);
    expect(
      out
        .slice(1, -1)
        .split(' ')
        .every((w) => /^(word\d+|the|courier|hid|gallium|ingots)$/.test(w)),
    ).toBe(true);
  });
  it('starts at the beginning when the evidence is not found', () => {
    const out = previewPassage(words(100), ['nowhere'], 60);
    expect(out.startsWith('word0 ')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });
  it('clips Chinese text by characters', () => {
    const text = `${'国'.repeat(300)}镓锭${'家'.repeat(300)}`;
    const out = previewPassage(text, ['镓锭'], 100);
    expect(out).toContain('镓锭');
    expect([...out].length).toBe(102);
  });
});
