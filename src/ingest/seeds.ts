/**
 * Step: list the seeds and fingerprint each one (hashes from the seed index
 * where the stat proves them, else from the bytes). A seed's bytes are kept
 * when they had to be read anyway, and otherwise read only if it must be
 * extracted.
 */

import { readFileSync, statSync } from 'node:fs';
import { seedFormat } from '../extract/read/read.ts';
import type { PendingSeed } from './extract-cache.ts';
import { listFiles, rel } from './files.ts';
import { hashedNow, type SeedIndex, type SeedStat, stillHolds } from './seed-index.ts';

export interface SeedList {
  seeds: PendingSeed[];
  /** Total size of the seeds, for the MB/s of the report. */
  bytes: number;
  /** How many seeds were read to hash them (0: the index needs no saving). */
  hashed: number;
  /** The index as of now, to record for the next run. */
  index: SeedIndex;
}

/** Files that are not seeds and need no word about it. */
const QUIET_NON_SEEDS = /(^|\/)(README[^/]*|\.[^/]*)$/;

export async function listSeeds(seedsDir: string, known: SeedIndex, log: (line: string) => void): Promise<SeedList> {
  const list: SeedList = { seeds: [], bytes: 0, hashed: 0, index: {} };
  for (const path of await listFiles(seedsDir)) {
    const name = rel(path);
    if (!seedFormat(path)) {
      if (!QUIET_NON_SEEDS.test(name)) log(`${name}: skipped: not a .txt, .md or .html file; rename it or move it out of the seeds folder`);
      continue;
    }
    const st = statSync(path);
    const recorded = known[name];
    let data: Uint8Array | null = null;
    let entry: SeedStat;
    if (stillHolds(recorded, st)) entry = recorded;
    else {
      const at = Date.now();
      data = readFileSync(path);
      list.hashed++;
      entry = hashedNow(data, st, at);
    }
    list.index[name] = entry;
    list.bytes += entry.size;
    const read = data;
    list.seeds.push({ path: name, hash: entry.hash, bytes: () => read ?? readFileSync(path) });
  }
  return list;
}
