/**
 * `npx tsx scripts/lighthouse.ts [--dist dist] [--runs 3] [--out test-results/lighthouse]`
 *
 * Serves the built site on localhost and runs Lighthouse (the npm package)
 * against Debian's Chromium on four page types: home, a case, a topic and the
 * timeline. Prints the median score per category (several runs, since
 * performance varies a little between runs) and writes each JSON report.
 * Not part of the test suite: it takes a minute or two. Results are recorded
 * in docs/lighthouse.md.
 *
 * `--cpu` sets Lighthouse's CPU slowdown: a number, `default` (Lighthouse's 4x,
 * meant for a fast desktop host) or `auto` (the default here): calibrated from
 * the host's BenchmarkIndex as Lighthouse's docs/throttling.md advises, so a
 * slow or busy host is not slowed down a second time. The report prints the
 * BenchmarkIndex and the multiplier used.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './lib/serve.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'test-results/lighthouse' },
    preset: { type: 'string', default: 'mobile' },
    cpu: { type: 'string', default: 'auto' },
    only: { type: 'string' },
  },
});
const dist = values.dist!;
const runs = Math.max(1, Number(values.runs));
const dataset = JSON.parse(readFileSync(`${dist}/data/casebook.json`, 'utf8'));
const richest = [...dataset.cases].sort((a, b) => b.facts.length - a.facts.length).find((c) => !c.dramatization) ?? dataset.cases[0];
const counts = new Map<string, number>();
for (const c of dataset.cases) for (const t of c.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
const topic = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'gallium';
const allPages = [
  { name: 'home', path: '' },
  { name: 'case', path: `cases/${richest.id}/` },
  { name: 'topic', path: `topics/${topic}/` },
  { name: 'timeline', path: 'timeline/' },
];
const pages = values.only ? allPages.filter((p) => values.only!.split(',').includes(p.name)) : allPages;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const served = await serve(dist, { port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
mkdirSync(values.out!, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Lighthouse's table (docs/throttling.md, "Calibrating the CPU slowdown"): host class -> multiplier to reach a mid-tier phone. */
function calibrated(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 1000) return 2;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}
let cpuSlowdownMultiplier: number | undefined;
if (values.cpu === 'auto') {
  const probe = await lighthouse(served.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const index = probe?.lhr.environment.benchmarkIndex ?? 0;
  cpuSlowdownMultiplier = calibrated(index);
  console.log(`host BenchmarkIndex ${Math.round(index)} -> CPU slowdown ${cpuSlowdownMultiplier}x (Lighthouse default: 4x)`);
} else if (values.cpu !== 'default') {
  cpuSlowdownMultiplier = Number(values.cpu);
}
const benchmarks: number[] = [];
const rows: Array<Record<string, string | number>> = [];
try {
  for (const page of pages) {
    const url = served.url + page.path;
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    let failing: string[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        ...(cpuSlowdownMultiplier && values.preset !== 'desktop'
          ? {
              throttling: {
                rttMs: 150,
                throughputKbps: 1638.4,
                requestLatencyMs: 562.5,
                downloadThroughputKbps: 1474.56,
                uploadThroughputKbps: 675,
                cpuSlowdownMultiplier,
              },
            }
          : {}),
        ...(values.preset === 'desktop'
          ? {
              formFactor: 'desktop',
              screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
              throttling: {
                rttMs: 40,
                throughputKbps: 10240,
                cpuSlowdownMultiplier: 1,
                requestLatencyMs: 0,
                downloadThroughputKbps: 0,
                uploadThroughputKbps: 0,
              },
            }
          : {}),
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      const lhr = result.lhr;
      benchmarks.push(lhr.environment.benchmarkIndex);
      for (const c of CATEGORIES) scores[c]!.push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
      failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => `${a.id} (${a.score})`);
      if (run === runs - 1) writeFileSync(`${values.out}/${page.name}.json`, typeof result.report === 'string' ? result.report : result.report.join('\n'));
    }
    const row = { page: page.name, url: `/${page.path}`, ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c]!)])) };
    rows.push(row);
    console.log(`${page.name.padEnd(9)} ${CATEGORIES.map((c) => `${c} ${median(scores[c]!)} [${scores[c]!.join(',')}]`).join('  ')}`);
    if (failing.length) console.log(`          below 1: ${failing.join(', ')}`);
  }
} finally {
  await chrome.kill();
  await served.close();
}
console.log(
  `\nBenchmarkIndex during the runs: ${Math.min(...benchmarks).toFixed(0)}-${Math.max(...benchmarks).toFixed(0)}; CPU slowdown ${cpuSlowdownMultiplier ?? 4}x; preset ${values.preset}; median of ${runs} run(s)`,
);
console.log('\n| page | path | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.page} | \`${r.url}\` | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} |`);
const bad = rows.filter((r) => Number(r.performance) < 98 || Number(r.accessibility) < 100 || Number(r['best-practices']) < 100 || Number(r.seo) < 100);
if (bad.length) {
  console.error(`lighthouse: below target on ${bad.map((r) => r.page).join(', ')} (performance >= 98, others 100)`);
  process.exitCode = 1;
}
