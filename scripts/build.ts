/**
 * `npm run build`: ingest seeds -> content/, check the content, `astro build`,
 * then citation files and the Pagefind index (scripts/lib/site-build.ts). One
 * command; it stops at the first stage that fails, saying which and why.
 *
 * CASEBOOK_SEEDS / CASEBOOK_CONTENT point it at other folders (tests build
 * throwaway sites that way); `--out-dir DIR` builds into DIR instead of dist/;
 * `--site-only` skips ingest and check and builds the site from content/ as it is.
 */
import { parseArgs } from 'node:util';
import { runIngest } from './lib/run-ingest.ts';
import { runCheck } from './check.ts';
import { buildReport, summarise, writeReport } from './lib/report.ts';
import { astroBuild, finishSite } from './lib/site-build.ts';

const { values } = parseArgs({ options: { quiet: { type: 'boolean', default: false }, 'out-dir': { type: 'string' }, 'site-only': { type: 'boolean', default: false } } });
const seedsDir = process.env.CASEBOOK_SEEDS ?? 'seeds';
const contentDir = process.env.CASEBOOK_CONTENT ?? 'content';
const outDir = values['out-dir'] ?? 'dist';

async function site(): Promise<void> {
  const status = astroBuild({ contentDir, outDir, quiet: values.quiet });
  if (status !== 0) {
    console.error('build: astro build failed (see above)');
    process.exit(status);
  }
  try {
    await finishSite({ contentDir, outDir, quiet: values.quiet });
  } catch (e) {
    console.error(`build: ${(e as Error).message}`);
    process.exit(1);
  }
}

if (values['site-only']) {
  await site();
  process.exit(0);
}

const ingest = await runIngest({ seedsDir, outDir: contentDir, quiet: values.quiet! });
if (!ingest.ok) {
  console.error('build: ingest reported problems (above); fix them and run again');
  process.exit(1);
}
if ((await runCheck(contentDir, console.log, true)) !== 0) {
  console.error('build: `npm run check` found errors in content (above); fix them and run again');
  process.exit(1);
}

await site();
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
