/**
 * Score a dataset against a gold reading, per article and in total. Pure:
 * the dataset and the gold in, numbers out. Matching is case-insensitive
 * after collapsing white space, with curly and straight quotes the same.
 */

import { outletByName } from '../extract/metadata/outlets.ts';
import { type Case, type Dataset, MATERIAL_FACT, type PartialDate } from '../model/schema.ts';
import { toSimplified } from '../vocab/han-variants.ts';
import { addFacts, alignCases, emptyFacts, type FactScore, scoreFacts } from './facts.ts';
import { falseLinks, type LinkPairs } from './false-links.ts';
import type { Gold, GoldArticle } from './gold.ts';
import { goldPeopleByGroup, type RoleGroup } from './people-roles.ts';

/** `coarse`: true but less precise than stated (the month of a date the text gives to the day). */
export type DateVerdict = 'exact' | 'coarse' | 'wrong' | 'invented' | 'missed' | 'none' | 'n/a';
export type FieldVerdict = 'ok' | 'wrong' | 'invented' | 'missed' | 'none' | 'n/a';

export interface Count {
  hit: number;
  total: number;
  /** The gold items not met (for a leak count: the items that leaked). */
  misses: string[];
}

export interface ArticleScore {
  file: string;
  /** The article id in the dataset, or null when the pipeline skipped it. */
  article: string | null;
  body: Count;
  leaked: Count;
  title: FieldVerdict;
  outlet: FieldVerdict;
  byline: FieldVerdict;
  date: DateVerdict;
  dateDetail: string;
  /** What was read and what the gold says, for the fields the details print when they are wrong. */
  metaDetail: Record<'title' | 'outlet' | 'byline', string>;
  onTopic: FieldVerdict;
  cases: { got: number; want: number };
  people: Count;
  /** The same recall, per group of the role the gold gives each person. */
  peopleByGroup: Record<RoleGroup, Count>;
  /** People the reading found (one per entity), and how many of them the gold names: precision. */
  peopleFound: Count;
  materials: Count;
  events: Count;
  dramatization: Count;
  /** null: the gold says nothing about reports of the same case in other articles. */
  linked: Count | null;
  /** Places, organisations and the incident date of each case, against the gold case it reports. */
  facts: FactScore;
}

export interface Totals {
  articles: number;
  missingArticles: number;
  body: Count;
  leaked: Count;
  title: Count;
  outlet: Count;
  byline: Count;
  dates: Record<DateVerdict, number>;
  onTopic: Count;
  caseCount: Count;
  people: Count;
  peopleByGroup: Record<RoleGroup, Count>;
  /** People the reading found (one per entity), and how many of them the gold names: precision. */
  peopleFound: Count;
  materials: Count;
  events: Count;
  dramatization: Count;
  linked: Count | null;
  facts: FactScore;
  /** Pairs of articles the reading joined into one case, and those the gold keeps apart. */
  linkPairs: LinkPairs;
}

export interface Score {
  articles: ArticleScore[];
  totals: Totals;
}

