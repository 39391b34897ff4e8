/**
 * The content policy as an Astro integration, so `astro build` and `astro dev`
 * run directly (not through `npm run build`) still refuse a page with code in
 * it before Astro compiles a single page: MDX is a program, and whoever runs the
 * build runs it. `npm run build` checks first with friendlier output; this is
 * the gate no entry point can go around.
 *
 * `npm run build` has read and checked every page just before it starts Astro
 * (17,753 pages, about 6 s of CPU at 10,000 articles), so it hands Astro a
 * fingerprint of the pages it passed (CHECKED_PAGES_ENV). The integration skips
 * its own pass only when the pages on disk still have that fingerprint: any page
 * added, removed or rewritten since is checked again here.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readContentFiles } from '../check/content-files.ts';
import { checkPolicy, isPage } from '../check/policy.ts';
import { formatProblem } from '../check/problem.ts';
import { listFiles } from '../ingest/files.ts';

export const NAME = 'casebook:content-policy';

/** Set by a build that ran the policy on the pages just before Astro: their fingerprint (pagesFingerprint). */
export const CHECKED_PAGES_ENV = 'CASEBOOK_POLICY_PASSED';

/** The policy's errors over every page under `contentDir`, as `path:line: …` lines. */
export async function policyErrors(contentDir: string): Promise<string[]> {
  return checkPolicy(await readContentFiles(contentDir, /\.mdx?$/))
    .filter((p) => p.severity === 'error')
    .map(formatProblem);
}

/**
 * A digest of the pages the policy reads under `contentDir` (the same files as policyErrors): each
 * one's absolute path, size, inode and modification time in nanoseconds. Adding, removing, moving or
 * rewriting a page changes it; taking it costs a stat per page, not a read and a parse.
 */
export async function pagesFingerprint(contentDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await listFiles(resolve(contentDir))) {
    if (!isPage(file)) continue;
    const s = statSync(file, { bigint: true });
    hash.update(`${file}\0${s.size}\0${s.ino}\0${s.mtimeNs}\n`);
  }
  return hash.digest('hex');
}

/** Whether the build that started Astro has just passed exactly the pages now under `contentDir`. */
async function alreadyPassed(contentDir: string): Promise<boolean> {
  const passed = process.env[CHECKED_PAGES_ENV];
  return !!passed && passed === (await pagesFingerprint(contentDir));
}

export default function contentPolicy(contentDir: string): AstroIntegration {
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': async () => {
        if (await alreadyPassed(contentDir)) return;
        const errors = await policyErrors(contentDir);
        if (errors.length === 0) return;
        throw new Error(`content breaks the content policy; nothing was built — fix each path:line as it says:\n${errors.join('\n')}`);
      },
    },
  };
}
