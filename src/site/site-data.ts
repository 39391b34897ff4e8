/**
 * The site model: everything the pages need, computed once from the content
 * collections and shared by every page (cases by topic and entity, timeline
 * items, related cases, citations). All functions here are pure except
 * `getSite()`, which loads the collections once per build and memoises.
 */
import { formatOf, paragraphsOfBody, summaryOfBody } from '../emit/read-page.ts';
import type { Article, Case, Entity, EntityKind, Paragraph, PartialDate, SourceRef, TopicKind } from '../model/schema.ts';
import { memoByText, pushTo } from '../util/collections.ts';
import { clip, formatDate } from './format.ts';

export type ArticleData = Omit<Article, 'paragraphs'> & { paragraphs: Paragraph[] };
export interface TopicData {
  id: string;
  label: string;
  kind: TopicKind;
  description?: string;
}
export interface SiteInput {
  articles: ArticleData[];
  cases: Case[];
  topics: TopicData[];
  entities: Entity[];
  /** `cases/<id>` or `articles/<id>` -> the file it came from (`.md` or `.mdx`), for "Edit this page". */
  files?: Map<string, string>;
}

/** Dated items a topic or entity page previews, latest first; the timeline's year pages have the rest. */
export const TIMELINE_PREVIEW = 30;
/** The timeline's front page shows everything up to this many items, else the latest this many and the years. */
export const TIMELINE_FRONT = 500;
/** Items per page of a year of the timeline. */
export const TIMELINE_PAGE = 500;

/** The page of its year's timeline that shows the items of `month` (`2023-08`), counting from 1. */
export function timelinePageOf(model: SiteModel, month: string): number {
  const items = inDisplayOrder(timelineFor(model, { year: month.slice(0, 4) }));
  const index = items.findIndex((i) => i.date?.date.startsWith(month));
  return index < 0 ? 1 : Math.floor(index / TIMELINE_PAGE) + 1;
}

export const TOPIC_KINDS: readonly TopicKind[] = ['tactic', 'channel', 'sector', 'material', 'motive', 'outcome', 'law'];
export const KIND_LABELS: Record<TopicKind, { one: string; many: string; blurb: string }> = {
  tactic: { one: 'Tactic', many: 'Tactics', blurb: 'how it was done' },
  channel: { one: 'Channel', many: 'Recruitment channels', blurb: 'how people were approached' },
  sector: { one: 'Sector', many: 'Sectors', blurb: 'what was targeted' },
  material: { one: 'Material', many: 'Materials', blurb: 'what was taken or sought' },
  motive: { one: 'Motive', many: 'Motives', blurb: 'why, as reported' },
  outcome: { one: 'Outcome', many: 'Outcomes', blurb: 'how it ended' },
  law: { one: 'Law', many: 'Laws', blurb: 'what was invoked' },
};
export const ENTITY_LABELS: Record<EntityKind, string> = { person: 'Person', organisation: 'Organisation', place: 'Place' };
export const ROLE_LABELS: Record<string, string> = {
  suspect: 'suspect',
  recruiter: 'recruiter',
  informant: 'informant',
  official: 'official',
  expert: 'expert',
  other: 'named',
};
export const OUTCOME_LABELS: Record<string, string> = {
  arrested: 'Arrested',
  sentenced: 'Sentenced',
  'administrative-penalty': 'Administrative penalty',
  'reported-by-target': 'Reported by the person approached',
  intercepted: 'Intercepted',
  'channel-cut-off': 'Channel cut off',
  uncovered: 'Uncovered',
  unknown: 'Not stated',
};

// ---------------------------------------------------------------- paragraphs

/** The anchored paragraphs of an article page's body (`.md` or `.mdx`), as plain text, in order (one parser for ingest and site). */
export const paragraphsFromBody = paragraphsOfBody;

// ---------------------------------------------------------------- dates

/** Sortable key for a partial date; undated sorts last. */
export function dateKey(d: PartialDate | null | undefined): string {
  return d ? d.date : '9999';
}

function earliest(dates: Array<PartialDate | null | undefined>): PartialDate | null {
  const known = dates.filter((d): d is PartialDate => !!d);
  if (!known.length) return null;
  return known.reduce((a, b) => (b.date < a.date ? b : a));
}

/** When a case was first reported: the earliest date among its sources. */
export function firstReport(c: Pick<Case, 'sources'>, article: ReadonlyMap<string, { published: PartialDate | null }>): PartialDate | null {
  return earliest(c.sources.map((s) => article.get(s.article)?.published));
}

// ---------------------------------------------------------------- timeline

