/**
 * Determinism: two builds from the same inputs give byte-identical
 * sites. Two sandboxes (different folders, so an absolute path leaking into
 * the output is caught too) get the same seeds — the project's and the
 * hostile corpus — and each runs `npm run build`; every file of the two
 * dist/ folders must have the same bytes.
 */

import { createHash } from 'node:crypto';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSite } from '../../../scripts/audit.ts';
import { makeCorpus } from '../../helpers/hostile-make.ts';
import { createSandbox, PROJECT, type Sandbox } from '../../helpers/hostile-sandbox.ts';

let first: Sandbox;
let second: Sandbox;

beforeAll(async () => {
  [first, second] = await Promise.all([createSandbox('casebook-det-a'), createSandbox('casebook-det-b')]);
  for (const box of [first, second]) {
    await cp(join(PROJECT, 'seeds'), box.seeds, { recursive: true });
    await makeCorpus(join(box.seeds, 'hostile'));
  }
}, 60_000);

afterAll(async () => {
  if (!process.env.KEEP_SANDBOX) await Promise.all([first?.remove(), second?.remove()]);
});

function hashes(files: Map<string, Uint8Array | string>): Map<string, string> {
  return new Map([...files].map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]));
}

describe('determinism', () => {
  it('two builds of the same seeds give byte-identical dist/', async () => {
    // One after the other (two cores), each in its own folder.
    const a = await first.build();
    expect(a.code, a.output.slice(-2000)).toBe(0);
    const b = await second.build();
    expect(b.code, b.output.slice(-2000)).toBe(0);
    const [one, two] = [hashes(await readSite(first.dist)), hashes(await readSite(second.dist))];
    expect([...two.keys()]).toEqual([...one.keys()]);
    const differ = [...one].filter(([path, hash]) => two.get(path) !== hash).map(([path]) => path);
    expect(differ).toEqual([]);
    expect(one.size).toBeGreaterThan(50);
  }, 600_000);
});
