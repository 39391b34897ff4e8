import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStaleStore, schemaFiles, schemaFingerprint } from '../../../src/integrations/schema-cache.ts';

function fakeSrc(): string {
  const src = mkdtempSync(join(tmpdir(), 'schema-src-'));
  mkdirSync(join(src, 'model'));
  mkdirSync(join(src, 'emit'));
  writeFileSync(join(src, 'content.config.ts'), 'export const collections = {};\n');
  writeFileSync(join(src, 'model', 'schema.ts'), 'export const Case = 1;\n');
  writeFileSync(join(src, 'emit', 'front-matter.ts'), 'export const Front = 1;\n');
  writeFileSync(join(src, 'emit', 'notes.md'), 'not a source\n');
  return src;
}

describe('schema cache', () => {
  it('fingerprints the content config and the model and page-format sources', () => {
    const src = fakeSrc();
    expect(schemaFiles(src)).toEqual(['content.config.ts', 'emit/front-matter.ts', 'model/schema.ts']);
    const before = schemaFingerprint(src);
    writeFileSync(join(src, 'model', 'schema.ts'), 'export const Case = 2; // a new field\n');
    expect(schemaFingerprint(src)).not.toBe(before);
  });

  it("drops Astro's data store when the schema changed, and keeps it when it did not", () => {
    const cache = mkdtempSync(join(tmpdir(), 'schema-cache-'));
    const store = join(cache, 'data-store.json');
    writeFileSync(store, '{"old":"entries"}');
    // First build with the stamp: whatever the store holds was parsed by an unknown schema.
    expect(dropStaleStore(cache, 'a')).toBe(true);
    expect(existsSync(store)).toBe(false);
    writeFileSync(store, '{"new":"entries"}');
    expect(dropStaleStore(cache, 'a')).toBe(false);
    expect(readFileSync(store, 'utf8')).toBe('{"new":"entries"}');
    expect(dropStaleStore(cache, 'b')).toBe(true);
    expect(existsSync(store)).toBe(false);
  });

  it("the project's own schema sources exist", () => {
    const files = schemaFiles();
    expect(files).toContain('content.config.ts');
    expect(files).toContain('model/schema.ts');
    expect(files).toContain('emit/front-matter.ts');
  });
});