export type TimelineKind = 'disclosure' | 'event' | 'sentence';
export interface TimelineItem {
  key: string;
  date: PartialDate | null;
  kind: TimelineKind;
  label: string;
  caseId: string;
  caseTitle: string;
  dramatization: boolean;
  source: SourceRef;
  /** For disclosures: the outlet that published the report. */
  outlet: string | null;
  topics: string[];
  kinds: TopicKind[];
  entities: string[];
}

export interface TimelineMonth {
  /** `2023-08`, or `2023` for items only dated to the year. */
  id: string;
  label: string;
  items: TimelineItem[];
}
export interface TimelineYear {
  year: string;
  months: TimelineMonth[];
  count: number;
}
export interface TimelineGroups {
  years: TimelineYear[];
  undated: TimelineItem[];
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const KIND_ORDER: Record<TimelineKind, number> = { event: 0, sentence: 1, disclosure: 2 };

export function compareItems(a: TimelineItem, b: TimelineItem): number {
  const ka = dateKey(a.date);
  const kb = dateKey(b.date);
  if (ka !== kb) {
    // Within a month, items dated only to the month come first ("Aug 2023"), then day by day.
    if (ka.startsWith(kb) || kb.startsWith(ka)) return ka.length - kb.length;
    return ka < kb ? -1 : 1;
  }
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.caseTitle.localeCompare(b.caseTitle) || a.key.localeCompare(b.key);
}

/** Items in the order a timeline shows them (year, month, then the year's items with no month, then undated): pages are cut in this order. */
export function inDisplayOrder(items: readonly TimelineItem[]): TimelineItem[] {
  const groups = groupTimeline(items);
  return [...groups.years.flatMap((y) => y.months.flatMap((m) => m.items)), ...groups.undated];
}

/** Group items by year, then month; year-only items get their own group at the end of the year. */
export function groupTimeline(items: readonly TimelineItem[]): TimelineGroups {
  const sorted = [...items].sort(compareItems);
  const years: TimelineYear[] = [];
  const undated: TimelineItem[] = [];
  for (const item of sorted) {
    if (!item.date) {
      undated.push(item);
      continue;
    }
    const year = item.date.date.slice(0, 4);
    const monthId = item.date.precision === 'year' ? year : item.date.date.slice(0, 7);
    let y = years.find((g) => g.year === year);
    if (!y) years.push((y = { year, months: [], count: 0 }));
    let m = y.months.find((g) => g.id === monthId);
    if (!m) {
      const label = monthId.length === 4 ? `${year}, month not stated` : `${MONTH_NAMES[Number(monthId.slice(5, 7)) - 1]} ${year}`;
      y.months.push((m = { id: monthId, label, items: [] }));
    }
    m.items.push(item);
    y.count++;
  }
  for (const y of years) y.months.sort((a, b) => (a.id.length === 4 ? 1 : b.id.length === 4 ? -1 : a.id < b.id ? -1 : 1));
  return { years, undated };
}

// ---------------------------------------------------------------- model

export interface Citation {
  n: number;
  article: string;
  paragraph: string;
  text: string | null;
  /** Words of the paragraph the fact was read from, to highlight. */
  evidence: string[];
}
export interface PanelValue {
  text: string;
  href?: string;
  note?: string;
  cites: number[];
}
export interface PanelRow {
  key: string;
  label: string;
  values: PanelValue[];
}
export interface CaseView {
  rows: PanelRow[];
  citations: Citation[];
  /** Source articles in reading order: earliest first. */
  sources: Array<{ article: ArticleData | null; id: string; paragraphs: string[] }>;
  firstReported: PartialDate | null;
  outlets: string[];
}

export interface RelatedCase {
  case: Case;
  score: number;
  topics: string[];
  entities: string[];
  sameSource: boolean;
}

export interface EntityMention {
  article: string;
  paragraph: string;
  text: string | null;
  cases: string[];
}

export interface SiteModel {
  articles: ArticleData[];
  cases: Case[];
  topics: TopicData[];
  entities: Entity[];
  article: Map<string, ArticleData>;
  case: Map<string, Case>;
  topic: Map<string, TopicData>;
  entity: Map<string, Entity>;
  casesByTopic: Map<string, Case[]>;
  casesByEntity: Map<string, Case[]>;
  casesByArticle: Map<string, Case[]>;
  topicsByKind: Map<TopicKind, TopicData[]>;
  firstReported: Map<string, PartialDate | null>;
  timeline: TimelineItem[];
  /** Timeline items per `t:<topic>`, `e:<entity>` and `k:<kind>`, so a topic or entity page does not scan them all. */
  timelineIndex: Map<string, TimelineItem[]>;
  files: Map<string, string>;
}

function entityIds(c: Case): string[] {
  return [...new Set([...c.people, ...c.organisations, ...c.places, ...c.roles.map((r) => r.entity)])];
}

export function buildModel(input: SiteInput): SiteModel {
  const article = new Map(input.articles.map((a) => [a.id, a]));
  const topic = new Map(input.topics.map((t) => [t.id, t]));
  const entity = new Map(input.entities.map((e) => [e.id, e]));
  const firstReported = new Map<string, PartialDate | null>();
  for (const c of input.cases) firstReported.set(c.id, firstReport(c, article));

  // Latest disclosed first; undated after, by title.
  const cases = [...input.cases].sort((a, b) => {
    const da = firstReported.get(a.id)?.date ?? '';
    const db = firstReported.get(b.id)?.date ?? '';
    return da !== db ? (da < db ? 1 : -1) : a.title.localeCompare(b.title);
  });
  const caseMap = new Map(cases.map((c) => [c.id, c]));

  const casesByTopic = new Map<string, Case[]>();
  const casesByEntity = new Map<string, Case[]>();
  const casesByArticle = new Map<string, Case[]>();
  for (const c of cases) {
    for (const t of new Set(c.topics)) pushTo(casesByTopic, t, c);
    for (const e of entityIds(c)) pushTo(casesByEntity, e, c);
    for (const s of new Set(c.sources.map((x) => x.article))) pushTo(casesByArticle, s, c);
  }

  const topicsByKind = new Map<TopicKind, TopicData[]>();
  for (const kind of TOPIC_KINDS) topicsByKind.set(kind, []);
  for (const t of [...input.topics].sort((a, b) => a.label.localeCompare(b.label))) pushTo(topicsByKind, t.kind, t);
  const timeline = timelineItems(cases, article, topic);
  const timelineIndex = new Map<string, TimelineItem[]>();
  for (const item of timeline) {
    for (const t of item.topics) pushTo(timelineIndex, `t:${t}`, item);
    for (const e of item.entities) pushTo(timelineIndex, `e:${e}`, item);
    for (const k of item.kinds) pushTo(timelineIndex, `k:${k}`, item);
    pushTo(timelineIndex, `y:${yearOf(item)}`, item);
  }

  return {
    articles: [...input.articles].sort(
      (a, b) =>
        (dateKey(b.published) === '9999' ? -1 : 0) - (dateKey(a.published) === '9999' ? -1 : 0) ||
        dateKey(b.published).localeCompare(dateKey(a.published)) ||
        a.title.localeCompare(b.title),
    ),
    cases,
    topics: input.topics,
    entities: [...input.entities].sort((a, b) => sortName(a.name).localeCompare(sortName(b.name))),
    article,
    case: caseMap,
    topic,
    entity,
    casesByTopic,
    casesByEntity,
    casesByArticle,
    topicsByKind,
    firstReported,
    timeline,
    timelineIndex,
    files: input.files ?? new Map(),
  };
}

function sortName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^(the)\s+/i, '')
    .toLowerCase();
}

