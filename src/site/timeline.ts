/**
 * The timeline: every dated (and undated) thing the sources tell, as items;
 * indexed by topic, entity, kind and year; grouped by year and month; cut
 * into pages in the order it is shown.
 */
import type { Case, CaseEvent, PartialDate, SourceRef, TopicKind } from '../model/schema.ts';
import { pushTo } from '../util/collections.ts';
import { entityIds } from './entities.ts';
import { MONTH_NAMES } from './labels.ts';
import { dateKey } from './report-dates.ts';
import type { ArticleData, SiteModel, TopicData } from './site-model.ts';

/** Dated items a topic or entity page previews, latest first; the timeline's year pages have the rest. */
export const TIMELINE_PREVIEW = 30;
/**
 * The timeline's front page shows everything up to this many items, else the latest this many and the years.
 * An item is up to 0.85 kB of HTML (its quote, links and the topic ids the filter reads): 80 of them keep a
 * page near 80 kB, under the 100 kB every page stays within; 500 made 424 kB pages at 10,000 articles and
 * 100 made 96 kB ones.
 */
export const TIMELINE_FRONT = 80;
/** Items per page of a year of the timeline (see TIMELINE_FRONT). */
export const TIMELINE_PAGE = 80;

export type TimelineKind = CaseEvent['kind'];
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

// The steps of a case in the order they follow each other.
const KIND_ORDER: Record<TimelineKind, number> = { event: 0, arrest: 1, charge: 2, trial: 3, sentence: 4, disclosure: 5 };

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

/** Items per `t:<topic>`, `e:<entity>`, `k:<kind>` and `y:<year>`: the site model's `timelineIndex`. */
export function indexTimeline(timeline: readonly TimelineItem[]): Map<string, TimelineItem[]> {
  const index = new Map<string, TimelineItem[]>();
  for (const item of timeline) {
    for (const t of item.topics) pushTo(index, `t:${t}`, item);
    for (const e of item.entities) pushTo(index, `e:${e}`, item);
    for (const k of item.kinds) pushTo(index, `k:${k}`, item);
    pushTo(index, `y:${yearOf(item)}`, item);
  }
  return index;
}

/** The year page an item is on: `2023`, or `undated`. */
export function yearOf(item: TimelineItem): string {
  return item.date ? item.date.date.slice(0, 4) : 'undated';
}

/** The timeline's years with their item counts, latest first, `undated` last (from the index, not a scan). */
export function timelineYears(model: SiteModel): Array<{ year: string; count: number }> {
  const years = [...model.timelineIndex].filter(([k]) => k.startsWith('y:')).map(([k, items]) => ({ year: k.slice(2), count: items.length }));
  return years.sort((a, b) => (a.year === 'undated' ? 1 : b.year === 'undated' ? -1 : a.year < b.year ? 1 : -1));
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

/** Items in the order a timeline shows them (year, month, then the year's items with no month, then undated): pages are cut in this order. */
export function inDisplayOrder(items: readonly TimelineItem[]): TimelineItem[] {
  const groups = groupTimeline(items);
  return [...groups.years.flatMap((y) => y.months.flatMap((m) => m.items)), ...groups.undated];
}

/** The page of its year's timeline that shows the items of `month` (`2023-08`), counting from 1. */
export function timelinePageOf(model: SiteModel, month: string): number {
  const items = inDisplayOrder(timelineFor(model, { year: month.slice(0, 4) }));
  const index = items.findIndex((i) => i.date?.date.startsWith(month));
  return index < 0 ? 1 : Math.floor(index / TIMELINE_PAGE) + 1;
}
