/**
 * `npm run bench [-- --sizes 100,1000,10000]`: generate a deterministic
 * synthetic corpus at each size (scripts/lib/bench/corpus.ts), run every stage
 * of the build on it as its own process and measure it: wall time, peak memory
 * (RSS of the process tree, and of the largest process), pages per second,
 * dist/ size and file count, the Pagefind index, the bytes of a first query.
 * Also: a re-run of ingest with nothing changed (time, files touched), one
 * changed seed (which files are rewritten), stage timers inside ingest, and a
 * baseline Astro site of plain `.md` pages with the same number of pages
 * (bench/baseline) to compare with.
 *
 *   --sizes 100,1000,10000   corpus sizes (articles)
 *   --work DIR               where corpora and outputs go (default /tmp/casebook-bench; never the repo)
 *   --no-baseline            skip the baseline site
 *   --no-bundle              skip the offline bundle
 *   --profile-max N          run in-process stage timers for sizes <= N (default 1000)
 *   --experiments N          also measure the choices on a copy of the project at size N
 *                            (.md vs .mdx, incremental build, chunked storage, Pagefind maxFragments)
 *   --reuse                  with --experiments N: reuse <work>/N from an earlier run instead of benching size N again
 *   --variants a,b           which experiments (default mdx,md,chunked,incremental,pagefind)
 *   --max-old-space MB       NODE_OPTIONS=--max-old-space-size for astro build
 *   --measure-dist DIR       only measure an already built site: page sizes and a first query (nothing is built)
 *
 * Results print as a table and go to <work>/results.json. docs/performance.md
 * has the figures and how to read them.
 */

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECKED_PAGES_ENV, pagesFingerprint } from '../src/integrations/content-policy.ts';
import { writeBaselineContent } from './lib/bench/baseline.ts';
import { editArticle, syntheticCorpus } from './lib/bench/corpus.ts';
import { formatFirstQuery, measureFirstQuery } from './lib/bench/first-query.ts';
import { hasGnuTime, lineTime, loadAverage, type Measured, run } from './lib/bench/measure.ts';
import { readingQuality } from './lib/bench/reading.ts';
import { dirStats, firstQueryBytes, kb, largestPageByType, mb, pagefindStats, walk } from './lib/bench/stats.ts';
import { parseStageTimes } from './lib/stage-clock.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    work: { type: 'string', default: '/tmp/casebook-bench' },
    'no-baseline': { type: 'boolean', default: false },
    'no-bundle': { type: 'boolean', default: false },
    'profile-max': { type: 'string', default: '1000' },
    experiments: { type: 'string' },
    'max-old-space': { type: 'string' },
    reuse: { type: 'boolean', default: false },
    variants: { type: 'string', default: 'mdx,md,chunked,incremental,pagefind' },
    'measure-dist': { type: 'string' },
  },
});

const ROOT = process.cwd();
const WORK = resolve(values.work!);
if (WORK.startsWith(ROOT + '/') && !WORK.startsWith(join(ROOT, 'tmp'))) {
  console.error(`bench: --work must be outside the repository (or under tmp/): ${WORK}`);
  process.exit(1);
}
const NODE = process.execPath;
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const sizes = values
  .sizes!.split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const say = (line: string) => console.log(line);
const secs = (s: number | null | undefined) => (s == null ? 'n/a' : `${s.toFixed(1)} s`);
const gb = (b: number | null | undefined) => (b == null ? 'n/a' : `${(b / 1e9).toFixed(2)} GB`);

if (!hasGnuTime())
  say(
    'bench: /usr/bin/time is missing (apt-get install -y time): peak RSS of the largest process is n/a; the process-tree peak (sampled from /proc) is still measured',
  );
say(
  `bench: sizes ${sizes.join(', ')}; work ${WORK}; ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores; load ${loadAverage()}`,
);