/** Every dated (and undated) thing the sources tell: disclosures (publication of a report), events, sentences. */
export function timelineItems(cases: readonly Case[], article: Map<string, ArticleData>, topic: Map<string, TopicData>): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const c of cases) {
    const topics = [...new Set(c.topics)];
    const kinds = [...new Set(topics.map((t) => topic.get(t)?.kind).filter((k): k is TopicKind => !!k))];
    const base = { caseId: c.id, caseTitle: c.title, dramatization: c.dramatization, topics, kinds, entities: entityIds(c) };
    for (const s of c.sources) {
      const a = article.get(s.article);
      items.push({
        ...base,
        key: `${c.id}:disclosure:${s.article}`,
        date: a?.published ?? null,
        kind: 'disclosure',
        label: a?.outlet ? `Reported by ${a.outlet}` : 'Reported (outlet not stated)',
        source: { article: s.article, paragraph: s.paragraphs[0] ?? 'p1' },
        outlet: a?.outlet ?? null,
      });
    }
    c.events.forEach((e, i) => {
      items.push({
        ...base,
        key: `${c.id}:event:${i}`,
        date: { date: e.date, precision: e.precision },
        kind: e.kind,
        label: e.label,
        source: e.source,
        outlet: article.get(e.source.article)?.outlet ?? null,
      });
    });
  }
  return items.sort(compareItems);
}

