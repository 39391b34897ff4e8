import { describe, expect, it } from 'vitest';
import { entityMentions } from '../../../src/site/entities.ts';
import { buildModel } from '../../../src/site/site-model.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const model = buildModel(fixture);

describe('entityMentions', () => {
  it('quotes each paragraph that names an entity, once', () => {
    const mentions = entityMentions(model, 'person-jason');
    expect(mentions).toEqual([{ article: 'blog-comic', paragraph: 'p1', text: expect.stringContaining('Jason'), cases: ['comic'] }]);
  });
});
