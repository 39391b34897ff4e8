import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/site/site-model.ts';
import { groupTimeline, inDisplayOrder, type TimelineItem, timelineFor } from '../../../src/site/timeline.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const model = buildModel(fixture);

describe('timeline', () => {
  it('keeps disclosures (publication dates) and events apart, with their own precision', () => {
    const wang = model.timeline.filter((i) => i.caseId === 'wang');
    expect(wang.map((i) => [i.kind, i.date])).toEqual([
      ['sentence', { date: '2023-08', precision: 'month' }],
      ['disclosure', { date: '2023-09-25', precision: 'day' }],
    ]);
  });

  it('groups by year and month, year-only items apart, undated items never guessed', () => {
    const groups = groupTimeline(model.timeline);
    expect(groups.years.map((y) => y.year)).toEqual(['2023', '2024']);
    expect(groups.years[0]!.months.map((m) => m.label)).toEqual(['August 2023', 'September 2023', '2023, month not stated']);
    expect(groups.undated.map((i) => i.caseId)).toEqual(['comic']);
    expect(groups.undated[0]!.date).toBeNull();
  });

  it('filters by topic, entity and kind', () => {
    expect(new Set(timelineFor(model, { topic: 'gallium' }).map((i) => i.caseId))).toEqual(new Set(['gallium']));
    expect(new Set(timelineFor(model, { entity: 'person-wang' }).map((i) => i.caseId))).toEqual(new Set(['wang']));
    expect(new Set(timelineFor(model, { kind: 'channel' }).map((i) => i.caseId))).toEqual(new Set(['wang', 'xiao-jun']));
  });
});

describe('inDisplayOrder', () => {
  it('orders items as the timeline shows them: months in order, then the year without a month, then undated', () => {
    const item = (key: string, date: string | null, precision: 'day' | 'month' | 'year' = 'day') =>
      ({
        key,
        date: date ? { date, precision } : null,
        kind: 'event',
        label: key,
        caseId: key,
        caseTitle: key,
        dramatization: false,
        source: { article: 'a', paragraph: 'p1' },
        outlet: null,
        topics: [],
        kinds: [],
        entities: [],
      }) as TimelineItem;
    const items = [item('undated', null), item('year', '2023', 'year'), item('aug', '2023-08-02'), item('jan', '2023-01-05'), item('2022', '2022-12-31')];
    expect(inDisplayOrder(items).map((i) => i.key)).toEqual(['2022', 'jan', 'aug', 'year', 'undated']);
  });
});
