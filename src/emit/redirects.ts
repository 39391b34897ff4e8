/**
 * Old permalinks keep working: content/redirects.yaml lists `from` -> `to`
 * site paths (e.g. `cases/old-id/` -> `cases/new-id/`). Ingest only ever adds
 * to it; `npm run check` verifies every target exists; astro.config.mjs turns
 * each entry into a static page that forwards (with a link for readers
 * without JavaScript or meta refresh).
 */

import { parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { pushTo } from '../util/collections.ts';

const PATH_RE = /^(cases|articles|topics|entities)\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;
export const RedirectEntry = z.object({
  from: z.string().regex(PATH_RE, 'must look like cases/<id>/'),
  to: z.string().regex(PATH_RE, 'must look like cases/<id>/'),
});
export type RedirectEntry = z.infer<typeof RedirectEntry>;

/**
 * The entries of redirects.yaml, or what is wrong with it at its lines. A file that cannot be read gives
 * no entries and at least one error: callers must then leave the file as it is (ingest does not rewrite it,
 * so no entry a contributor wrote is lost), never treat it as empty.
 */
export function parseRedirects(text: string, file = 'content/redirects.yaml'): { entries: RedirectEntry[]; errors: string[] } {
  const doc = parseDocument(text);
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : text.slice(0, offset).split('\n').length);
  if (doc.errors.length > 0) {
    return {
      entries: [],
      errors: doc.errors.map(
        (e) =>
          `${file}:${e.linePos?.[0]?.line ?? 1}: not valid YAML: ${e.message.split('\n')[0]!.replace(/:$/, '')} — fix it (ingest leaves the file as it is until then)`,
      ),
    };
  }
  const parsed = z.array(RedirectEntry).safeParse(doc.toJS() ?? []);
  if (!parsed.success) {
    const items = (doc.contents as { items?: Array<{ range?: [number, number, number] }> } | null)?.items ?? [];
    return {
      entries: [],
      errors: parsed.error.issues.map((i) => {
        const at = typeof i.path[0] === 'number' ? items[i.path[0]]?.range?.[0] : undefined;
        return `${file}:${lineAt(at)}: entry ${i.path.join('.')}: ${i.message} — fix it (ingest leaves the file as it is until then)`;
      }),
    };
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
  const head = '# Old paths that forward to new ones. Ingest adds merged and renamed case ids here; never remove an entry.\n';
  return head + (entries.length ? stringify(entries) : '[]\n');
}

interface CaseLike {
  id: string;
  sources: Array<{ article: string; paragraphs: string[] }>;
}

/**
 * A permalink never breaks: when a case id of the previous build is gone
 * (better extraction renamed it, or it merged), it forwards to the case of
 * this build that shares most of its source paragraphs. A vanished case that
 * shares no paragraph with any case is left out (its page is gone for a reason
 * the build report shows: the seed was removed or the article is off topic).
 */
export function redirectsForVanished(previous: CaseLike[], current: CaseLike[]): RedirectEntry[] {
  const now = new Set(current.map((c) => c.id));
  const byParagraph = new Map<string, string[]>();
  for (const c of current) {
    for (const s of c.sources) {
      for (const p of s.paragraphs) {
        pushTo(byParagraph, `${s.article}#${p}`, c.id);
      }
    }
  }
  const out: RedirectEntry[] = [];
  for (const old of previous) {
    if (now.has(old.id)) continue;
    const votes = new Map<string, number>();
    for (const s of old.sources)
      for (const p of s.paragraphs) for (const id of byParagraph.get(`${s.article}#${p}`) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) out.push({ from: `cases/${old.id}/`, to: `cases/${best[0]}/` });
  }
  return out;
}

interface EntityLike {
  id: string;
  name: string;
  kind: string;
}

/**
 * The same for people, organisations and places: a vanished entity id
 * forwards to the one entity of this build with the same kind and name.
 * Where the name is ambiguous (two different "Zhang"s), there is no guess.
 */
export function entityRedirectsForVanished(previous: EntityLike[], current: EntityLike[]): RedirectEntry[] {
  const now = new Set(current.map((e) => e.id));
  const byName = new Map<string, string[]>();
  for (const e of current) {
    pushTo(byName, `${e.kind}:${e.name.toLowerCase()}`, e.id);
  }
  const out: RedirectEntry[] = [];
  for (const old of previous) {
    if (now.has(old.id)) continue;
    const candidates = byName.get(`${old.kind}:${old.name.toLowerCase()}`) ?? [];
    if (candidates.length === 1) out.push({ from: `entities/${old.id}/`, to: `entities/${candidates[0]}/` });
  }
  return out;
}