function ensureOk(m: Measured, what: string) {
  if (m.code !== 0) {
    console.error(
      m.lines
        .slice(-30)
        .map((l) => l.text)
        .join('\n'),
    );
    throw new Error(`${what} failed (exit ${m.code})`);
  }
}

interface IngestSummary {
  written: number;
  unchanged: number;
  removed: number;
  seconds: number;
  mbps: number;
  cases: number;
  entities: number;
}
function ingestSummary(m: Measured): IngestSummary | null {
  const line = m.lines.map((l) => l.text).find((t) => t.startsWith('ingest: ') && t.includes('files written'));
  // A run that found nothing changed says "N cases; nothing changed ..." without the entity count.
  const x = line && /(\d+) cases[,;](?: (\d+) entities)?.*?(\d+) files written, (\d+) unchanged, (\d+) removed; ([\d.]+) s, ([\d.]+) MB\/s/.exec(line);
  return x ? { cases: +x[1]!, entities: x[2] ? +x[2] : NaN, written: +x[3]!, unchanged: +x[4]!, removed: +x[5]!, seconds: +x[6]!, mbps: +x[7]! } : null;
}

/** Files under dir whose mtime or size changed between two snapshots, plus new and removed ones. */
function touched(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [p, v] of after) if (before.get(p) !== v) out.push(p);
  for (const p of before.keys()) if (!after.has(p)) out.push(`${p} (removed)`);
  return out.sort();
}
const snapshot = (dir: string) => new Map(walk(dir).map((f) => [f.path.slice(dir.length + 1), `${f.size}:${f.mtimeMs}`]));

const results: Record<string, unknown>[] = [];

// biome-ignore lint/suspicious/noExplicitAny: a loose record of measurements, written to results.json as it grows
type Measurements = Record<string, any>;

/** What the steps of one size share: where its files go, how to run a script on them, and the record of measurements. */
interface SizeRun {
  n: number;
  dir: string;
  seeds: string;
  content: string;
  dist: string;
  /** Runs a script of this repository with tsx, with this size's own extraction cache. */
  tsx: (script: string, ...args: string[]) => Promise<Measured>;
  r: Measurements;
}

