import { describe, expect, it } from 'vitest';
import { checkWeekdays, dateFromUrl, findDates, parseDate, parseDateline, resolveNumeric } from '../../../../src/extract/metadata/dates.ts';

describe('findDates', () => {
  it.each([
    ['In August 2023, the ministry acted.', '2023-08', 'month', 'August 2023'],
    ['Since Aug. 2023 exports need licences.', '2023-08', 'month', 'Aug. 2023'],
    ['Published: Feb 04, 2024 09:50 AM', '2024-02-04', 'day', 'Feb 04, 2024'],
    ['on February 4, 2024.', '2024-02-04', 'day', 'February 4, 2024'],
    ['on 4 February 2024 the comic', '2024-02-04', 'day', '4 February 2024'],
    ['dated 2024-02-04 in the file', '2024-02-04', 'day', '2024-02-04'],
    ['at 2024-02-04T09:50:00+08:00', '2024-02-04', 'day', '2024-02-04T09:50:00+08:00'],
    ['the ring operated in 2023 and', '2023', 'year', '2023'],
    ['出口管制自2023年8月起实施', '2023-08', 'month', '2023年8月'],
    ['2023年8月5日，国家安全部', '2023-08-05', 'day', '2023年8月5日'],
    ['on 25/09/2023 he', '2023-09-25', 'day', '25/09/2023'],
    ['on 09/25/2023 he', '2023-09-25', 'day', '09/25/2023'],
    ['Monday, Sept. 25, 2023', '2023-09-25', 'day', 'Monday, Sept. 25, 2023'],
    ['Updated 09:14, 02-Nov-2023', '2023-11-02', 'day', '02-Nov-2023'],
  ])('%s -> %s (%s)', (text, date, precision, shown) => {
    const found = findDates(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date, precision, text: shown });
    expect(text.slice(found[0]!.index, found[0]!.index + shown.length)).toBe(shown);
  });

  it.each([
    ['ambiguous day and month', 'on 03/04/2024 he'],
    ['a number that is not a year', '1,482 suspects were handed over'],
    ['a bare number', 'he had 2023 followers'],
    ['month and day without a year', 'on August 5 the ministry'],
    ['a relative day', 'on Friday the ministry said'],
    ['a relative time', 'an hour ago'],
    ['an impossible date', 'on February 30, 2024'],
  ])('never invents: %s', (_what, text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('finds several dates in order', () => {
    expect(findDates('Contacted in 2022, arrested in September 2023 and sentenced on 4 March 2024.').map((d) => d.date)).toEqual([
      '2022',
      '2023-09',
      '2024-03-04',
    ]);
  });
});

describe('resolveNumeric', () => {
  it.each([
    [25, 9, '2023-09-25'],
    [9, 25, '2023-09-25'],
    [3, 4, null],
    [13, 13, null],
  ])('%i/%i', (a, b, want) => {
    expect(resolveNumeric(a, b, 2023)?.date ?? null).toBe(want);
  });
});

describe('parseDate', () => {
  it.each([
    ['Sep 25, 2023 10:59 AM', '2023-09-25', 'day'],
    ['2024-03-12 14:05', '2024-03-12', 'day'],
    ['2024-02-04T09:50:00+08:00', '2024-02-04', 'day'],
    ['8:30pm, 14 Jan 2024', '2024-01-14', 'day'],
    ['2023-09', '2023-09', 'month'],
    ['2023', '2023', 'year'],
  ])('%s', (input, date, precision) => {
    expect(parseDate(input)).toEqual({ date, precision });
  });
  it('reads a YAML date', () => expect(parseDate(new Date('2024-05-20T00:00:00Z'))).toEqual({ date: '2024-05-20', precision: 'day' }));
  it.each(['an hour ago', 'on Friday', 'yesterday', '12/03/2024', 'no date here, only in 2023'])('null for %s', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('parseDateline', () => {
  it.each([
    ['BEIJING, Oct 10 (Reuters) - China said', { place: 'BEIJING', month: 10, day: 10, year: null, agency: 'Reuters' }],
    ['BEIJING, Jan. 5 (Xinhua) -- China will', { place: 'BEIJING', month: 1, day: 5, year: null, agency: 'Xinhua' }],
    ['HONG KONG, March 3, 2024 (AP) — Police', { place: 'HONG KONG', month: 3, day: 3, year: 2024, agency: 'AP' }],
    ['新华社北京1月5日电 国家安全部', { place: '北京', month: 1, day: 5, year: null, agency: '新华社' }],
  ])('%s', (text, want) => {
    expect(parseDateline(text)).toMatchObject(want);
  });
  it('is not fooled by an ordinary opening', () => {
    expect(parseDateline('China’s top spy agency, known as the MSS, has announced a crackdown.')).toBeNull();
  });
});

describe('checkWeekdays', () => {
  const monday = { date: '2023-09-25', precision: 'day' as const };
  it('accepts the day itself', () => expect(checkWeekdays('exposed several cases on Monday', monday)).toEqual([]));
  it('accepts the days just before', () => expect(checkWeekdays('said on Friday', monday)).toEqual([]));
  it('warns when the weekday cannot fit', () => expect(checkWeekdays('said on Wednesday', monday)).toHaveLength(1));
  it('warns when a weekday names the wrong day of a full date', () => {
    expect(checkWeekdays('on Tuesday, Sept. 25, 2023', monday)[0]).toMatch(/names a Tuesday/);
  });
  it('says nothing for a month-precision date', () => expect(checkWeekdays('on Wednesday', { date: '2023-09', precision: 'month' })).toEqual([]));
});

describe('dateFromUrl', () => {
  it.each([
    ['https://www.reuters.com/world/china/story-2024-10-10/', '2024-10-10'],
    ['https://www.chinadaily.com.cn/a/202403/12/WS65f.html', '2024-03-12'],
    ['https://example.com/2023/09/25/story', '2023-09-25'],
    ['https://example.com/news/1015321', null],
    ['https://paper.example/zh-hans/article/20240517-three-charged-for-spying', '2024-05-17'],
    ['https://paper.example/amp/national-charged-in-canberra-20250804/8053537.html', '2025-08-04'],
    ['https://paper.example/story/item-20251399/1.html', null],
    ['https://paper.example/tag/spy-20250804-extra/1.html', null],
    ['https://paper.example/en/article/2025110409040191082', '2025-11-04'],
    ['https://paper.example/national-charged-with-interference--20250804145037', '2025-08-04'],
    ['https://paper.example/article/2012345678901', null],
    ['https://paper.example/article/20250804991234', null],
    ['not a url', null],
  ])('%s', (url, want) => expect(dateFromUrl(url)?.date ?? null).toBe(want));
});

describe('findDates: dates said relative to the year of publication', () => {
  it.each([
    ['赵某于今年3月通过12339举报。', 2025, [['2025-03', 'month']]],
    [
      '去年8月，李某在社交软件上结识对方；前年5月12日他曾出境。',
      2025,
      [
        ['2024-08', 'month'],
        ['2023-05-12', 'day'],
      ],
    ],
    [
      'The parcels were seized in March this year and the trial began in October last year.',
      2025,
      [
        ['2025-03', 'month'],
        ['2024-10', 'month'],
      ],
    ],
    ['Customs seized the ingots this July.', 2025, [['2025-07', 'month']]],
  ])('%s (published %d)', (text, year, want) => {
    expect(findDates(text, year).map((d) => [d.date, d.precision])).toEqual(want);
  });
  it('reads none of them without the year of publication: that would be a guess', () => {
    expect(findDates('赵某于今年3月举报，去年8月出境；seized in March this year.')).toEqual([]);
  });
});
