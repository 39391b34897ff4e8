/**
 * Step: the pages already in the managed folders of the content folder, as
 * reconcile() and page reuse need them: path (relative to the folder) -> text.
 */

import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PageFormat } from '../emit/mdx.ts';
import { listFiles, MANAGED_DIRS } from './files.ts';

export async function readExistingPages(outDir: string): Promise<Map<string, string>> {
  const existing = new Map<string, string>();
  for (const dir of MANAGED_DIRS) {
    for (const file of await listFiles(join(outDir, dir))) {
      // readFileSync: ~17,000 pages at 10,000 articles, one awaited read each was slower.
      if (/\.mdx?$/.test(file)) existing.set(relative(outDir, file).split(sep).join('/'), readFileSync(file, 'utf8'));
    }
  }
  return existing;
}

/** A page renamed to `.mdx` (and no `.md` beside it) is written as MDX from now on: the rename is the contributor's choice. */
export function chosenFormats(existing: ReadonlyMap<string, string>): Map<string, PageFormat> {
  const formats = new Map<string, PageFormat>();
  for (const path of existing.keys()) if (path.endsWith('.mdx') && !existing.has(`${path.slice(0, -4)}.md`)) formats.set(path.slice(0, -4), 'mdx');
  return formats;
}
