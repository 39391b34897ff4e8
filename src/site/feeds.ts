/**
 * Machine-readable outputs: Atom feeds of cases, the cases CSV, the sitemap.
 * Pure string builders; the endpoints in src/pages/ feed them the site model.
 */
import type { PartialDate } from '../model/schema.ts';
import { splitCases } from './case-split.ts';
import { firstEvent } from './report-dates.ts';

export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * An Atom id must be an absolute IRI. Built without the public address, the
 * links are site paths; their ids then name the path in a URN of the archive's
 * own, which no reader can take for a web address.
 */
export function atomId(url: string): string {
  return ABSOLUTE.test(url) ? url : `urn:casebook:${url.replace(/^\/+/, '')}`;
}

/** An RFC 3339 timestamp for a partial date: the first instant it can mean (Atom needs a full timestamp). */
export function atomDate(d: PartialDate | null, fallback = '2000-01-01'): string {
  const date = d?.date ?? fallback;
  const [y, m = '01', day = '01'] = date.split('-');
  return `${y}-${m}-${day}T00:00:00Z`;
}

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  summary: string;
  updated: PartialDate;
  categories: Array<{ term: string; label: string }>;
}

/**
 * An Atom 1.0 feed of dated entries (Atom requires a date on each). A feed
 * with no entry (a topic no case carries yet) is dated `updatedWhenUndated`,
 * the archive's newest date.
 */
