import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { forgetMoved } from '../../../src/integrations/forget-moved.ts';

const root = mkdtempSync(join(tmpdir(), 'casebook-forget-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('forgetMoved', () => {
  it("drops stored entries whose file is gone or outside the loader's folder, then runs the loader", async () => {
    mkdirSync(join(root, 'content/articles'), { recursive: true });
    mkdirSync(join(root, 'old/articles'), { recursive: true });
    writeFileSync(join(root, 'content/articles/kept.md'), 'x');
    writeFileSync(join(root, 'old/articles/elsewhere.md'), 'x');
    const entries = new Map<string, { id: string; filePath?: string }>([
      ['kept', { id: 'kept', filePath: 'content/articles/kept.md' }],
      ['renamed', { id: 'renamed', filePath: 'content/articles/renamed.mdx' }], // now renamed.md: the .mdx is gone
      ['elsewhere', { id: 'elsewhere', filePath: 'old/articles/elsewhere.md' }], // another content folder
      ['no-file', { id: 'no-file' }],
    ]);
    const seen: string[][] = [];
    const inner: Loader = { name: 'inner', load: async (context) => void seen.push([...context.store.keys()]) };
    const store = { entries: () => [...entries.entries()], keys: () => [...entries.keys()], delete: (id: string) => void entries.delete(id) };
    await forgetMoved(inner, 'content/articles').load({ config: { root: pathToFileURL(`${root}/`) }, store } as unknown as LoaderContext);
    expect(seen).toEqual([['kept', 'no-file']]);
  });
});
