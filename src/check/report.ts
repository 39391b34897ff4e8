/**
 * What `npm run check` prints. Errors one line each, always; notices (pages
 * that declare code) always, so review sees them on every run; warnings one
 * line per kind with a count, or in full with `--verbose`. Hundreds of
 * "matches no article yet" lines once scrolled a real error out of sight, so
 * errors come last, just above the closing count.
 */

import { formatProblem, type Problem } from './problem.ts';

export interface ReportOptions {
  /** Every warning on its own line. */
  verbose?: boolean;
  /** No warnings at all, only their count (the build's own run of the check). */
  quiet?: boolean;
}

export function reportLines(problems: Problem[], files: number, { verbose = false, quiet = false }: ReportOptions = {}): string[] {
  const of = (severity: Problem['severity']) => problems.filter((p) => p.severity === severity);
  const [errors, warnings, notices] = [of('error'), of('warning'), of('notice')];
  const lines: string[] = [];
  if (verbose) lines.push(...warnings.map(formatProblem));
  else if (!quiet) lines.push(...warningSummary(warnings));
  lines.push(...notices.map(formatProblem), ...errors.map(formatProblem));
  const code = notices.length ? `, ${notices.length} ${notices.length === 1 ? 'page' : 'pages'} with code (allow-code)` : '';
  lines.push(`check: ${files} files, ${errors.length} errors, ${warnings.length} warnings${code}`);
  return lines;
}

/** One line per kind of warning, most frequent first, with a count. */
function warningSummary(warnings: Problem[]): string[] {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.kind ?? w.message, (counts.get(w.kind ?? w.message) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([kind, count]) => `check: ${count} ${count === 1 ? 'warning' : 'warnings'}: ${kind} (\`npm run check -- --verbose\` lists them)`);
}