/** The timeline's years with their item counts, latest first, `undated` last (from the index, not a scan). */
export function timelineYears(model: SiteModel): Array<{ year: string; count: number }> {
  const years = [...model.timelineIndex].filter(([k]) => k.startsWith('y:')).map(([k, items]) => ({ year: k.slice(2), count: items.length }));
  return years.sort((a, b) => (a.year === 'undated' ? 1 : b.year === 'undated' ? -1 : a.year < b.year ? 1 : -1));
}

/** The year page an item is on: `2023`, or `undated`. */
export function yearOf(item: TimelineItem): string {
  return item.date ? item.date.date.slice(0, 4) : 'undated';
}

/** Timeline items filtered to a topic, an entity, a kind of topic or a year (or all). */
export function timelineFor(model: SiteModel, filter: { topic?: string; entity?: string; kind?: TopicKind; year?: string } = {}): TimelineItem[] {
  const keys = [
    filter.topic && `t:${filter.topic}`,
    filter.entity && `e:${filter.entity}`,
    filter.kind && `k:${filter.kind}`,
    filter.year && `y:${filter.year}`,
  ].filter((k): k is string => !!k);
  const lists = keys.map((k) => model.timelineIndex.get(k) ?? []);
  const smallest = lists.length ? lists.reduce((a, b) => (b.length < a.length ? b : a)) : model.timeline;
  return smallest.filter(
    (i) =>
      (!filter.topic || i.topics.includes(filter.topic)) &&
      (!filter.entity || i.entities.includes(filter.entity)) &&
      (!filter.kind || i.kinds.includes(filter.kind)) &&
      (!filter.year || yearOf(i) === filter.year),
  );
}

// ---------------------------------------------------------------- related cases

interface RelatedIndex {
  byId: Map<string, Case>;
  /** Topic (`t:`) or entity (`e:`) key -> the cases that have it. */
  postings: Map<string, Case[]>;
  byArticle: Map<string, Case[]>;
}

// Built once per list of cases and shared by every case page: ranking one case
// then touches only the cases that share something with it, not all pairs.
const relatedIndexes = new WeakMap<readonly Case[], RelatedIndex>();

function keysOf(c: Case): string[] {
  return [...new Set(c.topics)].map((t) => `t:${t}`).concat(entityIds(c).map((e) => `e:${e}`));
}

function relatedIndex(cases: readonly Case[]): RelatedIndex {
  let index = relatedIndexes.get(cases);
  if (index) return index;
  index = { byId: new Map(), postings: new Map(), byArticle: new Map() };
  for (const c of cases) {
    index.byId.set(c.id, c);
    for (const key of keysOf(c)) pushTo(index.postings, key, c);
    for (const a of new Set(c.sources.map((s) => s.article))) pushTo(index.byArticle, a, c);
  }
  relatedIndexes.set(cases, index);
  return index;
}

/**
 * Cases that share topics or entities with `id`, best first. A shared rare
 * topic or entity counts more than a common one (inverse document frequency);
 * entities count double; being reported in the same article adds a little.
 * A key more than 100 cases share tells little about relatedness and is
 * skipped, so a page touches a bounded number of cases: linear per build.
 */
export function rankRelated(cases: readonly Case[], id: string, limit = 5): RelatedCase[] {
  const index = relatedIndex(cases);
  const self = index.byId.get(id);
  if (!self) return [];
  const n = cases.length;
  // A fixed bound, not a share of the archive: with n/10, each page touched a tenth of all cases, O(cases^2) per build (issue 8).
  const tooCommon = 100;
  const found = new Map<string, { case: Case; score: number; topics: string[]; entities: string[]; sameSource: boolean }>();
  const entry = (c: Case) => {
    let e = found.get(c.id);
    if (!e) found.set(c.id, (e = { case: c, score: 0, topics: [], entities: [], sameSource: false }));
    return e;
  };
  for (const key of keysOf(self)) {
    const posting = index.postings.get(key) ?? [];
    if (posting.length > tooCommon) continue;
    const idf = Math.log((n + 1) / posting.length);
    for (const c of posting) {
      if (c.id === id) continue;
      const e = entry(c);
      if (key.startsWith('t:')) {
        e.topics.push(key.slice(2));
        e.score += idf;
      } else {
        e.entities.push(key.slice(2));
        e.score += 2 * idf;
      }
    }
  }
  for (const a of new Set(self.sources.map((s) => s.article))) {
    for (const c of index.byArticle.get(a) ?? []) if (found.has(c.id)) found.get(c.id)!.sameSource = true;
  }
  const out: RelatedCase[] = [];
  for (const e of found.values()) {
    const score = e.score + (e.sameSource ? 0.5 : 0);
    if (score > 0) out.push({ case: e.case, score: Math.round(score * 1000) / 1000, topics: e.topics, entities: e.entities, sameSource: e.sameSource });
  }
  return out.sort((a, b) => b.score - a.score || a.case.title.localeCompare(b.case.title)).slice(0, limit);
}

