/**
 * What ingest reads and writes in the content folder, and the small file
 * helpers every step of it shares.
 */

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** Folders of content/ whose pages ingest may generate. */
export const MANAGED_DIRS = ['articles', 'cases'] as const;

/** The data files ingest writes beside the pages (ids.json and redirects.yaml are also read back: they carry ids over). */
export const DATA_FILES = ['casebook.json', 'ids.json', 'redirects.yaml'] as const;

/** A path as shown to people: relative to the working folder, forward slashes. */
export function rel(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/');
}

/** Every file under `dir` (recursively), sorted; none when it does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function readIfExists(path: string): Promise<string | null> {
  return existsSync(path) ? readFile(path, 'utf8') : null;
}
