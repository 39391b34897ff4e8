import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitStoreLiteral, storeFromFile } from '../../../src/integrations/content-store.ts';

const moduleOf = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
const evaluate = (code: string) => new Function(`${code.replace('export default', 'return')}`)();

describe('content store in pieces (dev)', () => {
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

describe('content store read from a file', () => {
  const run = (code: string) => {
    const body = code.replace(/^import \{ readFileSync \} from 'node:fs';\n/, '').replace('export default', 'return');
    return new Function('readFileSync', body)(readFileSync);
  };

  it('reads back the same value, and keeps only the newest store in its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-store-'));
    try {
      writeFileSync(join(dir, 'stale.json'), '[]');
      const value = [['Map', 1], 'a "quoted" \\ back\nslash', '镓锭 😀 \u2028 \u0000'];
      const code = storeFromFile(moduleOf(value), dir);
      expect(code).not.toBeNull();
      expect(run(code!)).toEqual(value);
      expect(readdirSync(dir)).toHaveLength(1);
      expect(storeFromFile(moduleOf(value), dir)).toBe(code);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves any other shape alone and writes nothing', () => {
    const dir = join(tmpdir(), 'casebook-store-never-made');
    expect(storeFromFile('export default new Map()', dir)).toBeNull();
    expect(storeFromFile('export default{"articles":[(await import("x"))]}', dir)).toBeNull();
    expect(() => readdirSync(dir)).toThrow();
  });
});