// ---------------------------------------------------------------- case view

export function paragraphText(model: Pick<SiteModel, 'article'>, ref: SourceRef): string | null {
  return model.article.get(ref.article)?.paragraphs.find((p) => p.id === ref.paragraph)?.text ?? null;
}

function paragraphNumber(id: string): number {
  return Number(id.replace(/^p/, '')) || 0;
}

/** The facts panel and its numbered citations (one per distinct paragraph cited). */
export function caseView(model: SiteModel, c: Case, hrefs: { topic(id: string): string; entity(id: string): string; article(id: string): string }): CaseView {
  const sources = c.sources
    .map((s) => ({ id: s.article, article: model.article.get(s.article) ?? null, paragraphs: s.paragraphs }))
    .sort((a, b) => dateKey(a.article?.published).localeCompare(dateKey(b.article?.published)) || a.id.localeCompare(b.id));
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const refs = new Map<string, { ref: SourceRef; evidence: Set<string> }>();
  const cite = (ref: SourceRef | null | undefined, evidence?: string | null): string | null => {
    if (!ref) return null;
    const key = `${ref.article}#${ref.paragraph}`;
    let entry = refs.get(key);
    if (!entry) refs.set(key, (entry = { ref, evidence: new Set() }));
    if (evidence && evidence.trim()) entry.evidence.add(evidence.trim());
    return key;
  };
  const factsFor = (field: string) => c.facts.filter((f) => f.field === field);

  const rows: Array<{ key: string; label: string; values: Array<Omit<PanelValue, 'cites'> & { keys: string[] }> }> = [];
  const addRow = (key: string, label: string, values: Array<Omit<PanelValue, 'cites'> & { keys: string[] }>) => {
    if (values.length) rows.push({ key, label, values });
  };

  // Who: people with their role, then organisations.
  const who: Array<Omit<PanelValue, 'cites'> & { keys: string[] }> = [];
  const seenPeople = new Set<string>();
  for (const r of c.roles) {
    const e = model.entity.get(r.entity);
    seenPeople.add(r.entity);
    const keys = [
      cite(r.source, e?.name),
      ...factsFor(`person:${r.entity}`)
        .slice(0, 1)
        .map((f) => cite(f.source, f.value)),
    ].filter((k): k is string => !!k);
    who.push({ text: e?.name ?? r.entity, href: e ? hrefs.entity(e.id) : undefined, note: ROLE_LABELS[r.role] ?? r.role, keys: [...new Set(keys)] });
  }
  for (const p of c.people) {
    if (seenPeople.has(p)) continue;
    const e = model.entity.get(p);
    const keys = factsFor(`person:${p}`)
      .slice(0, 1)
      .map((f) => cite(f.source, f.value))
      .filter((k): k is string => !!k);
    who.push({ text: e?.name ?? p, href: e ? hrefs.entity(p) : undefined, keys });
  }
  addRow('who', 'Who', who);
  addRow(
    'organisations',
    'Organisations',
    c.organisations.map((o) => {
      const e = model.entity.get(o);
      return {
        text: e?.name ?? o,
        href: e ? hrefs.entity(o) : undefined,
        keys: factsFor(`organisation:${o}`)
          .slice(0, 1)
          .map((f) => cite(f.source, f.value))
          .filter((k): k is string => !!k),
      };
    }),
  );

  const topicRow = (kind: TopicKind, key: string, label: string) => {
    addRow(
      key,
      label,
      [...new Set(c.topics)]
        .map((t) => model.topic.get(t))
        .filter((t): t is TopicData => !!t && t.kind === kind)
        .map((t) => ({
          text: t.label,
          href: hrefs.topic(t.id),
          keys: factsFor(`topic:${kind}/${t.id}`)
            .slice(0, 2)
            .map((f) => cite(f.source, f.value))
            .filter((k): k is string => !!k),
        })),
    );
  };
  topicRow('sector', 'targeted', 'What was targeted');
  topicRow('material', 'materials', 'Materials');
  topicRow('tactic', 'tactics', 'How');
  topicRow('channel', 'channel', 'Channel');
  topicRow('motive', 'motive', 'Motive, as reported');

  addRow(
    'where',
    'Where',
    c.places.map((p) => {
      const e = model.entity.get(p);
      return {
        text: e?.name ?? p,
        href: e ? hrefs.entity(p) : undefined,
        keys: factsFor(`place:${p}`)
          .slice(0, 1)
          .map((f) => cite(f.source, f.value))
          .filter((k): k is string => !!k),
      };
    }),
  );

  const when: Array<Omit<PanelValue, 'cites'> & { keys: string[] }> = [...c.events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({
      text: formatDate({ date: e.date, precision: e.precision }),
      note: `${e.kind === 'event' ? '' : `${e.kind}: `}${clip(e.label, 110)}`,
      keys: [cite(e.source)].filter((k): k is string => !!k),
    }));
  const first = earliest(sources.map((s) => s.article?.published));
  when.push({ text: first ? `First reported ${formatDate(first)}` : 'Report date not stated', keys: [] });
  addRow('when', 'When', when);

  if (c.outcome && c.outcome.kind !== 'unknown') {
    const keys = [cite(c.outcome.source, c.outcome.text)].filter((k): k is string => !!k);
    addRow('outcome', 'Outcome', [
      {
        text: OUTCOME_LABELS[c.outcome.kind] ?? c.outcome.kind,
        href: model.topic.has(c.outcome.kind) ? hrefs.topic(c.outcome.kind) : undefined,
        note: c.outcome.text ?? undefined,
        keys,
      },
    ]);
  } else {
    addRow('outcome', 'Outcome', [{ text: 'Not stated in the sources', keys: [] }]);
  }
  topicRow('law', 'law', 'Law invoked');

  // Number citations in reading order: source order, then paragraph order.
  const ordered = [...refs.entries()].sort(
    ([, a], [, b]) =>
      (order.get(a.ref.article) ?? 99) - (order.get(b.ref.article) ?? 99) || paragraphNumber(a.ref.paragraph) - paragraphNumber(b.ref.paragraph),
  );
  const numberOf = new Map(ordered.map(([key], i) => [key, i + 1]));
  const citations: Citation[] = ordered.map(([key, { ref, evidence }]) => ({
    n: numberOf.get(key)!,
    article: ref.article,
    paragraph: ref.paragraph,
    text: paragraphText(model, ref),
    evidence: [...evidence],
  }));
  const outlets = [...new Set(sources.map((s) => s.article?.outlet).filter((o): o is string => !!o))];
  return {
    rows: rows.map((r) => ({
      key: r.key,
      label: r.label,
      values: r.values.map(({ keys, ...v }) => ({ ...v, cites: [...new Set(keys.map((k) => numberOf.get(k)!))].sort((a, b) => a - b) })),
    })),
    citations,
    sources,
    firstReported: first,
    outlets,
  };
}

