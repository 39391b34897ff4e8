/** A Score as a plain-text table and a one-line total, for the terminal and CI logs. */
import { FACT_KINDS, factTotals } from './facts.ts';
import type { ArticleScore, Count, Score } from './score.ts';

function frac(c: Count | null): string {
  return c ? `${c.hit}/${c.total}` : 'n/a';
}

const COLUMNS: Array<[string, (s: ArticleScore) => string]> = [
  ['file', (s) => (s.article ? s.file : `${s.file} (skipped)`)],
  ['body', (s) => frac(s.body)],
  ['leaks', (s) => String(s.leaked.hit)],
  ['title', (s) => s.title],
  ['outlet', (s) => s.outlet],
  ['byline', (s) => s.byline],
  ['date', (s) => s.date],
  ['topic', (s) => s.onTopic],
  ['cases', (s) => `${s.cases.got}/${s.cases.want}`],
  ['people', (s) => frac(s.people)],
  ['materials', (s) => frac(s.materials)],
  ['events', (s) => frac(s.events)],
  ['drama', (s) => frac(s.dramatization)],
  ['linked', (s) => frac(s.linked)],
];

export function formatTable(score: Score): string {
  const rows = [COLUMNS.map(([h]) => h), ...score.articles.map((s) => COLUMNS.map(([, f]) => f(s)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatDetails(score: Score): string {
  const lines: string[] = [];
  for (const s of score.articles) {
    const notes = [
      ...s.body.misses.map((m) => `body phrase lost: "${m}"`),
      ...s.leaked.misses.map((m) => `leaked: "${m}"`),
      ...(['coarse', 'wrong', 'invented', 'missed'].includes(s.date) ? [`date ${s.date}: ${s.dateDetail}`] : []),
      ...(['title', 'outlet', 'byline'] as const).filter((f) => ['wrong', 'invented', 'missed'].includes(s[f])).map((f) => `${f} ${s[f]}: ${s.metaDetail[f]}`),
      ...s.people.misses.map((m) => `person not found: ${m}`),
      ...s.peopleFound.misses.map((m) => `person not in the gold: ${m}`),
      ...s.materials.misses.map((m) => `material not found: ${m}`),
      ...FACT_KINDS.flatMap((k) => s.facts[k].misses),
    ];
    if (notes.length) lines.push(`${s.file}:`, ...notes.map((n) => `  ${n}`));
  }
  return lines.join('\n');
}

export function formatTotal(score: Score): string {
  const t = score.totals;
  const d = t.dates;
  return (
    `total: ${t.articles} articles${t.missingArticles ? ` (${t.missingArticles} skipped)` : ''}; body ${frac(t.body)}; leaks ${t.leaked.hit}; ` +
    `titles ${frac(t.title)}; outlets ${frac(t.outlet)}; bylines ${frac(t.byline)}; ` +
    `dates exact ${d.exact}, coarse ${d.coarse}, none ${d.none}, wrong ${d.wrong}, invented ${d.invented}, missed ${d.missed}; ` +
    `on-topic ${frac(t.onTopic)}; case counts ${frac(t.caseCount)}; people ${frac(t.people)}; materials ${frac(t.materials)}; ` +
    `events ${frac(t.events)}; dramatization ${frac(t.dramatization)}; linked ${frac(t.linked)}`
  );
}

/** Precision and recall per field: what the reading says that is right, and how much of the gold it says. */
export function formatPrecisionRecall(score: Score): string {
  const pr = (s: ArticleScore[], pick: (a: ArticleScore) => string) => {
    const v = s.map(pick);
    const ok = v.filter((x) => x === 'ok' || x === 'exact').length;
    const said = v.filter((x) => ['ok', 'exact', 'coarse', 'wrong', 'invented'].includes(x)).length;
    const stated = v.filter((x) => ['ok', 'exact', 'coarse', 'wrong', 'missed'].includes(x)).length;
    return `precision ${ratio(ok, said)}, recall ${ratio(ok, stated)}`;
  };
  const t = score.totals;
  return [
    `title: ${pr(score.articles, (a) => a.title)}`,
    `outlet: ${pr(score.articles, (a) => a.outlet)}`,
    `byline: ${pr(score.articles, (a) => a.byline)}`,
    `published: ${pr(score.articles, (a) => a.date)}`,
    `people: precision ${ratio(t.peopleFound.hit, t.peopleFound.total)}, recall ${ratio(t.people.hit, t.people.total)}`,
    `people by the gold's role: parties of the incident ${frac(t.peopleByGroup.parties)}, officials and others ${frac(t.peopleByGroup.others)}, role not stated ${frac(t.peopleByGroup.unstated)}`,
    `body: recall ${ratio(t.body.hit, t.body.total)}; leaks ${t.leaked.hit} of ${t.leaked.total} boilerplate phrases`,
    formatFacts(score),
    `linking: ${score.totals.linkPairs.wrong.length} false links of ${score.totals.linkPairs.total} pairs of articles joined`,
  ].join('\n');
}

/** Fact-level precision and recall per kind and in all (hits and totals, so a small set reads as small). */
export function formatFacts(score: Score): string {
  const f = score.totals.facts;
  const pr = (c: { recall: Count | { hit: number; total: number }; precision: { hit: number; total: number } }) =>
    `precision ${ratio(c.precision.hit, c.precision.total)} (${c.precision.hit}/${c.precision.total}), recall ${ratio(c.recall.hit, c.recall.total)} (${c.recall.hit}/${c.recall.total})`;
  return [...FACT_KINDS.map((k) => `facts, ${k}: ${pr(f[k])}`), `facts, all: ${pr(factTotals(f))}`].join('\n');
}

function ratio(a: number, b: number): string {
  return b ? (a / b).toFixed(3) : 'n/a';
}

/**
 * What `npm run eval` prints for one set. A held-out set prints its totals only, whatever was asked:
 * its articles are never shown one by one, so rules cannot be fitted to them.
 */
export function formatScore(score: Score, options: { details: boolean; heldOut: boolean }): string {
  const totals = [formatTotal(score), formatPrecisionRecall(score)];
  if (options.heldOut) return ['held-out test set: totals only (no per-article rows)', ...totals].join('\n');
  return [formatTable(score), ...(options.details ? [formatDetails(score)] : []), ...totals].join('\n');
}