async function benchSize(n: number) {
  const { size, first, truth } = prepareSize(n);
  await ingestFromNothing(size, truth);
  await ingestUnchanged(size);
  await ingestOneSeedChanged(size, first);
  await measureCheck(size);
  await buildSite(size);
  await bundleSite(size);
  await measureSite(size);
  endToEnd(size);
  if (n <= Number(values['profile-max'])) await stageTimers(size);
  if (!values['no-baseline']) await baselineSite(size);
  const { r } = size;
  r.loadEnd = loadAverage();
  say(
    `end to end (ingest + check + astro build): ${secs(r.endToEnd.seconds)} wall, ${secs(r.endToEnd.cpu)} CPU, ${gb(r.endToEnd.peakRss)} peak, ${r.endToEnd.pagesPerSecond.toFixed(0)} pages/s`,
  );
  results.push(r);
  writeFileSync(join(WORK, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

/** A fresh folder for size n with its synthetic corpus, the project's topics, and the cases the generator put in each article. */
function prepareSize(n: number): { size: SizeRun; first: string; truth: Map<string, number[]> } {
  const dir = join(WORK, String(n));
  const seeds = join(dir, 'seeds');
  const content = join(dir, 'content');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  mkdirSync(content, { recursive: true });
  cpSync(join(ROOT, 'content/topics'), join(content, 'topics'), { recursive: true });

  const t = performance.now();
  let bytes = 0;
  let first = '';
  const truth = new Map<string, number[]>();
  for (const a of syntheticCorpus(n)) {
    writeFileSync(join(seeds, a.name), a.text);
    bytes += a.text.length;
    first ||= a.name;
    truth.set(a.name, a.cases);
  }
  say(`\n== ${n} articles: corpus ${mb(bytes)} generated in ${secs((performance.now() - t) / 1000)} (load ${loadAverage()})`);
  const r: Measurements = { size: n, corpusBytes: bytes, loadStart: loadAverage() };

  // Each size extracts into its own cache: the smaller corpora are prefixes of the larger, so a shared
  // cache would make the larger "cold" ingest partly warm.
  const cacheEnv = { ...process.env, CASEBOOK_EXTRACT_CACHE: join(dir, 'extract-cache') };
  rmSync(cacheEnv.CASEBOOK_EXTRACT_CACHE, { recursive: true, force: true });
  const tsx = (script: string, ...args: string[]) => run([NODE, TSX, script, ...args], { cwd: ROOT, env: cacheEnv });
  return { size: { n, dir, seeds, content, dist: join(dir, 'dist'), tsx, r }, first, truth };
}

/** 1. ingest, from nothing; and what the speed bought: the reading checked against the cases the generator put in each article. */
async function ingestFromNothing({ seeds, content, tsx, r }: SizeRun, truth: Map<string, number[]>) {
  const ingest = await tsx('scripts/ingest.ts', '--seeds', seeds, '--out', content, '--quiet');
  ensureOk(ingest, 'ingest');
  r.ingest = { seconds: ingest.seconds, cpu: ingest.cpu, treeRss: ingest.treeRss, maxRss: ingest.maxRss, summary: ingestSummary(ingest), load: loadAverage() };
  say(
    `ingest: ${secs(ingest.seconds)} wall, ${secs(ingest.cpu)} CPU, ${r.ingest.summary?.mbps} MB/s (inside), ${gb(ingest.treeRss)} peak; ${r.ingest.summary?.cases} cases, ${r.ingest.summary?.written} files written (load ${loadAverage()})`,
  );
  const q = (r.reading = readingQuality(truth, JSON.parse(readFileSync(join(content, 'casebook.json'), 'utf8'))));
  say(
    `reading: ${q.exact} of ${q.articles} articles with as many cases as they report (${q.fewer} fewer, ${q.more} more); linking over ${q.mentions} mentions: precision ${q.precision.toFixed(3)}, recall ${q.recall.toFixed(3)}`,
  );
}

/** 2. ingest again, nothing changed */
async function ingestUnchanged({ seeds, content, tsx, r }: SizeRun) {
  const before = snapshot(content);
  const again = await tsx('scripts/ingest.ts', '--seeds', seeds, '--out', content, '--quiet');
  ensureOk(again, 'ingest (no change)');
  const againTouched = touched(before, snapshot(content));
  r.noChange = {
    seconds: again.seconds,
    cpu: again.cpu,
    inside: ingestSummary(again)?.seconds,
    filesTouched: againTouched.length,
    files: againTouched.slice(0, 10),
    load: loadAverage(),
  };
  say(`ingest, nothing changed: ${secs(again.seconds)} wall, ${secs(again.cpu)} CPU (${secs(r.noChange.inside)} inside), ${againTouched.length} files touched`);
}

/** 3. one changed seed */
async function ingestOneSeedChanged({ seeds, content, tsx, r }: SizeRun, first: string) {
  const seedPath = join(seeds, first);
  writeFileSync(seedPath, editArticle(readFileSync(seedPath, 'utf8')));
  const before = snapshot(content);
  const one = await tsx('scripts/ingest.ts', '--seeds', seeds, '--out', content, '--quiet');
  ensureOk(one, 'ingest (one seed changed)');
  const oneTouched = touched(before, snapshot(content));
  r.oneChanged = {
    seed: first,
    seconds: one.seconds,
    cpu: one.cpu,
    inside: ingestSummary(one)?.seconds,
    filesTouched: oneTouched.length,
    files: oneTouched,
    load: loadAverage(),
  };
  say(`ingest, one seed changed (${first}): ${secs(one.seconds)} wall, ${secs(one.cpu)} CPU, ${oneTouched.length} files rewritten: ${oneTouched.join(', ')}`);
}

/** 4. check */
async function measureCheck({ content, tsx, r }: SizeRun) {
  // As `npm run build` does: the fingerprint of the pages the check passes goes to the site build, whose policy gates then read none of them again.
  const fingerprint = await pagesFingerprint(content);
  const check = await tsx('scripts/check.ts', '--content', content, '--quiet');
  r.check = { seconds: check.seconds, cpu: check.cpu, treeRss: check.treeRss, code: check.code, passed: check.code === 0 ? fingerprint : null };
  say(`check: ${secs(check.seconds)} wall, ${secs(check.cpu)} CPU, ${gb(check.treeRss)} peak${check.code ? ' (reported errors)' : ''}`);
}

/**
 * 5. the site, as `npm run build` makes it after check: astro build (content sync, bundling, pages),
 * then Pagefind and the citation files once Astro has exited (scripts/build.ts --site-only).
 */
async function buildSite({ content, dist, r }: SizeRun) {
  const env = {
    ...process.env,
    CASEBOOK_CONTENT: content,
    ...(r.check?.passed ? { [CHECKED_PAGES_ENV]: r.check.passed } : {}),
    ...(values['max-old-space'] ? { NODE_OPTIONS: `--max-old-space-size=${values['max-old-space']}` } : {}),
  };
  const astro = await run([NODE, 'scripts/build.ts', '--site-only', '--out-dir', dist], { cwd: ROOT, env });
  ensureOk(astro, 'astro build');
  const synced = lineTime(astro, /Synced content|Content config changed|content.*synced/i);
  const generating = lineTime(astro, /generating static routes/);
  const pagesDone = lineTime(astro, /page\(s\) built in/);
  const indexed = lineTime(astro, /Pagefind indexed/);
  const stages = astro.lines.map((l) => parseStageTimes(l.text)).find((s) => s !== null) ?? null;
  const html = dirStats(dist).html;
  r.astro = {
    seconds: astro.seconds,
    cpu: astro.cpu,
    treeRss: astro.treeRss,
    maxRss: astro.maxRss,
    phases: { untilSynced: synced, untilGenerating: generating, pagesDone, pagefindDone: indexed },
    // Wall and CPU seconds of each stage as scripts/build.ts timed them (policy, astro, search index, citations).
    stages,
    // Pagefind and citations: everything after Astro's last line.
    pagefindSeconds: pagesDone != null ? astro.seconds - pagesDone : null,
    html,
    load: loadAverage(),
  };
  say(
    `site build: ${secs(astro.seconds)} wall, ${secs(astro.cpu)} CPU, ${gb(astro.treeRss)} tree peak (${gb(astro.maxRss)} largest process); ${html} HTML pages, ${(html / astro.seconds).toFixed(0)} pages/s; content synced at ${secs(synced)}, pages from ${secs(generating)}, Astro done at ${secs(pagesDone)}, then Pagefind and citations ${secs(r.astro.pagefindSeconds)} (Pagefind ${secs(indexed != null && pagesDone != null ? indexed - pagesDone : null)}) (load ${loadAverage()})`,
  );
  if (stages) say(`site build stages: ${stages.map((s) => `${s.stage} ${secs(s.seconds)} wall, ${secs(s.cpu)} CPU`).join('; ')}`);
}

/** 6. offline bundle */
async function bundleSite({ dir, dist, tsx, r }: SizeRun) {
  if (values['no-bundle'] || !existsSync(join(ROOT, 'scripts/bundle.ts'))) {
    r.bundle = null;
    return;
  }
  const zip = join(dir, 'casebook-offline.zip');
  const bundle = await tsx('scripts/bundle.ts', '--dist', dist, '--out', join(dir, 'offline'), '--zip', zip);
  r.bundle = {
    seconds: bundle.seconds,
    cpu: bundle.cpu,
    treeRss: bundle.treeRss,
    code: bundle.code,
    zipBytes: existsSync(zip) ? statSync(zip).size : null,
  };
  say(`bundle: ${secs(bundle.seconds)}, ${gb(bundle.treeRss)} peak${bundle.code ? ` (failed: ${bundle.lines.at(-1)?.text})` : ''}`);
}

/** 7. sizes: dist/, the heaviest page of each type, the Pagefind index, and a first query (from the files, and in Chromium) */
async function measureSite({ dist, r }: SizeRun) {
  const d = dirStats(dist);
  const pf = pagefindStats(dist);
  const fq = existsSync(join(dist, 'pagefind')) ? firstQueryBytes(join(dist, 'pagefind')) : null;
  r.dist = d;
  r.pagefind = pf;
  r.firstQuery = fq;
  say(
    `dist: ${d.files} files, ${mb(d.bytes)}, largest page ${d.largestHtml?.path} ${kb(d.largestHtml?.bytes ?? 0)}; Pagefind: ${pf?.files} files (${pf?.fragments} fragments), ${mb(pf?.bytes ?? 0)}; first query ${kb(fq?.bytes ?? 0)} computed from the files`,
  );
  r.pages = largestPageByType(dist);
  say(
    `largest page per type (HTML, gzipped): ${Object.entries(r.pages as ReturnType<typeof largestPageByType>)
      .map(([type, p]) => `${type} ${kb(p.bytes)} (${kb(p.gzip)}) ${p.path}`)
      .join('; ')}`,
  );
  try {
    r.firstQueryBrowser = await measureFirstQuery(dist);
    say(r.firstQueryBrowser ? formatFirstQuery(r.firstQueryBrowser) : 'first query in Chromium: skipped (no Chromium, or no search page)');
  } catch (error) {
    r.firstQueryBrowser = null;
    say(`first query in Chromium: failed (${(error as Error).message.split('\n')[0]})`);
  }
}

/** ingest + check + astro build, as a contributor's build runs them. */
function endToEnd({ r }: SizeRun) {
  const { ingest, check, astro } = r;
  const seconds = ingest.seconds + check.seconds + astro.seconds;
  const cpu = (ingest.cpu ?? NaN) + (check.cpu ?? NaN) + (astro.cpu ?? NaN);
  r.endToEnd = { seconds, cpu, peakRss: Math.max(ingest.treeRss, check.treeRss, astro.treeRss), pagesPerSecond: astro.html / seconds };
}

/** 8. in-process stage timers */
async function stageTimers({ seeds, content, r }: SizeRun) {
  try {
    const { profileIngest, loadSeedFiles } = await import('./lib/bench/profile.ts');
    const { loadTaxonomy } = await import('../src/ingest/inputs.ts');
    const taxonomy = await loadTaxonomy(join(content, 'topics'));
    const p = profileIngest(loadSeedFiles(seeds, readdirSync(seeds).sort()), taxonomy.entries);
    r.stages = p.times;
    say(
      `stages (in process, s): ${Object.entries(p.times)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join('; ')}`,
    );
  } catch (error) {
    r.stages = null;
    say(`stages: profile unavailable (${(error as Error).message})`);
  }
}

/** 9. baseline: the same number of plain .md pages, minimal layout, then Pagefind */
async function baselineSite({ dir, content, r }: SizeRun) {
  const html = r.astro.html;
  const bContent = join(dir, 'baseline-content');
  const bDist = join(dir, 'baseline-dist');
  writeBaselineContent(join(content, 'articles'), bContent, html);
  const b = await run([NODE, ASTRO, 'build', '--root', join(ROOT, 'bench/baseline'), '--outDir', bDist], {
    cwd: ROOT,
    env: { ...process.env, BENCH_BASELINE_CONTENT: bContent },
  });
  ensureOk(b, 'baseline astro build');
  const bpf = await run([NODE, PAGEFIND, '--site', bDist], { cwd: ROOT });
  ensureOk(bpf, 'baseline pagefind');
  const baseline = b.seconds + bpf.seconds;
  r.baseline = {
    pages: html,
    astroSeconds: b.seconds,
    pagefindSeconds: bpf.seconds,
    seconds: baseline,
    cpu: (b.cpu ?? NaN) + (bpf.cpu ?? NaN),
    treeRss: Math.max(b.treeRss, bpf.treeRss),
    load: loadAverage(),
  };
  r.ratio = { endToEnd: r.endToEnd.seconds / baseline, astroPlusPagefind: r.astro.seconds / baseline, cpuEndToEnd: r.endToEnd.cpu / r.baseline.cpu };
  say(
    `baseline (.md, ${html} pages): astro ${secs(b.seconds)} + Pagefind ${secs(bpf.seconds)}, ${gb(r.baseline.treeRss)} peak; ${secs(r.baseline.cpu)} CPU; ours/baseline: ${r.ratio.endToEnd.toFixed(2)}x end to end (${r.ratio.cpuEndToEnd.toFixed(2)}x in CPU time), ${r.ratio.astroPlusPagefind.toFixed(2)}x astro build alone`,
  );
}

/**
 * The choices, measured on a copy of the project (src/, config, public/; the
 * same node_modules) built from the size-n content: each variant changes one
 * thing through a wrapper config or a converted content folder.
 */
async function experiments(n: number) {
  const content = join(WORK, String(n), 'content');
  if (!existsSync(content)) await benchSize(n);
  const exp = join(WORK, 'exp');
  const project = copyProject(exp);
  const build = variantBuilder(exp, project);
  const out: Measurements = { size: n };
  const want = new Set(values.variants!.split(','));
  if (want.has('mdx')) out.mdx = await build('mdx', wrapConfig(''), content);
  if (want.has('md')) out.md = await mdVariant(exp, project, content, build);
  if (want.has('chunked'))
    out.chunked = await build('chunked', wrapConfig("experimental: { ...(base.experimental ?? {}), collectionStorage: 'chunked' }"), content);
  if (want.has('incremental')) Object.assign(out, await incrementalVariant(content, build));
  if (want.has('pagefind')) Object.assign(out, await pagefindCaps(exp, join(WORK, String(n), 'dist')));
  writeFileSync(join(WORK, `experiments-${[...want].join('-')}.json`), `${JSON.stringify(out, null, 2)}\n`);
}

/** A fresh copy of the project under exp/project (node_modules linked, not copied); its path. */
function copyProject(exp: string): string {
  const project = join(exp, 'project');
  rmSync(exp, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(project, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  return project;
}

/** An Astro config that is the project's with `extra` fields on top. */
const wrapConfig = (extra: string) => `import base from './astro.config.mjs';\nexport default { ...base, ${extra} };\n`;

type VariantBuild = (name: string, config: string, contentDir: string, extraEnv?: Record<string, string>) => Promise<Measurements>;

/** Builds the project copy with config `astro.<name>.mjs` from a content folder into exp/dist-<name>, and measures it. */
function variantBuilder(exp: string, project: string): VariantBuild {
  return async (name, config, contentDir, extraEnv = {}) => {
    writeFileSync(join(project, `astro.${name}.mjs`), config);
    const m = await run([NODE, ASTRO, 'build', '--root', project, '--config', `astro.${name}.mjs`, '--outDir', join(exp, `dist-${name}`)], {
      cwd: project,
      env: { ...process.env, CASEBOOK_CONTENT: contentDir, ...extraEnv },
    });
    const res = { seconds: m.seconds, treeRss: m.treeRss, code: m.code, html: dirStats(join(exp, `dist-${name}`)).html, load: loadAverage() };
    say(
      `experiment ${name}: ${secs(m.seconds)}, ${gb(m.treeRss)} peak, ${res.html} pages${
        m.code
          ? ` FAILED: ${m.lines
              .slice(-5)
              .map((l) => l.text)
              .join(' | ')}`
          : ''
      } (load ${loadAverage()})`,
    );
    return res;
  };
}

/** .md articles: <Para> becomes a plain HTML block with the same anchor markup; the project copy reads both forms for this build only. */
async function mdVariant(exp: string, project: string, content: string, build: VariantBuild): Promise<Measurements> {
  const mdContent = join(exp, 'content-md');
  cpSync(content, mdContent, { recursive: true });
  for (const f of readdirSync(join(mdContent, 'articles'))) {
    if (!f.endsWith('.mdx')) continue;
    const text = readFileSync(join(mdContent, 'articles', f), 'utf8').replace(
      /^<Para id="(p\d+)">\n([\s\S]*?)\n<\/Para>$/gm,
      (_, id: string, body: string) =>
        `<div class="para" id="${id}"><a class="anchor" href="#${id}" aria-label="Link to paragraph ${id.slice(1)}">¶</a>\n\n${body.replace(/^ {2}/gm, '')}\n\n</div>`,
    );
    writeFileSync(join(mdContent, 'articles', f.replace(/\.mdx$/, '.md')), text);
    rmSync(join(mdContent, 'articles', f));
  }
  const cfg = join(project, 'src/content.config.ts');
  const original = readFileSync(cfg, 'utf8');
  writeFileSync(cfg, original.replace(/pattern: '\*\.mdx', base: `\$\{CONTENT\}\/articles`/, "pattern: '*.{md,mdx}', base: `${CONTENT}/articles`"));
  // The site reads paragraphs back with the page parser, whose `.md` anchor form (src/emit/read-page.ts PARA_OPEN)
  // is not the `¶` div form written above: read that form first. Fail loudly if the patched line moves.
  const paragraphsFile = join(project, 'src/site/paragraphs.ts');
  const paragraphsOriginal = readFileSync(paragraphsFile, 'utf8');
  const patchedLine = 'export function paragraphsFromBody(body: string, format: PageFormat): Paragraph[] {';
  if (!paragraphsOriginal.includes(patchedLine)) throw new Error(`bench: ${paragraphsFile} no longer has: ${patchedLine}`);
  writeFileSync(
    paragraphsFile,
    paragraphsOriginal.replace(
      patchedLine,
      `${patchedLine}\n  if (body.includes('<div class="para"')) return [...body.matchAll(/<div class="para" id="(p\\d+)">.*?\\n\\n([\\s\\S]*?)\\n\\n<\\/div>/g)].map((m) => ({ id: m[1]!, text: m[2]!.replace(/\\\\(.)/g, '$1').replace(/\\s+/g, ' ').trim() }));`,
    ),
  );
  const measured = await build('md', wrapConfig(''), mdContent);
  writeFileSync(cfg, original);
  writeFileSync(paragraphsFile, paragraphsOriginal);
  return measured;
}

/** Astro's incremental build: cold, warm, and after one case page is edited. */
async function incrementalVariant(content: string, build: VariantBuild): Promise<Measurements> {
  const inc = wrapConfig('experimental: { ...(base.experimental ?? {}), incrementalBuild: true }');
  const out: Measurements = {};
  out.incrementalCold = await build('incremental', inc, content);
  out.incrementalWarm = await build('incremental', inc, content);
  const someCase = readdirSync(join(content, 'cases')).sort()[0]!;
  const casePath = join(content, 'cases', someCase);
  const caseText = readFileSync(casePath, 'utf8');
  writeFileSync(casePath, caseText.replace(/\n$/, ' Edited for the bench.\n'));
  out.incrementalOneEdit = await build('incremental', inc, content);
  writeFileSync(casePath, caseText);
  return out;
}

/** Pagefind's fragment cap, on the site built by benchSize (CLI, same binary). */
async function pagefindCaps(exp: string, site: string): Promise<Measurements> {
  const out: Measurements = {};
  for (const cap of [0, 1000, 100]) {
    const outPath = join(exp, `pagefind-${cap}`);
    const m = await run([NODE, PAGEFIND, '--site', site, '--output-path', outPath, ...(cap ? ['--max-fragments', String(cap)] : [])], { cwd: ROOT });
    const files = walk(outPath);
    out[`pagefind-max-fragments-${cap || 'none'}`] = {
      seconds: m.seconds,
      files: files.length,
      fragmentFiles: files.filter((f) => f.path.includes('/fragment/')).length,
      bytes: files.reduce((a, f) => a + f.size, 0),
      firstQuery: firstQueryBytes(outPath).bytes,
    };
    say(`experiment Pagefind maxFragments ${cap || 'none'}: ${secs(m.seconds)}, ${files.length} files, first query ${kb(firstQueryBytes(outPath).bytes)}`);
  }
  return out;
}

/** The heaviest page over all types: `explore 480 kB (61 kB)`. */
function heaviest(pages: Record<string, { bytes: number; gzip: number }> | undefined): string {
  const top = Object.entries(pages ?? {}).sort(([, a], [, b]) => b.bytes - a.bytes)[0];
  return top ? `${top[0]} ${kb(top[1].bytes)} (${kb(top[1].gzip)})` : 'n/a';
}

if (values['measure-dist']) {
  const r: Measurements = {};
  await measureSite({ dist: resolve(values['measure-dist']), r } as SizeRun);
  console.log(JSON.stringify({ pages: r.pages, firstQuery: r.firstQuery, firstQueryBrowser: r.firstQueryBrowser }, null, 2));
  process.exit(0);
}

mkdirSync(WORK, { recursive: true });
for (const n of sizes)
  if (!(values.experiments && existsSync(join(WORK, String(n), 'content')) && n === Number(values.experiments) && values['reuse'])) await benchSize(n);
if (values.experiments) await experiments(Number(values.experiments));

say(
  '\n| articles | corpus | ingest | MB/s | re-run (no change) | files touched | one seed: files | check | site build (Pagefind + citations) | HTML pages | pages/s e2e | end to end (CPU) | peak RSS | dist | Pagefind | first query (files) | first query (Chromium) | largest page (gzip) | baseline .md | ratio | load |',
);
say('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
// biome-ignore lint/suspicious/noExplicitAny: a loose record of measurements, written to results.json as it grows
for (const r of results as any[]) {
  say(
    `| ${r.size} | ${mb(r.corpusBytes)} | ${secs(r.ingest.seconds)} | ${r.ingest.summary?.mbps ?? 'n/a'} | ${secs(r.noChange.seconds)} | ${r.noChange.filesTouched} | ${r.oneChanged.filesTouched} | ${secs(r.check.seconds)} | ${secs(r.astro.seconds)} (${secs(r.astro.pagefindSeconds)}) | ${r.astro.html} | ${r.endToEnd.pagesPerSecond.toFixed(0)} | ${secs(r.endToEnd.seconds)} (${secs(r.endToEnd.cpu)}) | ${gb(r.endToEnd.peakRss)} | ${r.dist.files} files, ${mb(r.dist.bytes)} | ${r.pagefind ? `${r.pagefind.files} files, ${mb(r.pagefind.bytes)}` : 'n/a'} | ${r.firstQuery ? kb(r.firstQuery.bytes) : 'n/a'} | ${r.firstQueryBrowser ? kb(r.firstQueryBrowser.pagefindBytes) : 'n/a'} | ${heaviest(r.pages)} | ${r.baseline ? secs(r.baseline.seconds) : 'n/a'} | ${r.ratio ? `${r.ratio.endToEnd.toFixed(2)}x (CPU ${r.ratio.cpuEndToEnd.toFixed(2)}x)` : 'n/a'} | ${r.loadStart} → ${r.loadEnd} |`,
  );
}
say(`\nbench: results in ${join(WORK, 'results.json')}`);