/** "According to X, as reported by A and B." */
export function attribution(assertedBy: string | null, outlets: readonly string[], reports = outlets.length): string {
  const unnamed = reports - outlets.length;
  const named = outlets.length === 1 ? outlets[0]! : `${outlets.slice(0, -1).join(', ')} and ${outlets.at(-1)}`;
  const list =
    outlets.length === 0
      ? reports > 1
        ? `${reports} news reports that do not name their outlet`
        : 'a news report that does not name its outlet'
      : unnamed > 0
        ? `${named}, and ${unnamed} report${unnamed === 1 ? '' : 's'} without a named outlet`
        : named;
  return assertedBy
    ? `According to the ${assertedBy.replace(/^the\s+/i, '')}, as reported by ${list}.`
    : `As reported by ${list}; the sources do not say who disclosed it.`;
}

/** One pattern per set of phrases (NUL-joined, longest first): the same names are quoted on many pages. */
const phrasePattern = memoByText(
  (joined) =>
    new RegExp(
      `(${joined
        .split('\0')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')})`,
      'giu',
    ),
);

/** Characters outside ASCII that Unicode case folding (the `iu` flags) turns into ASCII letters: ſ (s) and the Kelvin sign (k). */
const FOLDS_INTO_ASCII = /[\u017F\u212A]/;
const NON_ASCII = /[^\x00-\x7F]/;

/**
 * `text` lowercased, when matching ASCII phrases in it case-insensitively is
 * the same as finding them with indexOf in that lowercased copy: every phrase
 * is ASCII, no character of the text folds into ASCII, and lowercasing keeps
 * every offset. Otherwise null (the regular expression decides).
 */
