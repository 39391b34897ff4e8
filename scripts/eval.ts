/**
 * `npm run eval -- [--gold FILE --seeds DIR] [--topics DIR] [--json] [--details]`:
 * run the pipeline on DIR and score it against a gold reading (format
 * casebook-gold/1). Prints a table per article and a one-line total; exits 0,
 * because a score is information, not a verdict.
 *
 * `npm run eval -- --baseline`: score every set of tests/eval-baseline.json,
 * totals only (the test part is never shown article by article), against the
 * recorded baseline; exits 1 on a regression. `--write-baseline` records the
 * current scores as the new baseline (when the reading has improved); it refuses
 * when a measure fell unless `--accept-regressions` says the trade is meant.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BaselineFile, improvements, measuresOf, regressions } from '../src/eval/baseline.ts';
import { formatFacts, formatScore } from '../src/eval/report.ts';
import { runEval } from '../src/eval/run.ts';

const BASELINE = 'tests/eval-baseline.json';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: 'tests/fixtures/seeds.gold.json' },
    seeds: { type: 'string', default: 'seeds' },
    topics: { type: 'string' },
    json: { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
    baseline: { type: 'boolean', default: false },
    'write-baseline': { type: 'boolean', default: false },
    'accept-regressions': { type: 'boolean', default: false },
  },
});

async function scoreOne(): Promise<void> {
  const { score, errors } = await runEval({ gold: values.gold!, seeds: values.seeds!, topics: values.topics });
  for (const e of errors) console.error(e);
  const heldOut = JSON.parse(readFileSync(values.gold!, 'utf8')).held_out === true;
  if (values.json && !heldOut) {
    console.log(JSON.stringify(score, null, 2));
    return;
  }
  console.log(formatScore(score, { details: values.details ?? false, heldOut }));
}

async function scoreBaseline(write: boolean): Promise<void> {
  const file = BaselineFile.parse(JSON.parse(readFileSync(BASELINE, 'utf8')));
  let failed = false;
  for (const set of file.sets) {
    const { score } = await runEval({ gold: set.gold, seeds: set.seeds });
    const { got, of } = measuresOf(score);
    const worse = regressions(got, set.baseline);
    const better = improvements(got, set.baseline);
    console.log(`${set.name}: ${worse.length ? `REGRESSED ${worse.join(', ')}` : 'holds'}${better.length ? `; better: ${better.join(', ')}` : ''}`);
    // Totals only: the fact scores of the set as a whole.
    console.log(formatFacts(score).replace(/^/gm, '  '));
    failed ||= worse.length > 0;
    if (write) Object.assign(set, { baseline: got, of });
  }
  // A regression is recorded only on purpose: a new baseline that quietly took in a worse reading (a false link,
  // more wrong facts) would hide it from every later run.
  if (write && failed && !values['accept-regressions']) {
    console.error(`eval: ${BASELINE} not written: a measure fell; run again with --accept-regressions to record it, and say why in the commit`);
    process.exitCode = 1;
  } else if (write) {
    writeFileSync(BASELINE, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`eval: wrote ${BASELINE}`);
  } else if (failed) process.exitCode = 1;
}

try {
  if (values.baseline || values['write-baseline']) await scoreBaseline(values['write-baseline']!);
  else await scoreOne();
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exitCode = 1;
}
