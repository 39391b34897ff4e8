/**
 * `npm run build`: ingest seeds -> content/, then `astro build` (which runs
 * Pagefind in its build-done hook). One command, fails on the first error.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runIngest } from './lib/run-ingest.ts';

const { values } = parseArgs({ options: { quiet: { type: 'boolean', default: false } } });
const ingest = await runIngest({ seedsDir: 'seeds', outDir: 'content', quiet: values.quiet! });
if (!ingest.ok) process.exit(1);

const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(values.quiet ? ['--silent'] : [])], { stdio: 'inherit' });
if (astro.status !== 0) {
  console.error('build: astro build failed (see above)');
  process.exit(astro.status ?? 1);
}
console.log('build: done. Serve it with `npm run preview` (http://localhost:4321/).');
