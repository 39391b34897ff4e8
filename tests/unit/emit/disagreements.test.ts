/**
 * A case's disagreements in its page: written in the front matter when there are any (and left out when
 * there are none), read back as they were, and kept as a contributor edited them when ingest runs again.
 */
import { describe, expect, it } from 'vitest';
import { caseMarkdown } from '../../../src/emit/emit.ts';
import { readCasePage } from '../../../src/emit/read-page.ts';
import { fileState, reconcile } from '../../../src/emit/reconcile.ts';
import { Case } from '../../../src/model/schema.ts';

const base = Case.parse({
  id: 'lin-haoran-d5a8ed',
  title: 'Shipyard engineer sold ship designs',
  summary: 'A former shipyard engineer sold classified ship designs to a foreign agency.',
  dramatization: false,
  people: [],
  organisations: [],
  places: [],
  topics: [],
  outcome: null,
  events: [],
  sources: [
    { article: 'harbour', paragraphs: ['p1'] },
    { article: 'lantern', paragraphs: ['p1'] },
  ],
});
const differing: Case = {
  ...base,
  disagreements: [
    {
      fact: 'prison-term',
      versions: [
        { value: 'four years', normalised: '4 years', source: { article: 'harbour', paragraph: 'p1' } },
        { value: 'five years', normalised: '5 years', source: { article: 'lantern', paragraph: 'p1' } },
      ],
    },
    {
      fact: 'documents',
      versions: [
        { value: '180份', normalised: '180 documents', source: { article: 'harbour', paragraph: 'p1' } },
        { value: 'more than 200 documents', normalised: '≥200 documents', source: { article: 'lantern', paragraph: 'p1' } },
      ],
    },
  ],
};
const path = 'cases/lin-haoran-d5a8ed.md';
const read = (text: string) => {
  const page = readCasePage(path, text);
  if (!page.ok) throw new Error(page.error);
  return page.value;
};

describe('disagreements in a case page', () => {
  it('are written in the front matter and read back as they were', () => {
    const text = caseMarkdown(differing, ['seeds/a.txt', 'seeds/b.txt']);
    expect(text).toContain('disagreements:');
    expect(read(text)).toEqual(differing);
  });
  it('are left out when the reports agree, and read back as none', () => {
    const text = caseMarkdown(base, ['seeds/a.txt']);
    expect(text).not.toContain('disagreements');
    expect(read(text).disagreements).toEqual([]);
  });
  it('survive ingest as a contributor edited them (a version corrected by hand)', () => {
    const generated = caseMarkdown(differing, ['seeds/a.txt', 'seeds/b.txt']);
    const edited = generated.replace('value: five years', 'value: five years (reduced to four on appeal)');
    expect(fileState(edited)).toBe('edited');
    const plan = reconcile(new Map([[path, generated]]), new Map([[path, edited]]));
    expect(plan.write.has(path)).toBe(false);
    expect(plan.human.get(path)?.text).toBe(edited);
    expect(read(edited).disagreements[0]!.versions[1]!.value).toBe('five years (reduced to four on appeal)');
  });
  it('a hand-written page may state its own, checked like generated ones', () => {
    const text = caseMarkdown(differing, ['seeds/a.txt']).replace('fact: documents', 'fact: sheep');
    expect(readCasePage(path, text).ok).toBe(false);
  });
});
