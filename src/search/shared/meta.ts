/**
 * What Pagefind (and the offline index) should know about a page, derived
 * from the dataset by the page's path: filters, metadata, sort keys and the
 * heavier-weighted names. Pure: the dataset is passed in.
 *
 * Filter names and values are the URL vocabulary of the search page
 * (`/search/?q=…&type=case&material=gallium&year=2024`): topic filters carry
 * topic ids (stable, lowercase), `outlet` and `year` carry the text itself.
 */

import { incidentEvents } from '../../model/incident.ts';

export const PAGE_TYPES = ['case', 'article', 'topic', 'entity'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Topic kinds offered as filters (motive and law exist in the taxonomy but are not facets). */
export const TOPIC_FILTERS = ['material', 'tactic', 'channel', 'sector', 'outcome'] as const;
export type TopicFilter = (typeof TOPIC_FILTERS)[number];

/** Every filter the search page understands, in the order it shows them. */
export const FILTER_KEYS = ['type', ...TOPIC_FILTERS, 'outlet', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchAnnotations {
  type: PageType;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Shown with each result: title comes from the page's h1; these complete it. */
  meta: { type: PageType; date?: string; outlet?: string; people?: string };
  /**
   * One key, on dated pages only (YYYY[-MM[-DD]] sorts lexicographically):
   * Pagefind keeps an array of every page per sort key in the metadata a first
   * query downloads, so one key over the dated pages costs a third of two keys
   * over all pages. Pagefind leaves pages without the key out of sorted
   * results; the search client puts them after the dated ones in either order.
   */
  sort: { date?: string };
  /** People's names, indexed with extra weight. */
  names: string[];
}

interface PartialDate {
  date: string;
  precision?: string;
}
export interface DatasetLike {
  articles: { id: string; title: string; outlet: string | null; published: PartialDate | null; cases: string[]; language?: string }[];
  cases: {
    id: string;
    title: string;
    people: string[];
    places?: string[];
    topics: string[];
    events: { date: string; kind?: string }[];
    sources: { article: string }[];
  }[];
  topics: { id: string; label: string; kind: string }[];
  entities: { id: string; name: string; kind: string; aliases: string[] }[];
}

/** `cases/<id>/` (base already stripped, slashes optional) → type and id. */
export function pageOf(path: string): { type: PageType; id: string } | null {
  const m = /^\/?(cases|articles|topics|entities)\/([^/]+)\/?(?:index\.html)?$/.exec(path);
  if (!m) return null;
  const type = ({ cases: 'case', articles: 'article', topics: 'topic', entities: 'entity' } as const)[m[1] as 'cases'];
  return { type, id: decodeURIComponent(m[2]!) };
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function earliest(dates: (string | undefined | null)[]): string | undefined {
  return dates.filter((d): d is string => !!d).sort()[0];
}

type Lookup = ReturnType<typeof indexDataset>;

/** Every page asks for a few records by id: look them up in maps built once per dataset, not by scanning (quadratic at 10,000 articles). */
function indexDataset(data: DatasetLike) {
  const byId = <T extends { id: string }>(xs: readonly T[]) => {
    const m = new Map<string, T>();
    for (const x of xs) if (!m.has(x.id)) m.set(x.id, x);
    return m;
  };
  const casePosition = new Map<string, number>();
  data.cases.forEach((c, i) => {
    if (!casePosition.has(c.id)) casePosition.set(c.id, i);
  });
  return { article: byId(data.articles), case: byId(data.cases), topic: byId(data.topics), entity: byId(data.entities), casePosition };
}

const lookups = new WeakMap<DatasetLike, Lookup>();
function lookupFor(data: DatasetLike): Lookup {
  let found = lookups.get(data);
  if (!found) lookups.set(data, (found = indexDataset(data)));
  return found;
}

function topicFilters(topicIds: string[], look: Lookup): Partial<Record<FilterKey, string[]>> {
  const out: Partial<Record<FilterKey, string[]>> = {};
  for (const id of uniq(topicIds)) {
    const topic = look.topic.get(id);
    if (!topic || !(TOPIC_FILTERS as readonly string[]).includes(topic.kind)) continue;
    (out[topic.kind as TopicFilter] ??= []).push(id);
  }
  return out;
}

function finish(
  type: PageType,
  parts: { filters: Partial<Record<FilterKey, string[]>>; date?: string; outlets?: string[]; names?: string[] },
): SearchAnnotations {
  const outlets = uniq((parts.outlets ?? []).filter(Boolean));
  const filters: Partial<Record<FilterKey, string[]>> = { type: [type], ...parts.filters };
  if (outlets.length) filters.outlet = outlets;
  if (parts.date) filters.year = [parts.date.slice(0, 4)];
  const names = uniq(parts.names ?? []);
  const meta: SearchAnnotations['meta'] = { type };
  if (parts.date) meta.date = parts.date;
  if (outlets.length) meta.outlet = outlets.join(', ');
  if (names.length) meta.people = names.join(', ');
  return { type, filters, meta, sort: parts.date ? { date: parts.date } : {}, names };
}

/** Annotations for the page at `path`, or null for pages that are not indexed (home, lists, search). */
export function searchAnnotations(path: string, data: DatasetLike): SearchAnnotations | null {
  const page = pageOf(path);
  if (!page) return null;
  const look = lookupFor(data);
  const article = (id: string) => look.article.get(id);
  const personNames = (ids: string[]) =>
    ids
      .map((id) => look.entity.get(id))
      .filter((e) => e?.kind === 'person')
      .flatMap((e) => [e!.name, ...e!.aliases]);

  if (page.type === 'case') {
    const c = look.case.get(page.id);
    if (!c) return finish('case', { filters: {} });
    const sources = c.sources.map((s) => article(s.article)).filter((a) => !!a);
    const date = earliest(incidentEvents(c.events).map((e) => e.date)) ?? earliest(sources.map((a) => a.published?.date));
    return finish('case', { filters: topicFilters(c.topics, look), date, outlets: sources.map((a) => a.outlet ?? ''), names: personNames(c.people) });
  }
  if (page.type === 'article') {
    const a = article(page.id);
    if (!a) return finish('article', { filters: {} });
    // In dataset order, as a scan of the cases would list them.
    const cases = uniq(a.cases)
      .filter((id) => look.casePosition.has(id))
      .sort((x, y) => look.casePosition.get(x)! - look.casePosition.get(y)!)
      .map((id) => look.case.get(id)!);
    // No topic filters: a reader filtering by topic wants the cases (their sources are a click away),
    // and articles carrying their cases' topics made the filter files three times larger.
    return finish('article', {
      filters: {},
      date: a.published?.date,
      outlets: [a.outlet ?? ''],
      names: personNames(cases.flatMap((c) => c.people)),
    });
  }
  if (page.type === 'topic') {
    return finish('topic', { filters: topicFilters([page.id], look) });
  }
  const e = look.entity.get(page.id);
  return finish('entity', { filters: {}, names: e?.kind === 'person' ? [e.name, ...e.aliases] : [] });
}

/** Filters as Pagefind `data-pagefind-filter` attribute values: `name:value` (values may hold any text after the first colon). */
export function filterAttributes(a: SearchAnnotations): string[] {
  return Object.entries(a.filters).flatMap(([k, vs]) => (vs ?? []).map((v) => `${k}:${v}`));
}
