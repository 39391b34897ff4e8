import { describe, expect, it } from 'vitest';
import { splitStoreLiteral } from '../../src/integrations/content-store-pieces.ts';

const moduleOf = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
const evaluate = (code: string) => new Function(`${code.replace('export default', 'return')}`)();

describe('content store in pieces', () => {
  it('parses to the same value, whatever the text (quotes, escapes, astral characters cut in two)', () => {
    const value = [['Map', 1, 2], 'a "quoted" \\ back\nslash', '镓锭 😀😀😀 \u2028 \u0000', { nested: ['x'.repeat(50), '😀'.repeat(40)] }];
    const code = moduleOf(value);
    for (const size of [7, 8, 13, 64]) {
      const split = splitStoreLiteral(code, size);
      expect(split, String(size)).not.toBeNull();
      expect(split!.split('\n').length).toBeGreaterThan(3);
      expect(evaluate(split!)).toEqual(value);
    }
  });

  it('leaves small modules and any other shape alone', () => {
    expect(splitStoreLiteral(moduleOf([1, 2, 3]))).toBeNull();
    expect(splitStoreLiteral('export default new Map()', 4)).toBeNull();
    expect(splitStoreLiteral('export default{"articles":[(await import("x"))]}', 4)).toBeNull();
    expect(splitStoreLiteral(`${moduleOf(['x'])}; console.log(1)`, 4)).toBeNull();
  });
});
