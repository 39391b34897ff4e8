/**
 * Astro's glob loader keeps a stored entry whose text is unchanged without
 * looking at where its file is now (astro 7.3.5, content/loaders/glob.js:
 * same id and digest, keep the entry, old `filePath` included). So when a page
 * moves with the same text (a contributor renames `x.mdx` back to `x.md`, or
 * CASEBOOK_CONTENT points the site at another folder), the store still names
 * the old file: the build fails ("Rolldown failed to resolve import
 * astro:content-layer-deferred-module?...") once that file is gone, or renders
 * the old file while it is still there. Found when the benchmark built a
 * second content folder after deleting the first.
 *
 * This wrapper makes the loader forget, before it runs, every entry whose file
 * no longer exists or lies outside the loader's folder, so it reads them again.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

/** Whether `file` is `dir` or inside it. */
function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** `loader` (reading files under `base`, relative to the project root) that first drops entries of moved or deleted files. */
export function forgetMoved(loader: Loader, base: string): Loader {
  return {
    ...loader,
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, base);
      for (const [id, entry] of context.store.entries()) {
        if (!entry.filePath) continue;
        const file = resolve(root, entry.filePath);
        if (!inside(dir, file) || !existsSync(file)) context.store.delete(id);
      }
      return loader.load(context);
    },
  };
}
