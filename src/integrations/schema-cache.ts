/**
 * Astro keeps parsed content entries in its data store (`data-store.json` in
 * the cache folder) and re-parses an entry only when the entry's file changes.
 * Our collection schemas live outside src/content.config.ts (src/model,
 * src/emit), so when a schema gains a field with a default, unchanged pages
 * keep their old parsed shape and the pages that read the new field fail
 * ("Cannot read properties of undefined") until someone deletes the cache.
 * This integration fingerprints the schema sources and drops the store when
 * the fingerprint changes, before Astro syncs content.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SRC = fileURLToPath(new URL('../', import.meta.url));

/** The sources the collection schemas are built from: the content config and the model and page formats it imports. */
export const SCHEMA_SOURCES = ['content.config.ts', 'model', 'emit'];

/** Every `.ts` file of the schema sources, relative to `src`, sorted. */
export function schemaFiles(src = SRC): string[] {
  return SCHEMA_SOURCES.flatMap((entry) => {
    const path = join(src, entry);
    if (!existsSync(path)) return [];
    if (entry.endsWith('.ts')) return [entry];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(entry, f).split('\\').join('/'));
  }).sort();
}

/** A hash of the schema sources' names and bytes. */
export function schemaFingerprint(src = SRC): string {
  const hash = createHash('sha256');
  for (const file of schemaFiles(src))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(src, file)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * Drop the data store in `cacheDir` when the schema fingerprint differs from the one recorded beside it.
 * Returns whether a store was dropped.
 */
export function dropStaleStore(cacheDir: string, fingerprint: string): boolean {
  const store = join(cacheDir, 'data-store.json');
  const stamp = join(cacheDir, 'casebook-schema.sha256');
  const recorded = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
  if (recorded === fingerprint) return false;
  const dropped = existsSync(store);
  rmSync(store, { force: true });
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${fingerprint}\n`);
  return dropped;
}

export default function schemaCache(): AstroIntegration {
  return {
    name: 'casebook:schema-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        if (dropStaleStore(fileURLToPath(config.cacheDir), schemaFingerprint())) {
          logger.info('the content schema changed since the last build: Astro re-reads every page');
        }
      },
    },
  };
}
