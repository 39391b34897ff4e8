/**
 * Lines of page furniture by their shape, written for the test: an icon's glyph before a menu row says nothing.
 */
import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../../src/extract/clean/boilerplate.ts';

describe('lines after an icon', () => {
  it.each([
    ['↺ 返回 电子报 正體版', 'navigation'],
    ['⏰ Published: 4 March 2025', 'published-line'],
    ['📅 2025-03-04', 'published-line'],
  ])('%s is %s', (line, reason) => expect(lineKind(line)?.reason).toBe(reason));
  it('keeps the marks that mean something', () => {
    expect(lineKind('© 2025 Harbour Watch')?.reason).toBe('copyright');
  });
});
