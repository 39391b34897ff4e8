import { describe, expect, it } from 'vitest';
import { casesByKind, casesOverTime, topicMatrix } from '../../../src/site/chart-figures.ts';
import { buildModel } from '../../../src/site/site-model.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const model = buildModel(fixture);

describe('counts for pictures', () => {
  it('bins cases over time and counts undated apart', () => {
    const t = casesOverTime(model);
    expect(t.unit).toBe('month');
    expect(t.bins[0]).toEqual({ id: '2023-09', label: 'Sep 2023', count: 2 });
    expect(t.bins.at(-1)).toEqual({ id: '2024-02', label: 'Feb 2024', count: 1 });
    expect(t.bins.length).toBe(6);
    // The only undated entry of the fixture is the comic: a dramatization, not a case, so not counted at all.
    expect(t.undated).toBe(0);
  });
  it('counts every reported case once and no dramatization, in every picture', () => {
    const t = casesOverTime(model);
    expect(t.bins.reduce((n, b) => n + b.count, 0) + t.undated).toBe(model.reported.length);
    expect(model.reported.length).toBe(model.cases.length - 1);
    for (const k of casesByKind(model)) expect(k.count).toBeLessThanOrEqual(model.reported.length);
    const m = topicMatrix(model, 'tactic', 'material');
    expect([...m.cells.values()].flat()).not.toContain('comic');
  });
  it('counts cases by topic kind', () => {
    expect(Object.fromEntries(casesByKind(model).map((k) => [k.kind, k.count]))).toMatchObject({ channel: 2, material: 3, law: 0 });
  });
  it('crosses two kinds, keeping only rows and columns with a case', () => {
    const m = topicMatrix(model, 'channel', 'sector');
    expect(m.rows.map((r) => r.id)).toEqual(['online-loans', 'recruitment-part-time-job']);
    expect(m.cols.map((c) => c.id)).toEqual(['military']);
    expect(m.cells.get('online-loans|military')).toEqual(['xiao-jun']);
  });
});
