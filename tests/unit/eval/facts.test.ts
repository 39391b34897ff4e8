import { describe, expect, it } from 'vitest';
import { alignCases, caseDate, factMatches, factTotals, scoreFacts } from '../../../src/eval/facts.ts';
import type { GoldArticle } from '../../../src/eval/gold.ts';
import { nameMatches } from '../../../src/eval/score.ts';
import { type Case, type CaseEvent, type Dataset, FORMAT } from '../../../src/model/schema.ts';

describe('factMatches', () => {
  it.each([
    ['Düsseldorf', 'Dusseldorf', true],
    ['Oxfordshire', 'Witney, Oxfordshire', true],
    ['Ministry of State Security', 'Ministry of State Security’s', true],
    ['臺北', '台北', true],
    ['高雄地检署', '高雄地檢署', true],
    ['London', 'Londonderry', false],
    ['国家安全部', '国家安全机关', false],
  ])('%s ~ %s: %s', (gold, found, want) => expect(factMatches(gold, found)).toBe(want));
});

const ref = (paragraph: string, article = 'a') => ({ article, paragraph });

function aCase(over: Partial<Case>): Case {
  return {
    id: 'c',
    title: 't',
    summary: '',
    dramatization: false,
    people: [],
    organisations: [],
    places: [],
    topics: [],
    outcome: null,
    events: [],
    sources: [{ article: 'a', paragraphs: ['p1'] }],
    roles: [],
    facts: [],
    assertedBy: null,
    background: [],
    backgroundEvents: [],
    disagreements: [],
    ...over,
  };
}

const dataset = (cases: Case[]): Dataset => ({
  format: FORMAT,
  articles: [],
  cases,
  topics: [],
  entities: [
    { id: 'p-wei', name: 'Wei', kind: 'person', aliases: [] },
    { id: 'p-liu', name: 'Liu', kind: 'person', aliases: [] },
    { id: 'pl-sd', name: 'San Diego', kind: 'place', aliases: [] },
    { id: 'pl-us', name: 'United States', kind: 'place', aliases: [] },
    { id: 'o-navy', name: 'U.S. Navy', kind: 'organisation', aliases: [] },
  ],
  skipped: [],
});

const peopleOf = (ds: Dataset) => (c: Case) => c.people.map((id) => ds.entities.find((e) => e.id === id)!.name);

