/**
 * `npm run build`: ingest seeds -> content/, check the content, `astro build`,
 * then the Pagefind index and citation files (scripts/lib/site-build.ts). One
 * command; it stops at the first stage that fails, saying which and why.
 *
 * CASEBOOK_SEEDS / CASEBOOK_CONTENT point it at other folders (tests build
 * throwaway sites that way); `--out-dir DIR` builds into DIR instead of dist/;
 * `--site-only` skips ingest and check and builds the site from content/ as it is
 * (after the content policy alone: src/check/content-policy.ts).
 *
 * Every heavy stage runs in a process of its own and this one only directs
 * them: ingest's data stayed on this heap (1.7 GB at 10,000 articles) while
 * Astro and then Pagefind ran, and the build peaked at 4.5 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHECKED_PAGES_ENV, pagesFingerprint } from '../src/integrations/content-policy.ts';
import { buildReport, type IngestRun, summarise, writeReport } from './lib/report.ts';
import { astroBuild, finishSite } from './lib/site-build.ts';
import { formatStageTimes, stageClock } from './lib/stage-clock.ts';

const { values } = parseArgs({
  options: { quiet: { type: 'boolean', default: false }, 'out-dir': { type: 'string' }, 'site-only': { type: 'boolean', default: false } },
});
const seedsDir = process.env.CASEBOOK_SEEDS ?? 'seeds';
const contentDir = process.env.CASEBOOK_CONTENT ?? 'content';
const outDir = values['out-dir'] ?? 'dist';
// Wall and CPU seconds per stage, printed when the site is done (the bench reads the line).
const clock = stageClock();

/**
 * `checked`: the fingerprint of the pages as they were just before the check that passed them (the
 * full check, or the policy alone), so that Astro's own policy gate does not read and check them all
 * again unless one changed since (src/integrations/content-policy.ts).
 */
async function site(checked?: string): Promise<void> {
  // MDX is code, run by Astro on this machine: no page reaches it unless it passes the content policy
  // (already part of the check the full build ran; --site-only runs it here, unless whoever started it
  // has just checked exactly these pages and says so with their fingerprint, as the bench does).
  if (values['site-only']) {
    checked = await pagesFingerprint(contentDir);
    if (process.env[CHECKED_PAGES_ENV] === checked) {
      clock.lap('policy already passed');
    } else if (stage('./check.ts', ['--content', contentDir, '--policy', '--quiet']) !== 0) {
      console.error('build: content breaks the content policy (above); nothing was built — fix each path:line as it says and run again');
      process.exit(1);
    } else clock.lap('policy');
  }
  const status = astroBuild({ contentDir, outDir, quiet: values.quiet, checked });
  if (status !== 0) {
    console.error('build: astro build failed (see above)');
    process.exit(status);
  }
  clock.lap('astro');
  try {
    await finishSite({ contentDir, outDir, quiet: values.quiet, lap: clock.lap });
  } catch (e) {
    console.error(`build: ${(e as Error).message}`);
    process.exit(1);
  }
  if (!values.quiet) console.log(formatStageTimes(clock.stages));
}

if (values['site-only']) {
  await site();
  process.exit(0);
}

/** A script of this folder in its own Node process (type stripping, as `npm run ingest` runs it); its exit status. */
function stage(script: string, args: string[]): number {
  return spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], { stdio: 'inherit', env: process.env }).status ?? 1;
}

const summaryFile = join(mkdtempSync(join(tmpdir(), 'casebook-build-')), 'ingest.json');
const ingested = stage('./ingest.ts', ['--seeds', seedsDir, '--out', contentDir, '--run-summary', summaryFile, ...(values.quiet ? ['--quiet'] : [])]);
const summary = ingested === 0 ? (JSON.parse(readFileSync(summaryFile, 'utf8')) as IngestRun) : null;
rmSync(dirname(summaryFile), { recursive: true, force: true });
if (!summary) {
  console.error('build: ingest reported problems (above); fix them and run again');
  process.exit(1);
}
clock.lap('ingest');
const checked = await pagesFingerprint(contentDir);
if (stage('./check.ts', ['--content', contentDir, '--quiet']) !== 0) {
  console.error('build: `npm run check` found errors in content (above); nothing was built — fix each path:line as it says and run again');
  process.exit(1);
}
clock.lap('check');
// The report reads the dataset from content/casebook.json and the rest of the run from its summary.
const ingest: IngestRun = { ...summary, dataset: null };

await site(checked);
// The build report: counts per stage, every skip and warning, and proof that
// every seed is a page or in the skipped list (dist/build-report.json).
const report = await buildReport({ seedsDir, ingest, distDir: outDir, contentDir });
for (const line of summarise(report, { warnings: !values.quiet })) console.log(line);
await writeReport(report, `${outDir}/build-report.json`);
if (!report.accounting.ok) {
  console.error('build: some seeds are neither a page nor in the skipped list (above); this is a bug in the pipeline');
  process.exit(1);
}
console.log(`build: done. Serve it with \`npm run preview\` (http://localhost:4321/).`);
