import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { lean, withoutFrontmatterCopy } from '../../../src/integrations/lean-glob.ts';

const rendered = {
  html: '<p>x</p>',
  metadata: { frontmatter: { title: 'T', big: [1, 2, 3] }, headings: [{ depth: 2, slug: 'a', text: 'A' }], imagePaths: ['./i.png'] },
};

describe('lean glob loader', () => {
  it('drops only the front matter copy from rendered metadata', () => {
    const entry = { id: 'a', data: { title: 'T' }, body: 'x', digest: 'd', rendered };
    const out = withoutFrontmatterCopy(entry);
    expect(out.rendered).toEqual({ html: '<p>x</p>', metadata: { headings: rendered.metadata.headings, imagePaths: ['./i.png'] } });
    expect(out.data).toBe(entry.data);
    expect(entry.rendered.metadata.frontmatter).toBeDefined();
    const plain = { id: 'b', data: {} };
    expect(withoutFrontmatterCopy(plain)).toBe(plain);
  });

  it('stores through the wrapped store and passes every other call on', async () => {
    const stored: unknown[] = [];
    const store = {
      set: (e: unknown) => {
        stored.push(e);
        return true;
      },
      get: (id: string) => ({ id }),
      has: () => false,
    };
    const inner: Loader = {
      name: 'inner',
      load: async ({ store: s }) => {
        s.set({ id: 'a', data: {}, rendered });
        expect(s.get('z')).toEqual({ id: 'z' });
      },
    };
    await lean(inner).load({ store } as unknown as LoaderContext);
    expect(stored).toEqual([
      { id: 'a', data: {}, rendered: { html: '<p>x</p>', metadata: { headings: rendered.metadata.headings, imagePaths: ['./i.png'] } } },
    ]);
    expect(lean(inner).name).toBe('inner');
  });
});
