/**
 * `npm run eval -- --gold FILE --seeds DIR [--topics DIR] [--json] [--details]`:
 * run the pipeline on DIR and score it against a gold reading
 * (format casebook-gold/1). Prints a table and a one-line total; exits 0,
 * because a score is information, not a verdict (tests hold the bar).
 */
import { parseArgs } from 'node:util';
import { formatDetails, formatTable, formatTotal } from '../src/eval/report.ts';
import { runEval } from '../src/eval/run.ts';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/eval/seeds.gold.json' },
    seeds: { type: 'string', default: 'seeds' },
    topics: { type: 'string' },
    json: { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
  },
});

try {
  const { score, errors } = await runEval({ gold: values.gold!, seeds: values.seeds!, topics: values.topics });
  for (const e of errors) console.error(e);
  if (values.json) {
    console.log(JSON.stringify(score, null, 2));
  } else {
    console.log(formatTable(score));
    if (values.details) console.log(formatDetails(score));
    console.log(formatTotal(score));
  }
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exitCode = 1;
}
