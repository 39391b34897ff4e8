/**
 * `npm run build`: ingest seeds -> content/, check the content, then
 * `astro build` (which runs Pagefind in its build-done hook). One command;
 * it stops at the first stage that fails, saying which and why.
 *
 * CASEBOOK_SEEDS / CASEBOOK_CONTENT point it at other folders (tests build
 * throwaway sites that way); `--out-dir DIR` builds into DIR instead of dist/.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runIngest } from './lib/run-ingest.ts';
import { runCheck } from './check.ts';
import { buildReport, summarise, writeReport } from './lib/report.ts';

const { values } = parseArgs({ options: { quiet: { type: 'boolean', default: false }, 'out-dir': { type: 'string' } } });
const seedsDir = process.env.CASEBOOK_SEEDS ?? 'seeds';
const contentDir = process.env.CASEBOOK_CONTENT ?? 'content';

const ingest = await runIngest({ seedsDir, outDir: contentDir, quiet: values.quiet! });
if (!ingest.ok) {
  console.error('build: ingest reported problems (above); fix them and run again');
  process.exit(1);
}
if ((await runCheck(contentDir, console.log, true)) !== 0) {
  console.error('build: `npm run check` found errors in content (above); fix them and run again');
  process.exit(1);
}

const args = ['node_modules/astro/bin/astro.mjs', 'build', ...(values.quiet ? ['--silent'] : []), ...(values['out-dir'] ? ['--outDir', values['out-dir']] : [])];
// Every MDX page is a bundler module: past ~12,000 of them the default 4 GB heap runs out (docs/performance.md).
const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=8192'];
const astro = spawnSync(process.execPath, [...heap, ...args], { stdio: 'inherit', env: { ...process.env, CASEBOOK_CONTENT: contentDir } });
if (astro.status !== 0) {
  console.error('build: astro build failed (see above)');
  process.exit(astro.status ?? 1);
}
// The build report: counts per stage, every skip and warning, and proof that
// every seed is a page or in the skipped list (dist/build-report.json).
const outDir = values['out-dir'] ?? 'dist';
const report = await buildReport({ seedsDir, ingest, distDir: outDir, contentDir });
for (const line of summarise(report, { warnings: !values.quiet })) console.log(line);
await writeReport(report, `${outDir}/build-report.json`);
if (!report.accounting.ok) {
  console.error('build: some seeds are neither a page nor in the skipped list (above); this is a bug in the pipeline');
  process.exit(1);
}
console.log(`build: done. Serve it with \`npm run preview\` (http://localhost:4321/).`);
