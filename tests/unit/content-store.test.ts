import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentStorePlugin, splitStoreLiteral, storeReader } from '../../src/integrations/content-store.ts';

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

describe('content store read from a file (build)', () => {
  const run = (code: string) => {
    const body = code.replace(/^import \{ readFileSync \} from 'node:fs';\n/, '').replace('export default', 'return');
    return new Function('readFileSync', body)(readFileSync);
  };
  const MODULE = '\0astro:data-layer-content';

  it('reads the same value from the store file at run time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-store-'));
    try {
      const value = [['Map', 1], 'a "quoted" \\ back\nslash', '镓锭 😀 \u2028 \u0000'];
      const file = join(dir, 'data-store.json');
      writeFileSync(file, JSON.stringify(value));
      expect(run(storeReader(file))).toEqual(value);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the store module in a build only, and only when the store file exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-store-'));
    try {
      const file = join(dir, 'data-store.json');
      const load = (build: boolean, id = MODULE) => (contentStorePlugin(file, build).load as (id: string) => { code: string } | null)(id);
      expect(load(true)).toBeNull();
      writeFileSync(file, '[]');
      expect(load(true)?.code).toBe(storeReader(file));
      expect(load(true, '\0astro:content')).toBeNull();
      expect(load(false)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in dev, splits the literal Astro made; in a build, leaves transforms alone', () => {
    const transform = (build: boolean, code: string) => (contentStorePlugin('/nowhere.json', build).transform as (code: string, id: string) => { code: string } | null)(code, MODULE);
    const big = moduleOf(['x'.repeat(5 * 1024 * 1024)]);
    expect(transform(false, big)?.code).toContain('].join(');
    expect(transform(true, big)).toBeNull();
  });
});
