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

  it('has a browser ask again for anything else (a rebuild changes it under the same address), and answers 304 while it is unchanged', async () => {
    const first = await fetch(served.url);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await first.text()).toBe('<!doctype html><title>x</title>');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await fetch(served.url, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    await again.arrayBuffer();
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>rebuilt</title>');
    const changed = await fetch(served.url, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('<!doctype html><title>rebuilt</title>');
  });
});
