/**
 * Old permalinks keep working: content/redirects.yaml lists `from` -> `to`
 * site paths (e.g. `cases/old-id/` -> `cases/new-id/`). Ingest only ever adds
 * to it; `npm run check` verifies every target exists; astro.config.mjs turns
 * each entry into a static page that forwards (with a link for readers
 * without JavaScript or meta refresh).
 */
import { parse as parseYaml, stringify } from 'yaml';
import { z } from 'zod';

const PATH_RE = /^(cases|articles|topics|entities)\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;
export const RedirectEntry = z.object({
  from: z.string().regex(PATH_RE, 'must look like cases/<id>/'),
  to: z.string().regex(PATH_RE, 'must look like cases/<id>/'),
});
export type RedirectEntry = z.infer<typeof RedirectEntry>;

export function parseRedirects(text: string, file = 'content/redirects.yaml'): { entries: RedirectEntry[]; errors: string[] } {
  const data = parseYaml(text) ?? [];
  const parsed = z.array(RedirectEntry).safeParse(data);
  if (!parsed.success) {
    return { entries: [], errors: parsed.error.issues.map((i) => `${file}:1: entry ${i.path.join('.')}: ${i.message}`) };
  }
  return { entries: parsed.data, errors: [] };
}

/** Add new entries, keep old ones; a chain a->b, b->c is collapsed to a->c. */
export function mergeRedirects(existing: RedirectEntry[], added: RedirectEntry[]): RedirectEntry[] {
  const map = new Map<string, string>();
  for (const e of [...existing, ...added]) if (e.from !== e.to) map.set(e.from, e.to);
  const resolve = (to: string, seen = new Set<string>()): string => {
    const next = map.get(to);
    return next && !seen.has(to) ? resolve(next, seen.add(to)) : to;
  };
  return [...map.keys()]
    .sort()
    .map((from) => ({ from, to: resolve(map.get(from)!) }))
    .filter((e) => e.from !== e.to);
}

export function stringifyRedirects(entries: RedirectEntry[]): string {
  const head = '# Old paths that forward to new ones. Ingest adds merged case ids here; never remove an entry.\n';
  return head + (entries.length ? stringify(entries) : '[]\n');
}