export function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function baseName(path: string): string {
  return path.replace(/\\/g, '/').replace(/^.*\//, '');
}

function count(items: string[], test: (item: string, index: number) => boolean): Count {
  const misses = items.filter((item, index) => !test(item, index));
  return { hit: items.length - misses.length, total: items.length, misses };
}

/** The words of `text`, normalised and in one script: a gold reader may write 张平 for a page's 張平. */
function words(text: string): string[] {
  return toSimplified(norm(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** "Ma" matches "Ma Xiaolei" and back: a surname alone counts, as whole words. */
export function nameMatches(gold: string, found: string): boolean {
  const g = words(gold).join(' ');
  const f = words(found).join(' ');
  if (!g || !f) return false;
  return g === f || ` ${f} `.includes(` ${g} `) || ` ${g} `.includes(` ${f} `);
}

function stem(text: string): string {
  return words(text.replace(/[-_/]/g, ' '))
    .map((w) => w.replace(/(ies)$/, 'y').replace(/(?<=[^s])s$/, ''))
    .join(' ');
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * "rare earths" matches a topic labelled "Rare earth elements" or with id `rare-earths`. Chinese has no spaces
 * between words: words of the text in characters match inside the gold's ("機密文件" in "立法院的機密文件"), and
 * the gold's inside the text's ("軍事設施的照片" in "大陸軍事設施的照片"), as English words match either way.
 */
export function materialMatches(gold: string, label: string): boolean {
  const g = stem(gold);
  const l = stem(label);
  if (!g || !l) return false;
  if (HAN_ONLY.test(l) && toSimplified(norm(gold)).includes(l)) return true;
  const goldHan = g.split(' ').filter((w) => HAN_ONLY.test(w));
  if (goldHan.length && goldHan.every((w) => [...w].length >= 2 && toSimplified(norm(label)).includes(w))) return true;
  return g === l || ` ${l} `.includes(` ${g} `) || ` ${g} `.includes(` ${l} `);
}

export function dateVerdict(gold: PartialDate | null | undefined, found: PartialDate | null): DateVerdict {
  // A gold that leaves the date out judges no date (a set written for body text only); null says none is stated.
  if (gold === undefined) return 'n/a';
  if (!gold) return found ? 'invented' : 'none';
  if (!found) return 'missed';
  if (gold.date === found.date && gold.precision === found.precision) return 'exact';
  return gold.date.startsWith(found.date) && found.date.length < gold.date.length ? 'coarse' : 'wrong';
}

/**
 * A gold writer names an outlet as the page does ("星島頭條", "人民网"); the dataset gives the outlet table's
 * name for it, so a gold name the table knows counts as that outlet's name.
 */
function canonicalOutlet(name: string): string {
  return outletByName(name)?.name ?? name;
}

function fieldVerdict(gold: string[] | null | undefined, found: string | null, present: boolean): FieldVerdict {
  if (!present) return 'n/a';
  if (gold === null || gold === undefined || gold.length === 0) return found ? 'invented' : 'none';
  if (!found) return 'missed';
  return gold.some((g) => norm(g) === norm(found)) ? 'ok' : 'wrong';
}

function firstParagraph(c: Case, article: string): number {
  const refs = c.sources.find((s) => s.article === article)?.paragraphs ?? [];
  const nums = refs.map((p) => Number(p.replace(/^p/, ''))).filter(Number.isFinite);
  return nums.length ? Math.min(...nums) : Number.MAX_SAFE_INTEGER;
}

/**
 * The people a case has in one report: those the case cites that report for (a role or a name read there). A case
 * that joins several reports has the people of all of them; a report is credited only with those it names, so a
 * right join costs no precision and a person named only elsewhere is no find of this report.
 */
function peopleIdsIn(c: Case, articleId: string | null): string[] {
  const attributed = c.roles.length > 0 || c.facts.some((f) => f.field.startsWith('person:'));
  // A case that says nowhere where its people are named (written by hand) is taken as naming them in each report.
  if (articleId === null || !attributed) return c.people;
  const cited = new Set([
    ...c.roles.filter((r) => r.source.article === articleId).map((r) => r.entity),
    ...c.facts.filter((f) => f.field.startsWith('person:') && f.source.article === articleId).map((f) => f.field.slice('person:'.length)),
  ]);
  return c.people.filter((id) => cited.has(id));
}

function peopleOf(c: Case, dataset: Dataset, articleId: string | null): string[] {
  return peopleIdsIn(c, articleId).flatMap((id) => {
    const e = dataset.entities.find((x) => x.id === id);
    return e ? [e.name, ...e.aliases] : [id];
  });
}

/** A material found: its topic's label and id, and the words of the text that named it ("classified materials"). */
function materialsOf(c: Case, dataset: Dataset): string[] {
  const named = c.facts.filter((f) => f.field.startsWith('topic:material/') || f.field === MATERIAL_FACT).map((f) => f.value);
  return c.topics
    .flatMap((id) => {
      const t = dataset.topics.find((x) => x.id === id);
      if (!t || t.kind !== 'material') return [];
      return [t.label, id.replace(/^.*\//, '')];
    })
    .concat(named);
}

/** An article's text as the scorer compares it (normalised, one paragraph a line). */
function articleBody(dataset: Dataset, articleId: string): string {
  return norm(
    dataset.articles
      .find((a) => a.id === articleId)
      ?.paragraphs.map((p) => p.text)
      .join('\n') ?? '',
  );
}

/**
 * An article's cases in reading order: by the first paragraph each cites, then (cases told in one paragraph: "A
 * Victorian man was charged in November 2020, while a NSW man was charged in April 2023") by where its summary
 * stands in the text.
 */
function casesOfArticle(dataset: Dataset, articleId: string, body: string): Case[] {
  const at = (c: Case) => {
    const i = body.indexOf(norm(c.summary).slice(0, 40));
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return dataset.cases
    .filter((c) => c.sources.some((s) => s.article === articleId))
    .sort((a, b) => firstParagraph(a, articleId) - firstParagraph(b, articleId) || at(a) - at(b));
}

export function scoreArticle(gold: GoldArticle, dataset: Dataset, linkedGold: Map<string, Set<string>> | null): ArticleScore {
  const file = baseName(gold.file);
  const article = dataset.articles.find((a) => baseName(a.seed) === file) ?? null;
  const body = article ? articleBody(dataset, article.id) : '';
  const cases = article ? casesOfArticle(dataset, article.id, body) : [];
  const caseText = cases.map((c) => norm(`${c.title}\n${c.summary}`));
  const goldPeople = [...new Set(gold.cases.flatMap((c) => c.people))];
  const foundPeople = cases.flatMap((c) => peopleOf(c, dataset, article?.id ?? null));
  const goldMaterials = [...new Set(gold.cases.flatMap((c) => c.materials))];
  const foundMaterials = cases.flatMap((c) => materialsOf(c, dataset));
  // Dated events the text mentions: the cases' own and those of their background.
  const foundEvents = cases.flatMap((c) => [...c.events, ...c.backgroundEvents]);
  const drama = gold.cases.map((g, i) => ({ label: g.label, ok: cases[i] !== undefined && cases[i]!.dramatization === g.dramatization }));

  let linked: Count | null = null;
  if (linkedGold) {
    // A gold case with an id reported elsewhere should be one case with several sources: the found case that
    // reports it (aligned by the people they share, as facts are) cites an article whose gold has that id too.
    const aligned = alignCases(gold.cases, cases, (c) => peopleOf(c, dataset, article?.id ?? null), nameMatches);
    const fileOf = new Map(dataset.articles.map((a) => [a.id, baseName(a.seed)]));
    const items = gold.cases.map((g, j) => ({ g, j })).filter(({ g }) => g.id && (linkedGold.get(g.id)?.size ?? 0) > 1);
    linked = count(
      items.map(({ g }) => g.label),
      (_label, k) => {
        const { g, j } = items[k]!;
        const elsewhere = linkedGold.get(g.id!)!;
        return cases.some((c, i) => aligned[i] === j && c.sources.some((s) => s.article !== article?.id && elsewhere.has(fileOf.get(s.article) ?? '')));
      },
    );
  }

  const phrasesIn = (phrase: string) => body.includes(norm(phrase));
  return {
    file,
    article: article?.id ?? null,
    body: count(gold.body_must_include, phrasesIn),
    leaked: (() => {
      const leaks = gold.body_must_exclude.filter((p) => body.includes(norm(p)) || caseText.some((t) => t.includes(norm(p))));
      return { hit: leaks.length, total: gold.body_must_exclude.length, misses: leaks };
    })(),
    title: gold.title === undefined ? 'n/a' : article && norm(article.title) === norm(gold.title) ? 'ok' : article ? 'wrong' : 'missed',
    outlet: fieldVerdict(gold.outlet?.map(canonicalOutlet), article?.outlet ?? null, 'outlet' in gold),
    byline: fieldVerdict(
      gold.byline === undefined ? undefined : gold.byline === null ? null : [gold.byline],
      article?.byline ?? null,
      gold.byline !== undefined,
    ),
    date: dateVerdict(gold.published, article?.published ?? null),
    dateDetail: `${gold.published ? `${gold.published.date}/${gold.published.precision}` : '-'} vs ${article?.published ? `${article.published.date}/${article.published.precision}` : '-'}`,
    metaDetail: {
      title: `read ${JSON.stringify(article?.title ?? null)}, gold ${JSON.stringify(gold.title ?? null)}`,
      outlet: `read ${JSON.stringify(article?.outlet ?? null)}, gold ${JSON.stringify(gold.outlet ?? null)}`,
      byline: `read ${JSON.stringify(article?.byline ?? null)}, gold ${JSON.stringify(gold.byline ?? null)}`,
    },
    onTopic: gold.on_topic === undefined ? 'n/a' : !article ? 'missed' : article.onTopic === gold.on_topic ? 'ok' : 'wrong',
    cases: { got: cases.length, want: gold.cases.length },
    people: count(goldPeople, (g) => foundPeople.some((f) => nameMatches(g, f))),
    peopleByGroup: (() => {
      const groups = goldPeopleByGroup(gold.cases);
      const of = (group: RoleGroup) =>
        count(
          goldPeople.filter((p) => groups.get(p) === group),
          (g) => foundPeople.some((f) => nameMatches(g, f)),
        );
      return { parties: of('parties'), others: of('others'), unstated: of('unstated') };
    })(),
    peopleFound: (() => {
      const entities = [...new Set(cases.flatMap((c) => peopleIdsIn(c, article?.id ?? null)))].map((id) => {
        const e = dataset.entities.find((x) => x.id === id);
        return { id, names: e ? [e.name, ...e.aliases] : [id] };
      });
      // Counted by entity, listed by name, so the details say which found person the gold does not name.
      return count(
        entities.map((e) => e.names[0]!),
        (_, i) => entities[i]!.names.some((n) => goldPeople.some((g) => nameMatches(g, n))),
      );
    })(),
    materials: count(goldMaterials, (g) => foundMaterials.some((f) => materialMatches(g, f))),
    events: count(
      gold.events.map((e) => `${e.date}/${e.precision}`),
      (e) => foundEvents.some((f) => `${f.date}/${f.precision}` === e),
    ),
    dramatization: { hit: drama.filter((d) => d.ok).length, total: drama.length, misses: drama.filter((d) => !d.ok).map((d) => d.label) },
    linked,
    facts: scoreFacts(gold, article?.id ?? null, cases, dataset, (c) => peopleOf(c, dataset, article?.id ?? null), nameMatches),
  };
}

function add(a: Count, b: Count): Count {
  return { hit: a.hit + b.hit, total: a.total + b.total, misses: [...a.misses, ...b.misses] };
}

const ZERO: Count = { hit: 0, total: 0, misses: [] };

function verdictCount(scores: ArticleScore[], pick: (s: ArticleScore) => FieldVerdict): Count {
  const judged = scores.filter((s) => pick(s) !== 'n/a');
  const good = judged.filter((s) => pick(s) === 'ok' || pick(s) === 'none');
  return { hit: good.length, total: judged.length, misses: judged.filter((s) => !good.includes(s)).map((s) => `${s.file}: ${pick(s)}`) };
}

export function scoreDataset(dataset: Dataset, gold: Gold): Score {
  // Case ids shared across articles in the gold mark one case with several reports.
  const byId = new Map<string, Set<string>>();
  for (const a of gold.articles) for (const c of a.cases) if (c.id) byId.set(c.id, (byId.get(c.id) ?? new Set()).add(baseName(a.file)));
  const linkedGold = byId.size > 0 ? byId : null;
  const articles = gold.articles.map((g) => scoreArticle(g, dataset, linkedGold));
  const dates: Record<DateVerdict, number> = { exact: 0, coarse: 0, wrong: 0, invented: 0, missed: 0, none: 0, 'n/a': 0 };
  for (const s of articles) dates[s.date]++;
  const sum = (pick: (s: ArticleScore) => Count) => articles.map(pick).reduce(add, ZERO);
  return {
    articles,
    totals: {
      articles: articles.length,
      missingArticles: articles.filter((s) => !s.article).length,
      body: sum((s) => s.body),
      leaked: sum((s) => s.leaked),
      title: verdictCount(articles, (s) => s.title),
      outlet: verdictCount(articles, (s) => s.outlet),
      byline: verdictCount(articles, (s) => s.byline),
      dates,
      onTopic: verdictCount(articles, (s) => s.onTopic),
      caseCount: count(
        articles.map((s) => s.file),
        (f) => {
          const s = articles.find((x) => x.file === f)!;
          return s.cases.got === s.cases.want;
        },
      ),
      people: sum((s) => s.people),
      peopleByGroup: {
        parties: sum((s) => s.peopleByGroup.parties),
        others: sum((s) => s.peopleByGroup.others),
        unstated: sum((s) => s.peopleByGroup.unstated),
      },
      peopleFound: sum((s) => s.peopleFound),
      materials: sum((s) => s.materials),
      events: sum((s) => s.events),
      dramatization: sum((s) => s.dramatization),
      linked: linkedGold ? sum((s) => s.linked ?? ZERO) : null,
      facts: articles.map((s) => s.facts).reduce(addFacts, emptyFacts()),
      // Without ids the gold says nothing of which reports are one case: no pair can be judged.
      linkPairs: !linkedGold
        ? { total: 0, wrong: [] }
        : falseLinks(
            dataset,
            gold,
            (id) => casesOfArticle(dataset, id, articleBody(dataset, id)),
            (c, id) => peopleOf(c, dataset, id),
            nameMatches,
            baseName,
          ),
    },
  };
}

/** The bar the cleaning and metadata stages must clear (asserted in tests). */
export function readingTargets(score: Score): string[] {
  const failures: string[] = [];
  const t = score.totals;
  if (t.missingArticles) failures.push(`${t.missingArticles} gold article(s) missing from the dataset`);
  if (t.body.hit < t.body.total) failures.push(`body phrases lost: ${t.body.misses.join(' | ')}`);
  if (t.leaked.hit > 0) failures.push(`boilerplate leaked: ${t.leaked.misses.join(' | ')}`);
  if (t.dates.invented || t.dates.wrong || t.dates.missed)
    failures.push(
      `dates: ${score.articles
        .filter((s) => !['exact', 'none'].includes(s.date))
        .map((s) => `${s.file} ${s.date} (${s.dateDetail})`)
        .join('; ')}`,
    );
  if (t.title.hit < t.title.total) failures.push(`titles wrong: ${t.title.misses.join('; ')}`);
  return failures;
}
