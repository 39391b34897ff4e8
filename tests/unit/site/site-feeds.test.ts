import { describe, expect, it } from 'vitest';
import { atomDate, atomId, CSV_COLUMNS, caseFeed, casesCsv, csvField, FEED_ENTRIES, sitemap, toCsv, xmlEscape } from '../../../src/site/feeds.ts';
import { buildModel } from '../../../src/site/site-model.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const model = buildModel(fixture);

/** A small RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes fields with commas, quotes, line breaks or edge spaces', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' pad')).toBe('" pad"');
    expect(csvField(null)).toBe('');
  });
  it('round-trips awkward values', () => {
    const rows = [['x,y', 'he said "no"', 'line1\r\nline2', '']];
    expect(parseCsv(toCsv(['a', 'b', 'c', 'd'], rows))).toEqual([['a', 'b', 'c', 'd'], ...rows]);
  });
  it('writes one row per case with names, topics by kind and sources', () => {
    const rows = parseCsv(casesCsv(model, (id) => `https://x.test/cases/${id}/`));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + fixture.cases.length);
    const wang = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows.find((r) => r[0] === 'wang')![i]]));
    expect(wang).toMatchObject({
      people: 'Wang',
      channels: 'Part-time job offers',
      outcome: 'sentenced',
      first_reported: '2023-09-25',
      outlets: 'Global Times',
      source_urls: 'https://example.com/gt/telecom',
    });
  });
  it('gives when a case happened (its earliest event, not its sentence or disclosure) apart from when it was reported', () => {
    const rows = parseCsv(casesCsv(model, (id) => `/cases/${id}/`));
    const col = (id: string, name: (typeof CSV_COLUMNS)[number]) => rows.find((r) => r[0] === id)![CSV_COLUMNS.indexOf(name)];
    expect([col('gallium', 'event_date'), col('gallium', 'event_date_precision')]).toEqual(['2023', 'year']);
    expect(col('wang', 'event_date')).toBe('');
  });
});

describe('Atom', () => {
  it('escapes text and dates partial dates at their first instant', () => {
    expect(xmlEscape('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    expect(atomDate({ date: '2024-02', precision: 'month' })).toBe('2024-02-01T00:00:00Z');
    const xml = caseFeed(model, model.cases, {
      title: 'T & T',
      subtitle: 's',
      selfUrl: 'https://x.test/feed.xml',
      pageUrl: 'https://x.test/',
      caseUrl: (id) => `https://x.test/cases/${id}/`,
    });
    expect(xml).toContain('<title>T &amp; T</title>');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain('<updated>2024-02-01T00:00:00Z</updated>');
    expect(xml).toContain('According to the Ministry of State Security, reported by Global Times');
  });
  it('leaves out a case no source dates, says so, and never lends it another date', () => {
    expect(model.firstReported.get('comic')).toBeNull();
    const xml = caseFeed(model, model.cases, { title: 't', subtitle: 'Latest first.', selfUrl: '/f', pageUrl: '/c/', caseUrl: (id) => `/cases/${id}/` });
    expect(xml).not.toContain('/cases/comic/');
    expect(xml).toContain('<subtitle>Latest first. 1 entry has no report date and is not in this feed.</subtitle>');
    const entryDates = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
    const known = model.cases
      .map((c) => model.firstReported.get(c.id))
      .filter((d) => !!d)
      .map((d) => atomDate(d!));
    expect(entryDates.length).toBe(known.length);
    expect(entryDates.sort()).toEqual(known.sort());
  });
  it('marks a dramatization apart in its title and with a category', () => {
    const comic = { ...model.case.get('comic')! };
    const dated = { ...model, firstReported: new Map([...model.firstReported, ['comic', { date: '2024-03', precision: 'month' as const }]]) };
    const xml = caseFeed(dated, [comic], { title: 't', subtitle: 's', selfUrl: '/f', pageUrl: '/c/', caseUrl: (id) => `/cases/${id}/` });
    expect(xml).toContain('<title>Dramatization: Comic');
    expect(xml).toContain('<category term="dramatization"');
  });
  it(`carries the first ${FEED_ENTRIES} cases it is given (latest first), not every case`, () => {
    const many = Array.from({ length: FEED_ENTRIES + 7 }, (_, i) => ({ ...model.cases[0]!, id: `case-${i}` }));
    const firstReported = new Map(many.map((c) => [c.id, model.firstReported.get(model.cases[0]!.id)!]));
    const xml = caseFeed({ ...model, firstReported }, many, {
      title: 't',
      subtitle: 's',
      selfUrl: 'https://x.test/feed.xml',
      pageUrl: 'https://x.test/',
      caseUrl: (id) => `https://x.test/cases/${id}/`,
    });
    const ids = [...xml.matchAll(/<id>https:\/\/x\.test\/cases\/([^/]+)\/<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(many.slice(0, FEED_ENTRIES).map((c) => c.id));
  });
  it("dates a feed without dated cases (a topic no case carries) by the archive's newest case, not a made-up date", () => {
    const xml = caseFeed(model, [], {
      title: 't',
      subtitle: 's',
      selfUrl: 'https://x.test/t/feed.xml',
      pageUrl: 'https://x.test/t/',
      caseUrl: (id) => `https://x.test/cases/${id}/`,
    });
    const newest = model.cases
      .map((c) => model.firstReported.get(c.id)?.date)
      .filter(Boolean)
      .sort()
      .at(-1)!;
    expect(xml.match(/<updated>([^<]+)<\/updated>/)![1]).toBe(atomDate({ date: newest, precision: 'day' }));
    expect(xml).not.toContain('<entry>');
  });
});

describe('sitemap', () => {
  it('lists URLs', () => {
    expect(sitemap(['https://x.test/a?b&c'])).toContain('<loc>https://x.test/a?b&amp;c</loc>');
    expect(sitemap(['https://x.test/a'])).not.toContain('<!--');
  });
  it('marks site paths (a build without the public address) as not publishable', () => {
    expect(sitemap(['/a/'])).toMatch(/<!-- Site paths, not addresses: build with CASEBOOK_SITE/);
  });
});

describe('feeds built without the public address', () => {
  it('keep absolute ids as they are and give site paths an id that is no web address', () => {
    expect(atomId('https://x.test/cases/a/')).toBe('https://x.test/cases/a/');
    expect(atomId('/casebook/cases/a/')).toBe('urn:casebook:casebook/cases/a/');
    const xml = caseFeed(model, model.cases, { title: 't', subtitle: 's', selfUrl: '/feed.xml', pageUrl: '/cases/', caseUrl: (id) => `/cases/${id}/` });
    expect(xml).toContain('<id>urn:casebook:cases/</id>');
    expect(xml).toContain('href="/cases/gallium/"');
    expect(xml).not.toMatch(/<id>\//);
  });
});