function asciiLowered(text: string, phrases: readonly string[]): string | null {
  if (phrases.some((p) => NON_ASCII.test(p)) || FOLDS_INTO_ASCII.test(text)) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/**
 * Split `text` around the evidence phrases, for highlighting without HTML:
 * leftmost match first, the longest phrase where several start at the same
 * place, matches never overlapping. Case-insensitive as /(a|b)/giu; most
 * quotes take the indexOf path, which finds the same matches (profiled: the
 * regular expression was the busiest function of page generation).
 */
export function highlight(text: string, phrases: readonly string[]): Array<{ text: string; mark: boolean }> {
  const wanted = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length >= 3))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [{ text, mark: false }];
  const parts: Array<{ text: string; mark: boolean }> = [];
  let last = 0;
  const mark = (at: number, length: number) => {
    if (at > last) parts.push({ text: text.slice(last, at), mark: false });
    parts.push({ text: text.slice(at, at + length), mark: true });
    last = at + length;
  };
  const lower = asciiLowered(text, wanted);
  if (lower === null) {
    for (const m of text.matchAll(phrasePattern(wanted.join('\0')))) mark(m.index!, m[0].length);
  } else {
    const needles = wanted.map((p) => p.toLowerCase());
    const next = needles.map((n) => lower.indexOf(n));
    for (;;) {
      let best = -1;
      for (let k = 0; k < needles.length; k++) {
        if (next[k]! >= 0 && next[k]! < last) next[k] = lower.indexOf(needles[k]!, last);
        if (next[k]! >= 0 && (best < 0 || next[k]! < next[best]!)) best = k;
      }
      if (best < 0) break;
      mark(next[best]!, needles[best]!.length);
    }
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

// ---------------------------------------------------------------- entities

/** What the sources say of an entity: each paragraph that names it, once. */
export function entityMentions(model: SiteModel, id: string): EntityMention[] {
  const found = new Map<string, EntityMention>();
  for (const c of model.casesByEntity.get(id) ?? []) {
    const refs = [...c.roles.filter((r) => r.entity === id).map((r) => r.source), ...c.facts.filter((f) => f.field.endsWith(`:${id}`)).map((f) => f.source)];
    for (const ref of refs) {
      const key = `${ref.article}#${ref.paragraph}`;
      const m = found.get(key) ?? { article: ref.article, paragraph: ref.paragraph, text: paragraphText(model, ref), cases: [] };
      if (!m.cases.includes(c.id)) m.cases.push(c.id);
      found.set(key, m);
    }
  }
  return [...found.values()].sort((a, b) => a.article.localeCompare(b.article) || paragraphNumber(a.paragraph) - paragraphNumber(b.paragraph));
}

/** The role an entity plays across its cases, e.g. ["suspect"]. */
export function entityRoles(model: SiteModel, id: string): string[] {
  return [...new Set((model.casesByEntity.get(id) ?? []).flatMap((c) => c.roles.filter((r) => r.entity === id).map((r) => ROLE_LABELS[r.role] ?? r.role)))];
}

/** A–Z groups; names that do not start with a Latin letter go under "#". */
export function alphabet<T extends { name: string }>(items: readonly T[]): Array<{ letter: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => sortName(a.name).localeCompare(sortName(b.name)))) {
    const first = sortName(item.name).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    pushTo(groups, letter, item);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, items: list }));
}

/** The id of an A–Z group's page (`entities/letter/<id>/`): the letter in lower case, `other` for "#". */
export function letterId(letter: string): string {
  return letter === '#' ? 'other' : letter.toLowerCase();
}

/** How an A–Z group is named in headings and titles: the letter, or "Other scripts" for "#". */
export function letterLabel(letter: string): string {
  return letter === '#' ? 'Other scripts' : letter;
}

/** The anchor of an A–Z group's section on the entity index, as it has always been (`letter-A`, `letter-other`). */
export function letterAnchor(letter: string): string {
  return `letter-${letter === '#' ? 'other' : letter}`;
}

/**
 * How many names the entity index lists itself. Past that it links a page per
 * letter instead: at 10,000 articles the one list of 7,176 names was an 832 kB
 * page (issue 8). The letter pages exist at any size, so their links stay valid.
 */
export const ENTITY_INDEX_LIMIT = 600;

// ---------------------------------------------------------------- counts for pictures

