/**
 * `npm test`: the unit project, the site build the browser tests read (dist/),
 * then the browser project, each vitest run writing its JSON report to
 * test-results/ (.ci/run totals them).
 *
 * The build runs beside the unit tests rather than after them: neither needs
 * the other (the unit tests build throwaway sites in temporary folders, and
 * ingest writes content/ whole-file by rename, only what changed), and the
 * build's single-threaded stretches (Astro rendering, one Node process) leave a
 * core the unit tests use. Its output is held and printed once the unit tests
 * are done, so the two do not interleave.
 */
import { spawn } from 'node:child_process';

interface Result {
  code: number;
  output: string;
}

function run(args: string[], quietOutput: boolean): Promise<Result> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: quietOutput ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const vitest = (project: string) => [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=test-results/${project}.json`,
];

const [unit, build] = await Promise.all([run(vitest('unit'), false), run(['scripts/build.ts', '--quiet'], true)]);
process.stdout.write(build.output);
if (build.code !== 0) {
  console.error('npm test: the site build failed (above); the browser tests did not run');
  process.exit(1);
}
if (unit.code !== 0) {
  console.error('npm test: unit tests failed (above); the browser tests did not run');
  process.exit(1);
}
const browser = await run(vitest('browser'), false);
process.exit(browser.code);
