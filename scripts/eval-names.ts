/**
 * `npm run eval:names -- [--sets dev,dev2,...] [--details]`: the people of the
 * English on-topic reports of the real development parts, as Casebook's case
 * readers find them and as an English name recogniser (compromise) finds them in
 * the same cleaned text, scored against the gold, with the recogniser's CPU per
 * article. compromise is not a dependency: install it to measure
 * (`npm install --no-save compromise`). Never run on the test parts: it prints
 * names article by article with --details.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseGold } from '../src/eval/gold.ts';
import { addArticle, emptyCounts, formatCounts } from '../src/eval/name-compare.ts';
import { runEval } from '../src/eval/run.ts';

const { values } = parseArgs({ options: { sets: { type: 'string', default: 'dev,dev2,dev3,dev4,dev5' }, details: { type: 'boolean', default: false } } });

type Nlp = (text: string) => { people(): { out(kind: 'array'): string[] } };
let nlp: Nlp;
// Named through a variable: compromise is not a dependency, so the typecheck must not look for it.
const recogniser = 'compromise';
try {
  nlp = ((await import(/* @vite-ignore */ recogniser)) as { default: Nlp }).default;
} catch {
  console.error('eval:names: compromise is not installed; run `npm install --no-save compromise` first');
  process.exit(1);
}

const HAN = /\p{Script=Han}/u;
const base = (path: string) => path.replace(/^.*\//, '');
// compromise keeps a possessive or a closing mark on a name ("Wei's"); the gold writes the name alone.
const bare = (name: string) =>
  name
    .replace(/[’']s$/u, '')
    .replace(/[.,;:]$/u, '')
    .trim();

const counts = emptyCounts(['casebook', 'compromise']);
let cpuMs = 0;
let articles = 0;
nlp('A warm-up sentence naming John Smith.').people();
for (const set of values.sets!.split(',')) {
  const goldFile = `tests/fixtures/real/${set}.gold.json`;
  const parsed = parseGold(JSON.parse(readFileSync(goldFile, 'utf8')));
  if (!parsed.ok) throw new Error(`${goldFile}: ${parsed.error}`);
  if (parsed.gold.held_out) throw new Error(`${goldFile} is held out: its articles are not shown one by one`);
  const { dataset } = await runEval({ gold: goldFile, seeds: `tests/fixtures/real/${set}` });
  const entityNames = new Map(dataset.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  for (const g of parsed.gold.articles) {
    const article = dataset.articles.find((a) => base(a.seed) === base(g.file));
    const gold = g.cases.flatMap((c) => c.people).filter((n) => !HAN.test(n));
    if (!article || article.language !== 'en' || !g.on_topic || gold.length === 0) continue;
    const ours = dataset.cases.filter((c) => c.sources.some((s) => s.article === article.id)).flatMap((c) => c.people.map((id) => entityNames.get(id) ?? [id]));
    const start = process.cpuUsage();
    const theirs = nlp(article.paragraphs.map((p) => p.text).join('\n'))
      .people()
      .out('array')
      .map(bare)
      .filter(Boolean)
      .map((n) => [n]);
    const used = process.cpuUsage(start);
    cpuMs += (used.user + used.system) / 1000;
    articles += 1;
    addArticle(counts, gold, { casebook: ours, compromise: theirs });
    if (values.details)
      console.log(
        `${set}/${base(g.file)}\n  gold: ${gold.join('; ')}\n  casebook: ${ours.map((n) => n.join(' = ')).join('; ')}\n  compromise: ${theirs.join('; ')}`,
      );
  }
}
console.log(`${articles} English on-topic articles with people in the gold (${values.sets})`);
console.log(formatCounts(counts));
console.log(`compromise CPU: ${(cpuMs / Math.max(articles, 1)).toFixed(1)} ms per article`);
