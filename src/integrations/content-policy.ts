/**
 * The content policy as an Astro integration, so `astro build` and `astro dev`
 * run directly (not through `npm run build`) still refuse a page with code in
 * it before Astro compiles a single page: MDX is a program, and whoever runs the
 * build runs it. `npm run build` checks first with friendlier output; this is
 * the gate no entry point can go around.
 */
import type { AstroIntegration } from 'astro';
import { readContentFiles } from '../check/content-files.ts';
import { checkPolicy } from '../check/policy.ts';
import { formatProblem } from '../check/problem.ts';

export const NAME = 'casebook:content-policy';

/** The policy's errors over every page under `contentDir`, as `path:line: …` lines. */
export async function policyErrors(contentDir: string): Promise<string[]> {
  return checkPolicy(await readContentFiles(contentDir, /\.mdx?$/))
    .filter((p) => p.severity === 'error')
    .map(formatProblem);
}

export default function contentPolicy(contentDir: string): AstroIntegration {
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': async () => {
        const errors = await policyErrors(contentDir);
        if (errors.length === 0) return;
        throw new Error(`content breaks the content policy; nothing was built — fix each path:line as it says:\n${errors.join('\n')}`);
      },
    },
  };
}
