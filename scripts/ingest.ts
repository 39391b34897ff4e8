/**
 * `npm run ingest [-- --seeds DIR --out DIR --quiet]`: read every seed in DIR,
 * write the MDX tree and casebook.json under the out DIR. Only files this
 * command generated are ever replaced or removed.
 */
import { parseArgs } from 'node:util';
import { runIngest } from './lib/run-ingest.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    quiet: { type: 'boolean', default: false },
  },
});

const result = await runIngest({ seedsDir: values.seeds!, outDir: values.out!, quiet: values.quiet! });
process.exitCode = result.ok ? 0 : 1;