export function atomFeed(feed: {
  title: string;
  subtitle: string;
  selfUrl: string;
  pageUrl: string;
  entries: readonly FeedEntry[];
  updatedWhenUndated?: PartialDate | null;
}): string {
  const dates = feed.entries.map((e) => atomDate(e.updated)).sort();
  const newest = dates.at(-1) ?? atomDate(feed.updatedWhenUndated ?? null);
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${xmlEscape(atomId(e.url))}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
      `    <updated>${atomDate(e.updated)}</updated>`,
      `    <summary>${xmlEscape(e.summary)}</summary>`,
      ...e.categories.map((c) => `    <category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <id>${xmlEscape(atomId(feed.pageUrl))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.pageUrl)}"/>`,
    `  <updated>${newest}</updated>`,
    '  <author><name>Casebook</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** One CSV field, quoted when it must be (RFC 4180): commas, quotes, line breaks, or leading/trailing space. */
export function csvField(value: unknown): string {
  const text = value == null ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: CRLF line ends, header row first. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A sitemap of absolute URLs; site paths (a build without the public address) are marked as such. */
export function sitemap(urls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...(urls.some((u) => !ABSOLUTE.test(u)) ? ['<!-- Site paths, not addresses: build with CASEBOOK_SITE set to publish this sitemap. -->'] : []),
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** The slice of the site model the feeds and the CSV read. */
export interface FeedModel {
  article: Map<string, { outlet: string | null; url: string | null; title: string; published: PartialDate | null }>;
  topic: Map<string, { label: string; kind: string }>;
  entity: Map<string, { name: string }>;
  firstReported: Map<string, PartialDate | null>;
}
type FeedCase = import('../model/schema.ts').Case;

/**
 * How many cases a feed carries, latest first. A feed is polled again and
 * again by readers; with every case in it the site-wide feed was 9 MB at
 * 10,000 articles and the topic feeds 79 MB together. The full lists are the
 * case index pages and data/cases.csv.
 */
export const FEED_ENTRIES = 50;

/**
 * An Atom feed of the `FEED_ENTRIES` first of `cases` (given latest first),
 * dated by their first report. A case no source dates is left out, and the
 * subtitle says how many: Atom needs a date on every entry, and any date put
 * there (another case's, the build's) would read as when it was reported.
 * `model.cases` is the whole archive, latest first, undated last (buildModel),
 * so its first case dates a feed that has no entry.
 */
export function caseFeed(
  model: FeedModel & { cases: readonly FeedCase[] },
  cases: readonly FeedCase[],
  opts: { title: string; subtitle: string; selfUrl: string; pageUrl: string; caseUrl(id: string): string },
): string {
  const dated = cases.filter((c) => model.firstReported.get(c.id));
  const undated = cases.length - dated.length;
  return atomFeed({
    title: opts.title,
    subtitle: undated
      ? `${opts.subtitle} ${undated} ${undated === 1 ? 'entry has' : 'entries have'} no report date and ${undated === 1 ? 'is' : 'are'} not in this feed.`
      : opts.subtitle,
    selfUrl: opts.selfUrl,
    pageUrl: opts.pageUrl,
    updatedWhenUndated: model.cases[0] ? model.firstReported.get(model.cases[0].id) : null,
    entries: dated.slice(0, FEED_ENTRIES).map((c) => {
      const outlets = [...new Set(c.sources.map((s) => model.article.get(s.article)?.outlet).filter((o): o is string => !!o))];
      const who = c.assertedBy ? `According to the ${c.assertedBy.replace(/^the\s+/i, '')}` : 'As reported';
      return {
        id: c.id,
        title: c.dramatization ? `Dramatization: ${c.title}` : c.title,
        url: opts.caseUrl(c.id),
        summary: `${c.summary.trim() || c.title} (${who}${outlets.length ? `, reported by ${outlets.join(', ')}` : ''}.)`,
        updated: model.firstReported.get(c.id)!,
        categories: [
          ...(c.dramatization ? [{ term: 'dramatization', label: 'Dramatization, not a reported case' }] : []),
          ...[...new Set(c.topics)].map((t) => ({ term: t, label: model.topic.get(t)?.label ?? t })),
        ],
      };
    }),
  });
}

export const CSV_COLUMNS = [
  'id',
  'url',
  'title',
  'summary',
  'dramatization',
  'first_reported',
  'first_reported_precision',
  'event_date',
  'event_date_precision',
  'asserted_by',
  'outcome',
  'outcome_text',
  'people',
  'organisations',
  'places',
  'tactics',
  'channels',
  'sectors',
  'materials',
  'motives',
  'laws',
  'outlets',
  'source_urls',
  'source_articles',
] as const;

/** One row per case, then one per dramatization (flagged in their column). Lists are joined with "; "; names, not ids, for people and topics. */
export function casesCsv(model: FeedModel & { cases: readonly FeedCase[] }, caseUrl: (id: string) => string): string {
  const names = (ids: readonly string[]) => ids.map((id) => model.entity.get(id)?.name ?? id).join('; ');
  const topics = (c: FeedCase, kind: string) =>
    [...new Set(c.topics)]
      .filter((t) => model.topic.get(t)?.kind === kind)
      .map((t) => model.topic.get(t)!.label)
      .join('; ');
  const { cases, dramatizations } = splitCases(model.cases);
  const rows = [...cases, ...dramatizations].map((c) => {
    const first = model.firstReported.get(c.id) ?? null;
    const event = firstEvent(c);
    const arts = c.sources.map((s) => model.article.get(s.article));
    return [
      c.id,
      caseUrl(c.id),
      c.title,
      c.summary,
      c.dramatization ? 'yes' : 'no',
      first?.date ?? '',
      first?.precision ?? '',
      event?.date ?? '',
      event?.precision ?? '',
      c.assertedBy ?? '',
      c.outcome?.kind ?? '',
      c.outcome?.text ?? '',
      names(c.people),
      names(c.organisations),
      names(c.places),
      topics(c, 'tactic'),
      topics(c, 'channel'),
      topics(c, 'sector'),
      topics(c, 'material'),
      topics(c, 'motive'),
      topics(c, 'law'),
      [...new Set(arts.map((a) => a?.outlet).filter(Boolean))].join('; '),
      arts
        .map((a) => a?.url)
        .filter(Boolean)
        .join('; '),
      c.sources.map((s) => s.article).join('; '),
    ];
  });
  return toCsv(CSV_COLUMNS, rows);
}
