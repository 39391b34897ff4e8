import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import contentPolicy, { CHECKED_PAGES_ENV, pagesFingerprint } from '../../../src/integrations/content-policy.ts';

const root = mkdtempSync(join(tmpdir(), 'casebook-policy-gate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => delete process.env[CHECKED_PAGES_ENV]);

const CLEAN = '---\ntitle: Clean\n---\n\nText.\n';
const HOSTILE = '---\ntitle: Hostile\n---\n\nexport const x = 1;\n\n{process.exit(7)}\n';

let n = 0;
function folder(pages: Record<string, string>): string {
  const dir = join(root, `content-${n++}`);
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs the integration's setup hook: resolves when the pages may be built, rejects when the policy refuses them. */
function gate(dir: string): Promise<unknown> {
  const hook = contentPolicy(dir).hooks['astro:config:setup'] as () => Promise<void>;
  return hook();
}

describe('pagesFingerprint', () => {
  it('changes when a page is rewritten, added, removed or renamed, and not for other files', async () => {
    const dir = folder({ 'cases/a.mdx': CLEAN, 'articles/b.md': CLEAN });
    const first = await pagesFingerprint(dir);
    expect(await pagesFingerprint(dir)).toBe(first);
    writeFileSync(join(dir, 'casebook.json'), '{}');
    expect(await pagesFingerprint(dir)).toBe(first);

    writeFileSync(join(dir, 'cases/a.mdx'), CLEAN); // same text, written again: a new modification time
    utimesSync(join(dir, 'cases/a.mdx'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const rewritten = await pagesFingerprint(dir);
    expect(rewritten).not.toBe(first);
    writeFileSync(join(dir, 'cases/c.mdx'), CLEAN);
    const added = await pagesFingerprint(dir);
    expect(added).not.toBe(rewritten);
    renameSync(join(dir, 'cases/c.mdx'), join(dir, 'cases/d.mdx'));
    expect(await pagesFingerprint(dir)).not.toBe(added);
    rmSync(join(dir, 'cases/d.mdx'));
    expect(await pagesFingerprint(dir)).toBe(rewritten);
  });
});

describe("Astro's content policy gate", () => {
  it('refuses a page with code when no check passed it', async () => {
    await expect(gate(folder({ 'cases/x.mdx': HOSTILE }))).rejects.toThrow(/content breaks the content policy/);
  });

  it('skips its own pass for exactly the pages a check has just passed', async () => {
    const dir = folder({ 'cases/x.mdx': HOSTILE });
    // A fingerprint only a build that checked these pages would hand over: the gate trusts it and reads nothing.
    process.env[CHECKED_PAGES_ENV] = await pagesFingerprint(dir);
    await expect(gate(dir)).resolves.toBeUndefined();
  });

  it('checks again when a page changed after the check', async () => {
    const dir = folder({ 'cases/x.mdx': CLEAN });
    process.env[CHECKED_PAGES_ENV] = await pagesFingerprint(dir);
    writeFileSync(join(dir, 'cases/y.mdx'), HOSTILE);
    await expect(gate(dir)).rejects.toThrow(/cases\/y\.mdx:\d+: /);
  });

  it('checks when the fingerprint handed over is not that of these pages', async () => {
    const dir = folder({ 'cases/x.mdx': HOSTILE });
    process.env[CHECKED_PAGES_ENV] = await pagesFingerprint(folder({ 'cases/x.mdx': CLEAN }));
    await expect(gate(dir)).rejects.toThrow(/content breaks the content policy/);
  });
});
