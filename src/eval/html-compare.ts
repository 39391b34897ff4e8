/**
 * Several ways of reading the main text of saved web pages, scored side by
 * side on the same gold: how many of the phrases the main text must contain
 * each one keeps (recall), how many of the phrases it must not contain each
 * one lets in (leaks), and the CPU each spends per page. Pure: texts and
 * timings in, numbers out; the extractors and the I/O live elsewhere.
 */
import type { GoldArticle } from './gold.ts';
import { norm } from './score.ts';

/** One extractor's reading of one page. */
export interface PageReading {
  file: string;
  /** Null when the extractor gave up on the page (threw or found nothing). */
  text: string | null;
  /** CPU (user + system) spent on the page, in milliseconds. */
  cpuMs: number;
  error?: string;
}

export interface PageVerdict {
  file: string;
  kept: number;
  of: number;
  leaked: number;
  ofExcluded: number;
  /** Phrases the text should hold and does not. */
  missed: string[];
  /** Phrases the text should not hold and does. */
  leaks: string[];
  failed: boolean;
}

export interface ExtractorSummary {
  extractor: string;
  pages: number;
  /** Pages on which the extractor produced no text. */
  failed: number;
  kept: number;
  of: number;
  leaked: number;
  ofExcluded: number;
  /** Pages whose every must-include phrase was kept and no must-exclude phrase leaked. */
  clean: number;
  cpuMs: { total: number; median: number; p90: number; max: number };
  verdicts: PageVerdict[];
}

export function judgePage(reading: PageReading, gold: Pick<GoldArticle, 'body_must_include' | 'body_must_exclude'>): PageVerdict {
  const text = norm(reading.text ?? '');
  const holds = (phrase: string) => text.includes(norm(phrase));
  const missed = gold.body_must_include.filter((p) => !holds(p));
  const leaks = gold.body_must_exclude.filter(holds);
  return {
    file: reading.file,
    kept: gold.body_must_include.length - missed.length,
    of: gold.body_must_include.length,
    leaked: leaks.length,
    ofExcluded: gold.body_must_exclude.length,
    missed,
    leaks,
    failed: reading.text === null,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(extractor: string, readings: PageReading[], goldByFile: Map<string, GoldArticle>): ExtractorSummary {
  const verdicts = readings.map((r) => {
    const gold = goldByFile.get(r.file);
    if (!gold) throw new Error(`${r.file}: no gold reading for this page`);
    return judgePage(r, gold);
  });
  const sum = (pick: (v: PageVerdict) => number) => verdicts.reduce((n, v) => n + pick(v), 0);
  const cpu = readings.map((r) => r.cpuMs).sort((a, b) => a - b);
  return {
    extractor,
    pages: verdicts.length,
    failed: sum((v) => (v.failed ? 1 : 0)),
    kept: sum((v) => v.kept),
    of: sum((v) => v.of),
    leaked: sum((v) => v.leaked),
    ofExcluded: sum((v) => v.ofExcluded),
    clean: sum((v) => (v.kept === v.of && v.leaked === 0 ? 1 : 0)),
    cpuMs: { total: cpu.reduce((a, b) => a + b, 0), median: percentile(cpu, 50), p90: percentile(cpu, 90), max: cpu.at(-1) ?? 0 },
    verdicts,
  };
}

function pct(n: number, of: number): string {
  return of ? `${((100 * n) / of).toFixed(1)}%` : 'n/a';
}

/** One row per extractor: recall, leaks, clean pages, CPU per page. */
export function formatComparison(summaries: ExtractorSummary[]): string {
  const head = ['extractor', 'kept (recall)', 'leaked', 'clean pages', 'failed', 'CPU ms/page median', 'p90', 'max', 'total s'];
  const rows = summaries.map((s) => [
    s.extractor,
    `${s.kept}/${s.of} (${pct(s.kept, s.of)})`,
    `${s.leaked}/${s.ofExcluded} (${pct(s.leaked, s.ofExcluded)})`,
    `${s.clean}/${s.pages}`,
    String(s.failed),
    s.cpuMs.median.toFixed(1),
    s.cpuMs.p90.toFixed(1),
    s.cpuMs.max.toFixed(0),
    (s.cpuMs.total / 1000).toFixed(2),
  ]);
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Per page, what each extractor missed and leaked (only pages where some extractor erred). */
export function formatPageDetails(summaries: ExtractorSummary[]): string {
  const lines: string[] = [];
  const files = summaries[0]?.verdicts.map((v) => v.file) ?? [];
  files.forEach((file, i) => {
    const per = summaries.map((s) => ({ name: s.extractor, v: s.verdicts[i]! }));
    if (per.every(({ v }) => v.missed.length === 0 && v.leaks.length === 0)) return;
    lines.push(file);
    for (const { name, v } of per) {
      if (v.missed.length === 0 && v.leaks.length === 0) continue;
      const parts = [v.failed ? 'no text' : '', ...v.missed.map((m) => `missed «${m}»`), ...v.leaks.map((l) => `leaked «${l}»`)].filter(Boolean);
      lines.push(`  ${name}: ${parts.join('; ')}`);
    }
  });
  return lines.join('\n');
}
