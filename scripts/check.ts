/**
 * `npm run check [-- --content DIR] [--verbose] [--quiet] [--policy]`: validate
 * all content and report every error as `path:line: message`; exit non-zero
 * when there is one. Warnings are counted per kind (`--verbose` lists them,
 * `--quiet` leaves them out). `--policy` checks only what a page may contain
 * (src/check/content-policy.ts): the gate the build runs before Astro.
 */

import { type Dirent, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/check.ts';
import { readContentFiles, shownPath } from '../src/check/content-files.ts';
import { checkPolicy } from '../src/check/policy.ts';
import { error, type Problem } from '../src/check/problem.ts';
import { type ReportOptions, reportLines } from '../src/check/report.ts';

export interface CheckOptions extends ReportOptions {
  /** Only the content policy. */
  policy?: boolean;
}

export async function runCheck(contentDir: string, log: (line: string) => void = console.log, options: CheckOptions = {}): Promise<number> {
  const root = shownPath(contentDir) || '.';
  const files = await readContentFiles(contentDir, /\.(mdx?|json|ya?ml)$/);
  const problems = [...links(contentDir, shownPath), ...(options.policy ? checkPolicy(files) : checkContent(files, root))];
  for (const line of reportLines(problems, files.size, options)) log(line);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

/**
 * Symbolic links under content/: the site's loaders follow them, so one could bring any file of the
 * machine that builds the site into it, or a page the check (which lists files only) never reads.
 */
function links(contentDir: string, shown: (file: string) => string): Problem[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(contentDir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isSymbolicLink())
    .map((e) =>
      error(
        shown(join(e.parentPath, e.name)),
        1,
        'is a symbolic link — put the file itself in content/ (a link can bring any file of the build machine into the site)',
      ),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: process.env.CASEBOOK_CONTENT ?? 'content' },
      quiet: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      policy: { type: 'boolean', default: false },
    },
  });
  process.exitCode = await runCheck(values.content!, console.log, { quiet: values.quiet, verbose: values.verbose, policy: values.policy });
}
