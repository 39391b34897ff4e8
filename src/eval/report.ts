/** A Score as a plain-text table and a one-line total, for the terminal and CI logs. */
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
      ...s.people.misses.map((m) => `person not found: ${m}`),
      ...s.materials.misses.map((m) => `material not found: ${m}`),
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
