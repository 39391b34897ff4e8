import { describe, expect, it } from 'vitest';
import { caseCount, casesPhrase, splitCases } from '../../../src/site/case-split.ts';
import { buildModel } from '../../../src/site/site-model.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const c = (id: string, dramatization = false) => ({ id, dramatization });

describe('the split of cases and dramatizations', () => {
  it('keeps the order and puts each entry on one side', () => {
    expect(splitCases([c('a'), c('b', true), c('d')])).toEqual({ cases: [c('a'), c('d')], dramatizations: [c('b', true)] });
  });
  it('counts and words the counts the same way everywhere', () => {
    expect(caseCount([c('a'), c('b', true)])).toBe(1);
    expect(casesPhrase([c('a')])).toBe('1 case');
    expect(casesPhrase([c('a'), c('b'), c('x', true)])).toBe('2 cases and 1 dramatization');
    expect(casesPhrase([c('x', true), c('y', true)])).toBe('no case and 2 dramatizations');
    expect(casesPhrase([])).toBe('no case');
  });
  it('is what the site model carries', () => {
    const model = buildModel(fixture);
    expect(model.reported.map((x) => x.id)).toEqual(model.cases.filter((x) => !x.dramatization).map((x) => x.id));
    expect(model.dramatizations.map((x) => x.id)).toEqual(['comic']);
  });
});
