/** What a run says on the console: a line per seed, the warnings, and one summary line. */

import type { Plan } from '../emit/reconcile.ts';
import type { IngestResult } from '../extract/pipeline.ts';
import type { Dataset } from '../model/schema.ts';
import type { ExtractStats } from './extract-cache.ts';
import type { IngestLog } from './ingest-log.ts';
import type { RunStamp } from './run-stamp.ts';
import type { SeedList } from './seeds.ts';

const speed = (bytes: number, seconds: number) => `${seconds.toFixed(2)} s, ${(bytes / 1e6 / Math.max(seconds, 1e-6)).toFixed(2)} MB/s`;

/** A line per seed read (with --quiet, only the skipped ones), then the warnings of linking. */
export function reportSeeds(result: IngestResult, out: Pick<IngestLog, 'log' | 'say'>): void {
  for (const line of result.report) {
    if (line.status === 'ok') {
      out.say(
        `${line.seed}: ${line.paragraphs} paragraphs kept, ${line.removed} removed, ${line.cases} cases, ${line.topics} topics${line.warnings.length ? `; warnings: ${line.warnings.join('; ')}` : ''}`,
      );
    } else {
      out.log(`${line.seed}: skipped: ${line.reason}`);
    }
  }
  for (const warning of result.warnings) out.log(`ingest: warning: ${warning}`);
}

export function unchangedSummary(seeds: number, last: RunStamp, bytes: number, seconds: number): string {
  return (
    `ingest: ${seeds} seeds, ${last.articles} articles, ${last.cases} cases; nothing changed since the last run (same seeds, taxonomy, judgements, code and pages); ` +
    `0 files written, ${last.pages} unchanged, 0 removed; ${speed(bytes, seconds)}`
  );
}

export interface FullRun {
  seeds: SeedList;
  result: IngestResult;
  /** The dataset with people's pages laid over it. */
  dataset: Dataset;
  plan: Pick<Plan, 'human' | 'unchanged' | 'remove'>;
  /** writeOutput(): files written, and data files already as generated. */
  writing: { written: number; unchanged: number };
  extract: ExtractStats;
  seconds: number;
}

export function fullRunSummary({ seeds, result, dataset, plan, writing, extract, seconds }: FullRun): string {
  const articles = result.report.filter((r) => r.status === 'ok').length;
  return (
    `ingest: ${seeds.seeds.length} seeds, ${articles} articles, ${result.report.length - articles} skipped, ${dataset.cases.length} cases, ` +
    `${dataset.entities.length} entities, ${plan.human.size} pages kept as people wrote them; ` +
    `${writing.written} files written, ${plan.unchanged + writing.unchanged} unchanged, ${plan.remove.length} removed; ` +
    `${speed(seeds.bytes, seconds)}; ` +
    `${extract.extracted} seeds extracted${extract.workers ? ` on ${extract.workers} threads` : ''}, ${extract.cached} from the cache`
  );
}
