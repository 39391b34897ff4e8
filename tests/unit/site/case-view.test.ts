import { describe, expect, it } from 'vitest';
import { MATERIAL_FACT } from '../../../src/model/schema.ts';
import { attribution, caseView } from '../../../src/site/case-view.ts';
import { buildModel } from '../../../src/site/site-model.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const model = buildModel(fixture);
const hrefs = { topic: (id: string) => `/topics/${id}/`, entity: (id: string) => `/entities/${id}/`, article: (id: string) => `/articles/${id}/` };

describe('caseView', () => {
  it('builds the facts panel with numbered citations of distinct paragraphs', () => {
    const view = caseView(model, model.case.get('wang')!, hrefs);
    const rows = Object.fromEntries(view.rows.map((r) => [r.key, r]));
    expect(rows.who!.values[0]).toMatchObject({ text: 'Wang', note: 'suspect', href: '/entities/person-wang/' });
    expect(rows.channel!.values[0]!.text).toBe('Part-time job offers');
    expect(rows.outcome!.values[0]).toMatchObject({ text: 'Sentenced', note: 'sentenced to 10 years in prison' });
    expect(rows.when!.values.map((v) => v.text)).toEqual(['Aug 2023', 'First reported 25 Sep 2023']);
    expect(rows.when!.values[0]!.note).toBe('sentence: Wang was sentenced to 10 years in prison.');
    expect(view.citations.map((c) => c.paragraph)).toEqual(['p3', 'p4']);
    expect(view.citations[1]!.text).toContain('sentenced to 10 years');
    expect(rows.outcome!.values[0]!.cites).toEqual([2]);
  });

  it('lists a person two reports give different roles once, with the roles beyond "named"', () => {
    const wang = model.case.get('wang')!;
    const person = wang.roles[0]!;
    const other = { ...person, role: 'other' as const, source: { article: 'gt-telecom', paragraph: 'p4' } };
    const who = (roles: typeof wang.roles) => caseView(model, { ...wang, roles }, hrefs).rows.find((r) => r.key === 'who')!.values;
    expect(who([person, other]).filter((v) => v.text === 'Wang')).toMatchObject([{ note: 'suspect' }]);
    expect(who([other]).filter((v) => v.text === 'Wang')).toMatchObject([{ note: 'named' }]);
    const recruiter = { ...person, role: 'recruiter' as const, source: other.source };
    expect(
      who([person, recruiter])
        .filter((v) => v.text === 'Wang')
        .map((v) => v.note),
    ).toEqual(['suspect, recruiter']);
  });

  it("lists the materials named in the reports' words after their topics, each once, capitalised and cited", () => {
    const wang = model.case.get('wang')!;
    const source = { article: 'gt-telecom', paragraph: 'p3' };
    const named = {
      ...wang,
      facts: [
        ...wang.facts,
        { field: MATERIAL_FACT, value: 'military secrets of the unit', source },
        { field: MATERIAL_FACT, value: 'Military secrets of the unit', source },
        { field: MATERIAL_FACT, value: 'classified data about U.S. Navy ships', source },
      ],
    };
    const row = caseView(model, named, hrefs).rows.find((r) => r.key === 'materials')!;
    expect(row.values.filter((v) => v.note === 'as reported').map((v) => v.text)).toEqual([
      'Military secrets of the unit',
      'Classified data about U.S. Navy ships',
    ]);
    expect(row.values.at(-1)!.cites.length).toBe(1);
  });

  it('says "date not stated" when no source is dated', () => {
    const view = caseView(model, model.case.get('comic')!, hrefs);
    expect(view.rows.find((r) => r.key === 'when')!.values.at(-1)!.text).toBe('Report date not stated');
    expect(view.rows.find((r) => r.key === 'outcome')!.values[0]!.text).toBe('Not stated in the sources');
  });
});

describe('where reports differ', () => {
  const wang = model.case.get('wang')!;
  const differing = {
    ...wang,
    disagreements: [
      {
        fact: 'prison-term' as const,
        versions: [
          { value: '10 years', normalised: '10 years', source: { article: 'gt-telecom', paragraph: 'p4' } },
          { value: 'twelve years', normalised: '12 years', source: { article: 'gt-telecom', paragraph: 'p2' } },
        ],
      },
    ],
  };
  it('gives each version its outlet and the number of its paragraph among the citations', () => {
    const view = caseView(model, differing, hrefs);
    expect(view.differences).toEqual([
      {
        fact: 'prison-term',
        label: 'Prison term',
        versions: [
          { value: '10 years', normalised: '10 years', outlet: 'Global Times', lang: 'en', article: 'gt-telecom', paragraph: 'p4', cite: 3 },
          { value: 'twelve years', normalised: '12 years', outlet: 'Global Times', lang: 'en', article: 'gt-telecom', paragraph: 'p2', cite: 1 },
        ],
      },
    ]);
    // A paragraph cited only by a version joins the quotes, its words highlighted like a fact's.
    expect(view.citations.map((c) => [c.paragraph, c.evidence.includes('twelve years')])).toEqual([
      ['p2', true],
      ['p3', false],
      ['p4', false],
    ]);
  });
  it('has no rows when the reports agree', () => expect(caseView(model, wang, hrefs).differences).toEqual([]));
});

describe('attribution', () => {
  it('names who asserts and who reported', () => {
    expect(attribution('Ministry of State Security', ['Global Times'])).toBe('According to the Ministry of State Security, as reported by Global Times.');
    expect(attribution(null, ['A', 'B', 'C'])).toBe('As reported by A, B and C; the sources do not say who disclosed it.');
    expect(attribution('MSS', [], 1)).toBe('According to the MSS, as reported by a news report that does not name its outlet.');
    expect(attribution('MSS', ['A'], 2)).toBe('According to the MSS, as reported by A, and 1 report without a named outlet.');
  });
});
