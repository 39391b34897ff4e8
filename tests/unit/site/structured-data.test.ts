import { describe, expect, it } from 'vitest';
import { articleJsonLd, caseJsonLd, citationText } from '../../../src/site/structured-data.ts';
import { scriptJson } from '../../../src/util/script-json.ts';

const hostile = 'A </script><script>alert(1)</script> & <!-- title';

describe('JSON-LD', () => {
  it('never lets text close the script element or open another: <, > and & are JSON escapes', () => {
    const text = scriptJson(caseJsonLd({ title: hostile, summary: '', url: '/cases/x/', firstReported: null, dramatization: false, sources: [] }));
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text).headline).toBe(hostile);
  });
  it('describes a case as an Article based on its reports, dated by its first report', () => {
    const ld = caseJsonLd({
      title: 'T',
      summary: ' S ',
      url: 'https://a.test/cases/x/',
      firstReported: { date: '2024-02', precision: 'month' },
      dramatization: true,
      sources: [{ title: 'R', url: 'https://news.test/r', outlet: 'News', published: null }],
    }) as Record<string, unknown>;
    expect(ld).toMatchObject({ '@type': 'Article', headline: 'T', description: 'S', datePublished: '2024-02', genre: 'Dramatization' });
    expect(ld.isBasedOn).toEqual([{ '@type': 'NewsArticle', headline: 'R', url: 'https://news.test/r', publisher: { '@type': 'Organization', name: 'News' } }]);
  });
  it('describes a source as a NewsArticle, with the original as sameAs and nothing it does not know', () => {
    const ld = articleJsonLd({ title: 'R', url: '/articles/r/', original: null, outlet: null, byline: null, published: null, language: 'und' });
    expect(ld).toEqual({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'R', url: '/articles/r/' });
  });
});

describe('the citation text', () => {
  it('leaves the access date to the reader, so the build does not depend on the day it ran', () => {
    const text = citationText({
      title: 'Gallium courier',
      url: 'https://a.test/cases/g/',
      firstReported: { date: '2023-09-25', precision: 'day' },
      dramatization: false,
    });
    expect(text).toBe('Casebook. “Gallium courier.” First reported 25 Sep 2023. https://a.test/cases/g/ (accessed [date]).');
  });
  it('says when it is a dramatization, and ends a title that has its own stop once', () => {
    expect(citationText({ title: 'Caught?', url: '/cases/x/', firstReported: null, dramatization: true })).toBe(
      'Casebook. “Caught?” Dramatization, not a reported case. /cases/x/ (accessed [date]).',
    );
  });
});
