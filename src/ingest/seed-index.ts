/**
 * Cache: the hash of every seed, by its stat.
 *
 * Why: deciding that nothing changed needs a hash of every seed's bytes, and
 * reading 10,000 seeds to hash them costs more than the rest of a no-change
 * run. A seed whose size, mtime, ctime and inode are those recorded when it
 * was last hashed has the recorded hash. ctime cannot be set back by a
 * program, so any write to the file shows; an entry recorded within a second
 * of the file's last change is not trusted (a write in the same clock tick
 * would leave the stat unchanged).
 *
 * Lives in node_modules/.cache/casebook/seeds-<key>.json, one per seeds folder.
 */

import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface SeedStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
  /** When the hash was taken (ms since the epoch). */
  at: number;
}

/** Seed path (as shown, relative to the working folder) -> what was recorded when it was last hashed. */
export type SeedIndex = Record<string, SeedStat>;

export function seedIndexPath(seedsDir: string): string {
  const key = createHash('sha256').update(resolve(seedsDir)).digest('hex').slice(0, 16);
  return join(process.cwd(), 'node_modules', '.cache', 'casebook', `seeds-${key}.json`);
}

/** The recorded index; empty when there is none or it cannot be read. */
export function loadSeedIndex(path: string): SeedIndex {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SeedIndex;
  } catch {
    return {};
  }
}

export function saveSeedIndex(path: string, index: SeedIndex): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(index));
}

/** Whether `known` still tells the hash of a file with stat `st`. */
export function stillHolds(known: SeedStat | undefined, st: Stats): known is SeedStat {
  return (
    known !== undefined &&
    known.size === st.size &&
    known.mtimeMs === st.mtimeMs &&
    known.ctimeMs === st.ctimeMs &&
    known.ino === st.ino &&
    known.at - Math.max(st.mtimeMs, st.ctimeMs) > 1000
  );
}

/** A fresh entry for `data`, the bytes just read from a file with stat `st`, read at `at`. */
export function hashedNow(data: Uint8Array, st: Stats, at: number): SeedStat {
  return { size: data.byteLength, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, hash: createHash('sha256').update(data).digest('hex'), at };
}
