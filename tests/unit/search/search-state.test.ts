import { describe, expect, it } from 'vitest';
import { type DatasetLike, filterAttributes, pageOf, searchAnnotations } from '../../../src/search/shared/meta.ts';
import { parseState, stateToSearch, toggleFilter, withHighlight } from '../../../src/search/shared/url-state.ts';

describe('search state in the URL', () => {
  it('round-trips query, filters and sort in a canonical order', () => {
    const s = parseState('?material=gallium&q=%20gallium%20&type=case&sort=newest&material=germanium&bogus=1');
    expect(s).toEqual({ q: 'gallium', filters: { type: ['case'], material: ['gallium', 'germanium'] }, sort: 'newest' });
    expect(stateToSearch(s)).toBe('?q=gallium&type=case&material=gallium&material=germanium&sort=newest');
    expect(parseState(stateToSearch(s))).toEqual(s);
  });

  it('defaults: empty query, no filters, relevance; unknown sorts ignored', () => {
    expect(parseState('')).toEqual({ q: '', filters: {}, sort: 'relevance' });
    expect(parseState('?sort=random').sort).toBe('relevance');
    expect(stateToSearch(parseState(''))).toBe('');
  });

  it('toggles filter values', () => {
    let s = parseState('?q=x');
    s = toggleFilter(s, 'year', '2024', true);
    s = toggleFilter(s, 'year', '2023', true);
    expect(s.filters.year).toEqual(['2024', '2023']);
    s = toggleFilter(toggleFilter(s, 'year', '2024', false), 'year', '2023', false);
    expect(s.filters).toEqual({});
  });

  it('carries the query to the opened result, before the fragment', () => {
    expect(withHighlight('/cases/x/', 'Qi sentenced')).toBe('/cases/x/?pagefind-highlight=Qi%20sentenced');
    expect(withHighlight('/articles/a/#p3', '镓')).toBe('/articles/a/?pagefind-highlight=%E9%95%93#p3');
    expect(withHighlight('/a/', ' ')).toBe('/a/');
  });
});

const data: DatasetLike = {
  articles: [
    { id: 'a1', title: 'Gallium', outlet: 'Global Times', published: { date: '2024-02-04', precision: 'day' }, cases: ['c1'] },
    { id: 'a2', title: 'Other', outlet: 'SCMP', published: null, cases: ['c1'] },
  ],
  cases: [
    {
      id: 'c1',
      title: 'Gallium courier',
      people: ['person-qi'],
      topics: ['gallium', 'carry-on-courier', 'criminal-law'],
      events: [{ date: '2023-08', kind: 'event' }],
      sources: [{ article: 'a1' }, { article: 'a2' }],
    },
  ],
  topics: [
    { id: 'gallium', label: 'Gallium', kind: 'material' },
    { id: 'carry-on-courier', label: 'Carried by a traveller', kind: 'tactic' },
    { id: 'criminal-law', label: 'Criminal law', kind: 'law' },
  ],
  entities: [{ id: 'person-qi', name: 'Qi', kind: 'person', aliases: ['Mr Qi'] }],
};

describe('search annotations from the dataset', () => {
  it('knows indexed page paths', () => {
    expect(pageOf('cases/c1/')).toEqual({ type: 'case', id: 'c1' });
    expect(pageOf('/entities/person-qi/index.html')).toEqual({ type: 'entity', id: 'person-qi' });
    expect(pageOf('search/')).toBeNull();
    expect(pageOf('cases/')).toBeNull();
  });

  it('gives a case its topic filters (not law), outlets of its sources, year, date and people', () => {
    const a = searchAnnotations('cases/c1/', data)!;
    expect(a.filters).toEqual({ type: ['case'], material: ['gallium'], tactic: ['carry-on-courier'], outlet: ['Global Times', 'SCMP'], year: ['2023'] });
    expect(a.meta).toEqual({ type: 'case', date: '2023-08', outlet: 'Global Times, SCMP', people: 'Qi, Mr Qi' });
    expect(a.sort).toEqual({ date: '2023-08' });
    expect(filterAttributes(a)).toContain('material:gallium');
  });

  it('dates a case by its incident, never by its verdict', () => {
    const sentenced = { ...data, cases: [{ ...data.cases[0]!, events: [{ date: '2022', kind: 'sentence' }, ...data.cases[0]!.events] }] };
    expect(searchAnnotations('cases/c1/', sentenced)!.meta.date).toBe('2023-08');
  });

  it('gives an article its publication date but not its cases’ topics; undated pages carry no sort key', () => {
    expect(searchAnnotations('articles/a1/', data)!.filters.year).toEqual(['2024']);
    expect(searchAnnotations('articles/a1/', data)!.filters.material).toBeUndefined();
    const undated = searchAnnotations('articles/a2/', data)!;
    expect(undated.filters.year).toBeUndefined();
    expect(undated.sort).toEqual({});
  });

  it('gives a topic page its own kind as a filter', () => {
    expect(searchAnnotations('topics/gallium/', data)!.filters).toEqual({ type: ['topic'], material: ['gallium'] });
  });
});
