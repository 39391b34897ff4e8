/**
 * `npm run ingest [-- --seeds DIR --out DIR --quiet]`: read every seed in DIR,
 * write the article and case pages and casebook.json under the out DIR. Only files this
 * command generated are ever replaced or removed.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runIngest } from '../src/ingest/run-ingest.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    quiet: { type: 'boolean', default: false },
    // What the build report needs of this run (warnings, redirects, pages kept), as JSON: `npm run build` runs ingest in its own process.
    'run-summary': { type: 'string' },
  },
});

const result = await runIngest({ seedsDir: values.seeds!, outDir: values.out!, quiet: values.quiet! });
if (values['run-summary']) {
  const run = result.ok ? result : null;
  const summary = {
    result: run?.result ? { report: run.result.report, warnings: run.result.warnings, redirects: run.result.redirects } : null,
    keptAsWritten: run?.plan?.human.size ?? 0,
    problems: run?.problems ?? [],
  };
  writeFileSync(values['run-summary'], JSON.stringify(summary));
}
process.exitCode = result.ok ? 0 : 1;
