import { describe, expect, it } from 'vitest';
import { rankRelated } from '../../../src/site/related-cases.ts';
import { buildModel } from '../../../src/site/site-model.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const model = buildModel(fixture);

describe('rankRelated', () => {
  it('ranks by shared topics and entities, rare ones first, never the case itself', () => {
    const related = rankRelated(model.cases, 'wang');
    expect(related[0]!.case.id).toBe('xiao-jun');
    expect(related[0]!.topics.sort()).toEqual(['military', 'selling-secrets', 'state-secrets']);
    expect(related[0]!.sameSource).toBe(true);
    expect(related.map((r) => r.case.id)).not.toContain('wang');
    expect(related.map((r) => r.case.id)).not.toContain('comic');
  });
});
