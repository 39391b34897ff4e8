import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/site/site-model.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const model = buildModel(fixture);

describe('buildModel', () => {
  it('indexes cases by topic, entity and article; latest report first, undated last', () => {
    expect(model.cases.map((c) => c.id)).toEqual(['gallium', 'xiao-jun', 'wang', 'comic']);
    expect(model.casesByTopic.get('state-secrets')!.map((c) => c.id)).toEqual(['xiao-jun', 'wang']);
    expect(model.casesByEntity.get('org-mss')!.length).toBe(3);
    expect(
      model.casesByArticle
        .get('gt-telecom')!
        .map((c) => c.id)
        .sort(),
    ).toEqual(['wang', 'xiao-jun']);
    expect(model.firstReported.get('comic')).toBeNull();
  });
});