describe('scoreFacts', () => {
  const gold: GoldArticle = {
    file: 'a.txt',
    body_must_include: [],
    body_must_exclude: [],
    events: [],
    cases: [
      { label: 'Liu', dramatization: false, people: ['Liu'], materials: [], tactics: [], outcome: [], places: [], date: null },
      {
        label: 'Wei',
        dramatization: false,
        people: ['Wei'],
        materials: [],
        tactics: [],
        outcome: [],
        places: ['San Diego'],
        organisations: ['U.S. Navy'],
        date: { date: '2022', precision: 'year' },
      },
    ],
  };

  it('matches found cases to gold cases by their people, not their order', () => {
    const wei = aCase({ people: ['p-wei'] });
    const liu = aCase({ people: ['p-liu'] });
    const ds = dataset([wei, liu]);
    expect(alignCases(gold.cases, [wei, liu], peopleOf(ds), nameMatches)).toEqual([1, 0]);
  });

  it('counts a background place and a policy date as wrong facts, and the case’s own as right', () => {
    const wei = aCase({
      people: ['p-wei'],
      places: ['pl-sd', 'pl-us'],
      organisations: ['o-navy'],
      events: [{ date: '2022-03', precision: 'month', label: 'x', kind: 'event', source: ref('p2') }],
      facts: [
        { field: 'place:pl-sd', value: 'San Diego', source: ref('p1') },
        { field: 'place:pl-us', value: 'United States', source: ref('p9') },
        { field: 'organisation:o-navy', value: 'U.S. Navy', source: ref('p1') },
      ],
    });
    const liu = aCase({ people: ['p-liu'], events: [{ date: '2023-08', precision: 'month', label: 'rules', kind: 'event', source: ref('p5') }] });
    const ds = dataset([liu, wei]);
    const s = scoreFacts(gold, 'a', [liu, wei], ds, peopleOf(ds), nameMatches);
    expect(s.place).toMatchObject({ recall: { hit: 1, total: 1 }, precision: { hit: 1, total: 2 } });
    expect(s.organisation).toMatchObject({ recall: { hit: 1, total: 1 }, precision: { hit: 1, total: 1 } });
    // Liu's case has no date of its own in the gold: the one read is wrong; Wei's 2022 is right.
    expect(s.date).toMatchObject({ recall: { hit: 1, total: 1 }, precision: { hit: 1, total: 2 } });
    expect(factTotals(s)).toEqual({ recall: { hit: 3, total: 3 }, precision: { hit: 3, total: 5 } });
  });

  it('counts an entity once when an incident read as two cases names it in both', () => {
    const half = (id: string) =>
      aCase({ id, people: ['p-wei'], places: ['pl-us'], facts: [{ field: 'place:pl-us', value: 'United States', source: ref('p1') }] });
    const [one, two] = [half('c1'), half('c2')];
    const ds = dataset([one, two]);
    const s = scoreFacts(gold, 'a', [one, two], ds, peopleOf(ds), nameMatches);
    expect(s.place.precision).toEqual({ hit: 0, total: 1 });
  });

  it('scores only the facts read from this article, and no field the gold leaves out', () => {
    const wei = aCase({
      people: ['p-wei'],
      places: ['pl-us'],
      facts: [{ field: 'place:pl-us', value: 'United States', source: ref('p1', 'other-article') }],
    });
    const ds = dataset([wei]);
    const { organisations: _o, ...noOrgs } = gold.cases[1]!;
    const s = scoreFacts({ ...gold, cases: [noOrgs] }, 'a', [wei], ds, peopleOf(ds), nameMatches);
    expect(s.place.precision.total).toBe(0);
    expect(s.organisation.recall.total).toBe(0);
  });

  it('takes the earliest event that is not a disclosure as the case’s date', () => {
    expect(
      caseDate([
        { date: '2021', precision: 'year', label: '', kind: 'disclosure', source: ref('p1') },
        { date: '2023-05', precision: 'month', label: '', kind: 'sentence', source: ref('p2') },
        { date: '2022-01-02', precision: 'day', label: '', kind: 'event', source: ref('p3') },
      ])?.date,
    ).toBe('2022-01-02');
  });

  it('never dates the incident by its trial or verdict, as the site does not; an arrest or charge dates it when no act is dated', () => {
    const ev = (date: string, kind: CaseEvent['kind']): CaseEvent => ({ date, precision: 'month', label: '', kind, source: ref('p1') });
    // "sentenced in December 2015": the verdict is no date of the leak.
    expect(caseDate([ev('2015-12', 'sentence'), ev('2016-04', 'trial')])).toBeNull();
    expect(caseDate([ev('2024-11', 'trial'), ev('2024-08', 'charge'), ev('2023-03', 'arrest')])?.date).toBe('2023-03');
  });
});

describe('falseLinks', () => {
  it('counts a case joining two articles whose gold cases differ, and not one whose gold cases share an id', async () => {
    const { falseLinks } = await import('../../../src/eval/false-links.ts');
    const joined = aCase({
      id: 'j',
      people: ['p-wei'],
      sources: [
        { article: 'a', paragraphs: ['p1'] },
        { article: 'b', paragraphs: ['p1'] },
        { article: 'c', paragraphs: ['p1'] },
      ],
    });
    const ds = { ...dataset([joined]), articles: ['a', 'b', 'c'].map((id) => ({ id, seed: `${id}.txt` })) } as unknown as Dataset;
    const goldCase = (id: string) => ({ id, label: id, dramatization: false, people: ['Wei'], materials: [], tactics: [], outcome: [] });
    const art = (file: string, id: string) => ({ file, body_must_include: [], body_must_exclude: [], events: [], cases: [goldCase(id)] });
    const result = falseLinks(
      ds,
      { format: 'casebook-gold/1', articles: [art('a.txt', 'k1'), art('b.txt', 'k1'), art('c.txt', 'k2')] },
      () => [joined],
      peopleOf(ds),
      nameMatches,
      (f) => f,
    );
    expect(result.total).toBe(3);
    expect(result.wrong).toEqual(['a + c', 'b + c']);
  });
});
