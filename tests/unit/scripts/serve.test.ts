import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, serve } from '../../../scripts/lib/serve.ts';

const root = mkdtempSync(join(tmpdir(), 'casebook-serve-'));
let served: Served;

beforeAll(async () => {
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, '_astro/Base.B8WPPO6M.css'), 'body{}');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  served = await serve(root);
});

afterAll(async () => {
  await served.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serve', () => {
  it("lets a browser keep Astro's hashed assets for good", async () => {
    const response = await fetch(`${served.url}_astro/Base.B8WPPO6M.css`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('body{}');
  });

  it('leaves pages uncached: a rebuild changes them under the same address', async () => {
    const response = await fetch(served.url);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    await response.arrayBuffer();
  });
});
