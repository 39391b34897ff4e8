/**
 * What a case or article page says about itself to machines: schema.org
 * JSON-LD and the `article:published_time` date, plus the case's citation as
 * plain text for a reader to copy. Pure; the pages pass the site model's data.
 * The layout writes the JSON-LD into its `<script>` element with `scriptJson` (src/util/script-json.ts).
 */
import type { PartialDate } from '../model/schema.ts';
import { formatDate } from './format.ts';

/** A schema.org / Open Graph date: the partial date as ISO 8601 at its own precision ("2024", "2024-02", "2024-02-04"). */
export function isoDate(d: PartialDate | null | undefined): string | undefined {
  return d?.date;
}

const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

export interface CaseLd {
  title: string;
  summary: string;
  /** The page's address (absolute when the public address is configured, else its path). */
  url: string;
  firstReported: PartialDate | null;
  dramatization: boolean;
  /** The news reports it rests on: original address when known, else the archived copy. */
  sources: Array<{ title: string; url: string; outlet: string | null; published: PartialDate | null }>;
}

/** A case page as a schema.org Article that is based on the news reports it cites. */
export function caseJsonLd(c: CaseLd): object {
  return drop({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: c.title,
    description: c.summary.trim() || undefined,
    url: c.url,
    datePublished: isoDate(c.firstReported),
    genre: c.dramatization ? 'Dramatization' : undefined,
    publisher: { '@type': 'Organization', name: 'Casebook' },
    isBasedOn: c.sources.map((s) =>
      drop({
        '@type': 'NewsArticle',
        headline: s.title,
        url: s.url,
        datePublished: isoDate(s.published),
        publisher: s.outlet ? { '@type': 'Organization', name: s.outlet } : undefined,
      }),
    ),
  });
}

export interface ArticleLd {
  title: string;
  /** The archived copy's address. */
  url: string;
  /** The original's address, when known. */
  original: string | null;
  outlet: string | null;
  byline: string | null;
  published: PartialDate | null;
  language: string;
}

/** An archived news report as a schema.org NewsArticle, pointing at the original when it is known. */
export function articleJsonLd(a: ArticleLd): object {
  return drop({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    url: a.url,
    sameAs: a.original ?? undefined,
    datePublished: isoDate(a.published),
    inLanguage: a.language === 'und' ? undefined : a.language,
    author: a.byline ? { '@type': 'Person', name: a.byline } : undefined,
    publisher: a.outlet ? { '@type': 'Organization', name: a.outlet } : undefined,
  });
}

/** Where the reader's access date goes in a citation; the case page's script puts the reader's own date there. */
export const ACCESSED_PLACEHOLDER = '[date]';

/**
 * A case's citation as one line of text, in the style of a web page reference:
 * `Casebook. "Title." First reported Feb 2024. <address> (accessed [date]).`
 * The access date is the reader's to give: a date written at build time would
 * be wrong for every reader after, and would change the built site each day.
 */
export function citationText(c: { title: string; url: string; firstReported: PartialDate | null; dramatization: boolean }): string {
  const title = c.title.replace(/\s+/g, ' ').trim();
  const kind = c.dramatization ? ' Dramatization, not a reported case.' : '';
  const when = c.firstReported ? ` First reported ${formatDate(c.firstReported)}.` : '';
  return `Casebook. “${title}${/[.!?]$/.test(title) ? '' : '.'}”${kind}${when} ${c.url} (accessed ${ACCESSED_PLACEHOLDER}).`;
}