/** Cases per month (or per year when the span is long) of first report; undated counted apart. */
export function casesOverTime(model: SiteModel): { bins: Array<{ id: string; label: string; count: number }>; undated: number; unit: 'month' | 'year' } {
  const dated = model.cases.map((c) => model.firstReported.get(c.id)).filter((d): d is PartialDate => !!d);
  const undated = model.cases.length - dated.length;
  if (!dated.length) return { bins: [], undated, unit: 'year' };
  const years = dated.map((d) => Number(d.date.slice(0, 4)));
  const min = Math.min(...years);
  const max = Math.max(...years);
  const monthly = max - min <= 2 && dated.every((d) => d.precision !== 'year');
  const bins: Array<{ id: string; label: string; count: number }> = [];
  if (monthly) {
    const firstMonth = dated.map((d) => d.date.slice(0, 7)).sort()[0]!;
    const lastMonth = dated
      .map((d) => d.date.slice(0, 7))
      .sort()
      .at(-1)!;
    let [y, m] = firstMonth.split('-').map(Number) as [number, number];
    for (;;) {
      const id = `${y}-${String(m).padStart(2, '0')}`;
      bins.push({ id, label: `${MONTH_NAMES[m - 1]!.slice(0, 3)} ${y}`, count: dated.filter((d) => d.date.startsWith(id)).length });
      if (id === lastMonth) break;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
  } else {
    for (let y = min; y <= max; y++) bins.push({ id: String(y), label: String(y), count: years.filter((v) => v === y).length });
  }
  return { bins, undated, unit: monthly ? 'month' : 'year' };
}

/** How many cases carry at least one topic of each kind. */
export function casesByKind(model: SiteModel): Array<{ kind: TopicKind; label: string; count: number }> {
  return TOPIC_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind].many,
    count: model.cases.filter((c) => c.topics.some((t) => model.topic.get(t)?.kind === kind)).length,
  }));
}

export interface MatrixData {
  rowKind: TopicKind;
  colKind: TopicKind;
  rows: TopicData[];
  cols: TopicData[];
  /** `${row}|${col}` -> case ids */
  cells: Map<string, string[]>;
}

/** Cases at the crossing of two topic kinds (e.g. recruitment channel x sector); only rows and columns with a case. */
export function topicMatrix(model: SiteModel, rowKind: TopicKind, colKind: TopicKind): MatrixData {
  const cells = new Map<string, string[]>();
  const rowIds = new Set<string>();
  const colIds = new Set<string>();
  for (const c of model.cases) {
    const rs = c.topics.filter((t) => model.topic.get(t)?.kind === rowKind);
    const cs = c.topics.filter((t) => model.topic.get(t)?.kind === colKind);
    for (const r of new Set(rs))
      for (const col of new Set(cs)) {
        const key = `${r}|${col}`;
        pushTo(cells, key, c.id);
        rowIds.add(r);
        colIds.add(col);
      }
  }
  const byLabel = (ids: Set<string>) => [...ids].map((id) => model.topic.get(id)!).sort((a, b) => a.label.localeCompare(b.label));
  return { rowKind, colKind, rows: byLabel(rowIds), cols: byLabel(colIds), cells };
}

// ---------------------------------------------------------------- loading (Astro only)

let memo: Promise<SiteModel> | null = null;

/** The model for this build: loads the collections once; every page shares it. */
export function getSite(): Promise<SiteModel> {
  memo ??= load();
  return memo;
}

async function load(): Promise<SiteModel> {
  const { getCollection } = await import('astro:content');
  const [articles, cases, topics, entities] = await Promise.all([
    getCollection('articles'),
    getCollection('cases'),
    getCollection('topics'),
    getCollection('entities'),
  ]);
  return buildModel({
    files: new Map([...articles, ...cases].map((e) => [`${e.collection}/${e.id}`, pagePath(e)])),
    articles: articles.map((a) => ({
      ...a.data,
      id: a.id,
      seed: a.data.seed ?? pagePath(a),
      paragraphs: paragraphsFromBody(a.body ?? '', formatOf(pagePath(a))),
    })),
    // A case page's body is its summary (front matter only fills in for an empty body).
    cases: cases.map((c) => ({ ...c.data, id: c.id, summary: summaryOfBody(c.body ?? '', formatOf(pagePath(c))) || c.data.summary })),
    topics: topics.map((t) => ({ id: t.id, label: t.data.label, kind: t.data.kind, description: t.data.description ?? firstParagraph(t.body ?? '') })),
    entities: entities.map((e) => ({ ...e.data, id: e.id })),
  });
}

/** The file a collection entry came from, as a contributor finds it in the repository. */
export function pagePath(entry: { id: string; collection: string; filePath?: string }): string {
  return entry.filePath ?? `content/${entry.collection}/${entry.id}.md`;
}

function firstParagraph(body: string): string {
  return (body.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
}
