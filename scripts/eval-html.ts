/**
 * `npm run eval:html -- [--gold FILE] [--only NAME,...] [--details] [--json]`:
 * read every saved page of an HTML gold set (default tests/fixtures/html-real)
 * with Casebook's reader and with outside extractors, and print, per
 * extractor, the phrases of the main text kept, the phrases that must stay
 * out that leaked in, and the CPU per page. Exits 0: a measurement, not a
 * verdict (the eval baseline guards the reader itself).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseGold } from '../src/eval/gold.ts';
import { formatComparison, formatPageDetails, summarise } from '../src/eval/html-compare.ts';
import { extractors, type SavedPage } from '../src/eval/html-extractors.ts';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: 'tests/fixtures/html-real/gold.json' },
    only: { type: 'string' },
    details: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const parsed = parseGold(JSON.parse(readFileSync(values.gold!, 'utf8')));
if (!parsed.ok) throw new Error(`${values.gold}: ${parsed.error}`);
const gold = parsed.gold.articles;
const pages: SavedPage[] = gold.map((a) => ({ path: a.file, bytes: readFileSync(a.file) }));
const goldByFile = new Map(gold.map((a) => [a.file, a]));
const wanted = values.only?.split(',').map((s) => s.trim());
const available = await extractors();
const chosen = available.extractors.filter((e) => !wanted || wanted.some((w) => e.name.startsWith(w)));

// One warm-up page per extractor, so module loading and JIT start-up are not billed to the first page.
for (const e of chosen) e.read(pages[0]!);
const summaries = chosen.map((e) =>
  summarise(
    e.name,
    pages.map((p) => e.read(p)),
    goldByFile,
  ),
);

if (values.json) console.log(JSON.stringify(summaries, null, 2));
else {
  console.log(
    `${pages.length} pages, ${gold.reduce((n, a) => n + a.body_must_include.length, 0)} phrases to keep, ${gold.reduce((n, a) => n + a.body_must_exclude.length, 0)} to leave out (${values.gold})`,
  );
  console.log(formatComparison(summaries));
  if (available.missing.length) console.log(`(not measured, not installed: ${available.missing.join(', ')}; see src/eval/html-extractors.ts)`);
  if (values.details) console.log(`\n${formatPageDetails(summaries).replaceAll(/tests\/fixtures\/html-real\/pages\//g, '')}`);
}
