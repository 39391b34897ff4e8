/**
 * Cache: what a run remembers of the pages and the casebook.json it generated,
 * for the next run over the same content folder.
 *
 * Why: rendering every page again costs most of a run that changed a few
 * seeds, and parsing the previous casebook.json (~100 MB at 10,000 articles)
 * only to learn which ids vanished costs seconds. Per page it records a hash
 * of the data the page was made from and of its text: a page whose data hash
 * is unchanged under the same code, and whose file still holds that text, is
 * not rendered again (its text is the file's). And it records the ids and
 * sources of the cases and entities of casebook.json, with a hash of that
 * file, good for as long as the file is what the run wrote.
 *
 * Lives in node_modules/.cache/casebook/emit-<key>.json (never in content/).
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { KnownPage } from '../emit/emit.ts';
import type { Dataset } from '../model/schema.ts';

/** What the redirects step reads of the previous casebook.json. */
export interface CasebookIds {
  cases: Array<{ id: string; sources: Array<{ article: string; paragraphs: string[] }> }>;
  entities: Array<{ id: string; name: string; kind: string }>;
}

export interface EmitRecord {
  /** The code fingerprint it was written under: any other code renders pages differently. */
  code: string;
  /** Page path -> [hash of the data it was made from, hash of its text]. */
  pages: Record<string, [key: string, text: string]>;
  casebook?: CasebookIds & { hash: string };
}

export const textHash = (text: string | Buffer) => createHash('sha256').update(text).digest('hex').slice(0, 32);

export function emitRecordPath(outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(process.cwd(), 'node_modules', '.cache', 'casebook', `emit-${key}.json`);
}

/** The record left under the same code, or null. */
export function loadEmitRecord(outDir: string, code: string): EmitRecord | null {
  try {
    const record = JSON.parse(readFileSync(emitRecordPath(outDir), 'utf8')) as EmitRecord;
    return record.code === code && record.pages && typeof record.pages === 'object' ? record : null;
  } catch {
    return null;
  }
}

/**
 * The KnownPage of emitPagesReusing(): a page's text on disk when the record
 * proves it is what the same data renders. `proven` collects the text hash of
 * each page so answered, so the next record need not hash it again.
 */
export function knownPages(record: EmitRecord | null, existing: ReadonlyMap<string, string>): { known: KnownPage; proven: Map<string, string> } {
  const proven = new Map<string, string>();
  const known: KnownPage = (path, key) => {
    const last = record?.pages[path];
    const text = last && last[0] === key ? existing.get(path) : undefined;
    if (text === undefined || textHash(text) !== last![1]) return undefined;
    proven.set(path, last![1]);
    return text;
  };
  return { known, proven };
}

/** The previous casebook.json's ids, from the record when `bytes` are still what the run that made it wrote. */
export function rememberedCasebook(record: EmitRecord | null, bytes: Buffer | null): CasebookIds | null {
  return bytes !== null && record?.casebook && textHash(bytes) === record.casebook.hash ? record.casebook : null;
}

export interface RecordSource {
  /** The pages this run generated, and the data key of each (emitPagesReusing()). */
  emitted: { files: ReadonlyMap<string, string>; keys: ReadonlyMap<string, string> };
  /** Text hashes already known (knownPages()). */
  proven: ReadonlyMap<string, string>;
  /** The pages this run wrote, and those that were on disk before it. */
  written: ReadonlyMap<string, string>;
  existing: ReadonlyMap<string, string>;
  dataset: Dataset;
  casebookJson: Buffer;
}

/** Only pages whose file now holds the generated text are recorded (not the ones people wrote or edited). */
export function emitRecordOf(code: string, source: RecordSource): EmitRecord {
  const record: EmitRecord = { code, pages: {} };
  for (const [path, text] of source.emitted.files) {
    if (source.written.get(path) === text || source.existing.get(path) === text)
      record.pages[path] = [source.emitted.keys.get(path)!, source.proven.get(path) ?? textHash(text)];
  }
  record.casebook = {
    hash: textHash(source.casebookJson),
    cases: source.dataset.cases.map((c) => ({ id: c.id, sources: c.sources.map((x) => ({ article: x.article, paragraphs: x.paragraphs })) })),
    entities: source.dataset.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
  };
  return record;
}

/** Written whole under a temporary name, then renamed: a run never reads half a record. */
export async function saveEmitRecord(outDir: string, record: EmitRecord): Promise<void> {
  const path = emitRecordPath(outDir);
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(record));
  await rename(tmp, path);
}
