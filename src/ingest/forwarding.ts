/**
 * Step: redirects.yaml for this run. A permalink never breaks: every case and
 * entity id the previous casebook.json published that is gone now forwards
 * to where its content went, on top of the redirects already recorded.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityRedirectsForVanished, mergeRedirects, parseRedirects, type RedirectEntry, redirectsForVanished } from '../emit/redirects.ts';
import type { Redirect } from '../extract/link/link.ts';
import type { Dataset } from '../model/schema.ts';
import { type CasebookIds, type EmitRecord, rememberedCasebook } from './emit-record.ts';
import { rel } from './files.ts';

export interface PreviousCasebook {
  /** casebook.json as on disk (null: none), also to tell whether it needs writing again. */
  bytes: Buffer | null;
  ids: Partial<CasebookIds>;
}

/** The ids of the previous casebook.json: from the emit record when the file is still what it wrote, else parsed. */
export function previousCasebook(outDir: string, record: EmitRecord | null): PreviousCasebook {
  const path = join(outDir, 'casebook.json');
  // As bytes: decoding ~100 MB of UTF-8 into a string costs seconds, and is needed only to parse it.
  const bytes = existsSync(path) ? readFileSync(path) : null;
  const ids = rememberedCasebook(record, bytes) ?? (bytes ? (JSON.parse(bytes.toString('utf8')) as Partial<CasebookIds>) : {});
  return { bytes, ids };
}

export interface RedirectsSource {
  /** redirects.yaml as on disk (null: none) and its path. */
  text: string | null;
  path: string;
  previous: Partial<CasebookIds>;
  dataset: Dataset;
  /** Case ids that merged in this run (assemble()). */
  merged: Redirect[];
}

/**
 * `errors`: what in redirects.yaml could not be read (reported at the end of the run); `redirects` is null
 * then, and the file is left as it is: rewriting it from what could be read would drop a contributor's entries.
 */
export function nextRedirects(source: RedirectsSource): { redirects: RedirectEntry[] | null; errors: string[] } {
  const recorded = parseRedirects(source.text ?? '[]', rel(source.path));
  if (recorded.errors.length > 0) return { redirects: null, errors: recorded.errors };
  const previousCases = source.previous.cases ?? [];
  const published = new Set(previousCases.map((c) => c.id));
  const { dataset } = source;
  // A path that is a page of this build never forwards (a set: a scan of every case and entity per redirect was O(redirects x pages)).
  const livePaths = new Set([...dataset.cases.map((c) => `cases/${c.id}/`), ...dataset.entities.map((e) => `entities/${e.id}/`)]);
  const redirects = mergeRedirects(recorded.entries, [
    // Only ids readers could have seen: a case id that merged away before it was ever published needs no
    // forwarding page (a cold 10,000-article ingest made 12,210 of them, each an Astro route).
    ...source.merged.filter((r) => published.has(r.from)).map((r) => ({ from: `cases/${r.from}/`, to: `cases/${r.to}/` })),
    ...redirectsForVanished(previousCases, dataset.cases),
    ...entityRedirectsForVanished(source.previous.entities ?? [], dataset.entities),
  ]).filter((r) => !livePaths.has(r.from));
  return { redirects, errors: recorded.errors };
}
