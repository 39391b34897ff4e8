/**
 * The site model: everything the pages need, computed once from the content
 * collections and shared by every page (cases by topic, entity and article,
 * timeline items, first report dates). Pure; load-site.ts loads the
 * collections and builds it once per build.
 */
import type { Article, Case, Entity, Paragraph, PartialDate, TopicKind } from '../model/schema.ts';
import { pushTo } from '../util/collections.ts';
import { splitCases } from './case-split.ts';
import { entityIds } from './entities.ts';
import { TOPIC_KINDS } from './labels.ts';
import { sortName } from './letter-index.ts';
import { dateKey, firstReport } from './report-dates.ts';
import { indexTimeline, type TimelineItem, timelineItems } from './timeline.ts';

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

export interface SiteModel {
  articles: ArticleData[];
  /** Every case and dramatization, latest first. */
  cases: Case[];
  /** `cases` without the dramatizations: what every count of cases counts (case-split.ts). */
  reported: Case[];
  /** The dramatizations of `cases`, latest first. */
  dramatizations: Case[];
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

  return {
    articles: [...input.articles].sort(
      (a, b) =>
        (dateKey(b.published) === '9999' ? -1 : 0) - (dateKey(a.published) === '9999' ? -1 : 0) ||
        dateKey(b.published).localeCompare(dateKey(a.published)) ||
        a.title.localeCompare(b.title),
    ),
    cases,
    reported: splitCases(cases).cases,
    dramatizations: splitCases(cases).dramatizations,
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
    timelineIndex: indexTimeline(timeline),
    files: input.files ?? new Map(),
  };
}
