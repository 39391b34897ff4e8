/**
 * Citation exports for a case: BibTeX (`cite.bib`) and CSL JSON (`cite.json`).
 * Each export holds the case page itself and the news reports it rests on, so
 * a reader can cite the archive entry and the original reporting.
 */
import type { PartialDate } from '../model/schema.ts';

export interface CitableCase {
  id: string;
  title: string;
  summary: string;
  url: string;
  /** When the case was first reported (the earliest source date). */
  issued: PartialDate | null;
  assertedBy: string | null;
}
export interface CitableSource {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  published: PartialDate | null;
  /** The original URL when known, else the archived copy on the site. */
  url: string | null;
  archived: string;
  language: string;
}

const BIB_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Escape text for a BibTeX field value (inside braces). */
export function bibEscape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}$&%#_^~]/g, (c) => BIB_ESCAPES[c]!);
}

/** A BibTeX key: ASCII letters, digits and hyphens. */
export function bibKey(prefix: string, id: string): string {
  return `${prefix}:${id}`.replace(/[^A-Za-z0-9:-]/g, '-').slice(0, 80);
}

function bibEntry(type: string, key: string, fields: Array<[string, string | null | undefined]>): string {
  const lines = fields.filter(([, v]) => v != null && v !== '').map(([k, v]) => `  ${k} = {${v}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

function bibDate(d: PartialDate | null): Array<[string, string | null]> {
  if (!d) return [];
  // `year` for BibTeX styles, `date` (at the precision the source states) for biblatex.
  return [
    ['year', d.date.slice(0, 4)],
    ['date', d.date],
  ];
}

export function toBibtex(c: CitableCase, sources: readonly CitableSource[]): string {
  const sourceKeys = sources.map((s) => bibKey('report', s.id));
  const entries = [
    bibEntry('misc', bibKey('casebook', c.id), [
      ['title', `{${bibEscape(c.title)}}`],
      ['author', '{Casebook}'],
      ['howpublished', `\\url{${c.url}}`],
      ['url', c.url],
      ...bibDate(c.issued),
      ['abstract', bibEscape(c.summary)],
      [
        'note',
        bibEscape(
          `Claims as reported${c.assertedBy ? `, according to ${c.assertedBy}` : ''}; compiled from ${sources.length} news report${sources.length === 1 ? '' : 's'}`,
        ),
      ],
      ['related', sourceKeys.join(',')],
    ]),
    ...sources.map((s) =>
      bibEntry(s.outlet ? 'article' : 'misc', bibKey('report', s.id), [
        ['title', `{${bibEscape(s.title)}}`],
        ['author', s.byline ? bibEscape(s.byline) : null],
        [s.outlet ? 'journal' : 'organization', s.outlet ? bibEscape(s.outlet) : null],
        ...bibDate(s.published),
        ['url', s.url ?? s.archived],
        ['note', s.url ? `Archived copy: \\url{${s.archived}}` : 'Original URL not known; archived copy'],
        ['language', s.language],
      ]),
    ),
  ];
  return entries.join('\n');
}

interface CslDate {
  'date-parts': number[][];
}
function cslDate(d: PartialDate | null): CslDate | undefined {
  if (!d) return undefined;
  return { 'date-parts': [d.date.split('-').map(Number)] };
}

/** CSL JSON (an array of items), as read by Zotero, Pandoc citeproc and others. */
export function toCslJson(c: CitableCase, sources: readonly CitableSource[]): object[] {
  const items: Array<Record<string, unknown>> = [
    {
      id: bibKey('casebook', c.id),
      type: 'webpage',
      title: c.title,
      'container-title': 'Casebook',
      publisher: 'Casebook',
      URL: c.url,
      issued: cslDate(c.issued),
      abstract: c.summary,
      note: `Claims as reported${c.assertedBy ? `, according to ${c.assertedBy}` : ''}.`,
    },
    ...sources.map((s) => ({
      id: bibKey('report', s.id),
      type: s.outlet ? 'article-newspaper' : 'webpage',
      title: s.title,
      'container-title': s.outlet ?? undefined,
      author: s.byline ? [{ literal: s.byline }] : undefined,
      issued: cslDate(s.published),
      URL: s.url ?? s.archived,
      language: s.language,
      note: s.url ? `Archived copy: ${s.archived}` : 'Original URL not known; archived copy.',
    })),
  ];
  // Drop undefined fields so the JSON stays tidy.
  return items.map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)));
}

/** What the exports need from the site model; `url` makes an absolute URL of a site path. */
export function citationInput(
  model: {
    case: Map<string, import('../model/schema.ts').Case>;
    article: Map<
      string,
      { id: string; title: string; outlet: string | null; byline: string | null; published: PartialDate | null; url: string | null; language: string }
    >;
    firstReported: Map<string, PartialDate | null>;
  },
  id: string,
  url: { case(id: string): string; article(id: string): string },
): { item: CitableCase; sources: CitableSource[] } {
  const c = model.case.get(id);
  if (!c) throw new Error(`no case ${id}`);
  const sources = c.sources.map((s) => {
    const a = model.article.get(s.article);
    return {
      id: s.article,
      title: a?.title ?? s.article,
      outlet: a?.outlet ?? null,
      byline: a?.byline ?? null,
      published: a?.published ?? null,
      url: a?.url ?? null,
      archived: url.article(s.article),
      language: a?.language ?? 'und',
    };
  });
  return {
    item: { id: c.id, title: c.title, summary: c.summary, url: url.case(c.id), issued: model.firstReported.get(c.id) ?? null, assertedBy: c.assertedBy },
    sources,
  };
}
