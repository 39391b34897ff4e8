/**
 * Where the reports of one case disagree. Each source article is read only
 * in the paragraphs it cites for the case (never its background), and gives
 * at most one version of each fact: if it states two values that cannot both
 * hold (two defendants' terms, say), it is left out of that comparison, since
 * which one the other reports should be held to is unclear. Versions disagree
 * when no value satisfies both ("4 years" and "five years"); the same value in
 * other words ("four years", "四年", "48 months"), or a bound the other
 * satisfies ("more than 200" and "230"), is agreement. Pure: the case and its
 * articles in, the disagreements out, in the order of the case's sources.
 */
import type { Article, Case, Disagreement, FactVersion } from '../../model/schema.ts';
import { memoByPair, pushTo } from '../../util/collections.ts';
import { actDates } from './act-dates.ts';
import { readQuantities } from './quantities.ts';
import { compatible, type FactKind, type Reading } from './readings.ts';

/** Conversions between units of mass leave rounding ("3.3 pounds" for 1.5 kg): this much relative error is agreement. */
const MASS_SLACK = 0.02;
const FACT_ORDER: FactKind[] = ['prison-term', 'fine', 'documents', 'material', 'arrest-date', 'sentence-date', 'seizure-date', 'penalty-date'];

type ArticleText = Pick<Article, 'id' | 'paragraphs' | 'published'>;
interface Version {
  reading: Reading;
  article: string;
  paragraph: string;
}

export function findDisagreements(c: Pick<Case, 'sources'>, articles: ReadonlyMap<string, ArticleText>): Disagreement[] {
  // One report alone cannot disagree: most cases stop here, before any text is read.
  if (new Set(c.sources.map((s) => s.article)).size < 2) return [];
  const byFact = new Map<FactKind, Version[]>();
  for (const source of c.sources) {
    const article = articles.get(source.article);
    if (!article) continue;
    for (const version of versionsOfArticle(article, source.paragraphs)) pushTo(byFact, version.reading.kind, version);
  }
  const out: Disagreement[] = [];
  for (const fact of FACT_ORDER) {
    const versions = byFact.get(fact) ?? [];
    for (const group of byUnit(versions)) {
      if (group.length >= 2 && !allAgree(group.map((v) => v.reading))) out.push({ fact, versions: group.map(asFactVersion) });
    }
  }
  return out;
}

/** An article's one version of each fact, from the paragraphs it cites for the case, in paragraph order. */
export function versionsOfArticle(article: ArticleText, paragraphs: readonly string[]): Version[] {
  const wanted = new Set(paragraphs);
  const year = article.published ? Number(article.published.date.slice(0, 4)) : null;
  const found = new Map<FactKind, Version[]>();
  for (const p of article.paragraphs) {
    if (!wanted.has(p.id)) continue;
    for (const reading of readingsOf(p.text, String(year))) pushTo(found, reading.kind, { reading, article: article.id, paragraph: p.id });
  }
  const out: Version[] = [];
  for (const versions of found.values()) {
    // Two values that cannot both hold: this report is no witness on the fact.
    if (!allAgree(versions.map((v) => v.reading))) continue;
    out.push(narrowest(versions));
  }
  return out;
}

/**
 * Every reading of a paragraph (`year` as text: the article's year of publication, or "null"). Remembered: a
 * paragraph is read again for every case that cites it, and wire copy repeats paragraphs across articles.
 */
const readingsOf = memoByPair((text: string, year: string): Reading[] => [...readQuantities(text), ...actDates(text, year === 'null' ? null : Number(year))]);

function slackOf(r: Reading): number {
  return r.unit === 'g' ? MASS_SLACK : 0;
}

function allAgree(readings: Reading[]): boolean {
  return readings.every((a, i) => readings.slice(i + 1).every((b) => compatible(a, b, slackOf(a))));
}

/** The version that says most: the narrowest range ("230 documents" over "more than 200"), the first on a tie. */
function narrowest(versions: Version[]): Version {
  return versions.reduce((best, v) => (v.reading.high - v.reading.low < best.reading.high - best.reading.low ? v : best));
}

/** Versions grouped by unit, in first-seen order: a fine in yuan is compared with fines in yuan only. */
function byUnit(versions: Version[]): Version[][] {
  const groups = new Map<string, Version[]>();
  for (const v of versions) pushTo(groups, v.reading.unit, v);
  return [...groups.values()];
}

function asFactVersion(v: Version): FactVersion {
  return { value: v.reading.written, normalised: v.reading.normalised, source: { article: v.article, paragraph: v.paragraph } };
}

/** The cases with their disagreements read from the articles' text; a case whose reports agree is returned as it was. */
export function withDisagreements(cases: readonly Case[], articles: readonly ArticleText[]): Case[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return cases.map((c) => {
    const disagreements = findDisagreements(c, byId);
    return disagreements.length ? { ...c, disagreements } : c;
  });
}
