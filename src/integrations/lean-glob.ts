/**
 * Astro's glob loader, minus a copy of every page's front matter.
 *
 * For each Markdown page the store keeps the validated front matter (`data`)
 * and, inside `rendered.metadata.frontmatter`, the raw front matter again; the
 * site reads only the first (`render()` passes the copy on as
 * `remarkPluginFrontmatter`, which nothing here uses). At 3,000 articles the
 * copies were 11 MB of the 43 MB store that Astro serialises and the page
 * renderer parses back into memory.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];

/** The entry without the front matter copy in its rendered metadata (other metadata kept). */
export function withoutFrontmatterCopy(entry: StoreEntry): StoreEntry {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...rest } = metadata;
  return { ...entry, rendered: { ...entry.rendered!, metadata: rest } };
}

/** Wrap a loader so that every entry it stores drops the copy. */
export function lean(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') return (entry: StoreEntry) => target.set(withoutFrontmatterCopy(entry));
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, store });
    },
  };
}
