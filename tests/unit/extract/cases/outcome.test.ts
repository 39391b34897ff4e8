import { describe, expect, it } from 'vitest';
import { findOutcome, outcomeLabel, parsePrisonTerm } from '../../../../src/extract/cases/outcome.ts';

const p = (...texts: string[]) => texts.map((text, i) => ({ id: `p${i + 1}`, text }));

describe('prison terms', () => {
  it.each([
    ['Qi was sentenced to 2 years and 3 months in prison and deprived of political rights for 1 year.', 27, '2 years and 3 months', 1],
    ['He was sentenced to seven years in prison by a court in Sichuan.', 84, 'seven years', null],
    ['sentenced to 18 months in prison', 18, '18 months', null],
    ['The court sentenced Qi to two years and three months in prison and stripped him of political rights.', 27, 'two years and three months', null],
    ['He was sentenced to death and deprived of political rights for life.', null, 'death', null],
  ])('%s', (text, months, termText, rightsYears) => {
    const term = parsePrisonTerm(text)!;
    expect(term.months).toBe(months);
    expect(term.text).toBe(termText);
    expect(term.politicalRightsYears).toBe(rightsYears);
  });

  it('does not read an age as a term', () => {
    expect(parsePrisonTerm('The 45-year-old man was sentenced to life imprisonment.')?.life).toBe(true);
  });
});

describe('the headline outcome', () => {
  it.each([
    [['Before his meeting with the agency, the MSS arrested Zhong, preventing further risks.'], 'arrested', 'the MSS arrested Zhong'],
    [
      ['The MSS intercepted his actions.', 'Qi was sentenced to 2 years and 3 months in prison and deprived of political rights for 1 year.'],
      'sentenced',
      'sentenced to 2 years and 3 months in prison and deprived of political rights for 1 year',
    ],
    [['The MSS intervened and imposed administrative penalties on Song.'], 'administrative-penalty', null],
    [['Zhang suddenly realized the situation and reported it to the national security agency.'], 'reported-by-target', null],
    [['這名研究員去年泄密被抓。'], 'arrested', null],
    [['一名工程師在出境時被捕。'], 'arrested', null],
    // 拘捕, the word for an arrest in Hong Kong, Taiwan and Southeast Asian Chinese reports.
    [['當局已拘捕多名涉嫌為外國從事間諜活動的公民。'], 'arrested', null],
    // A term of years and 徒刑, as Taiwanese reports give a verdict: a prison term.
    [['前助理涉共諜案，一審6年4月徒刑。'], 'sentenced', null],
    [['高院更審改判該名軍官15年徒刑。'], 'sentenced', null],
    [['漁民靠岸後隨即致電國安機關舉報。'], 'reported-by-target', null],
    [
      ['The authorities discovered that this individual, who was stopped at the airport, had gallium in their luggage.'],
      'intercepted',
      'who was stopped at the airport',
    ],
    [['The ministry and other departments had since cut off the smuggling, the statement said.'], 'channel-cut-off', null],
    [['掌握确凿证据后，国家安全机关会同有关部门依法采取行动，截断稀土非法出境渠道。'], 'channel-cut-off', null],
    [['掌握確鑿證據後，國家安全機關會同有關部門依法採取行動，截斷稀土非法出境渠道。'], 'channel-cut-off', null],
    [['However, Chinese national security soon uncovered that Xiao was selling state secrets.'], 'uncovered', null],
    [['Huang had been "dealt with according to the law", the ministry said.'], 'unknown', null],
  ] as const)('%j -> %s', (texts, kind, text) => {
    const outcome = findOutcome(p(...texts), 'a1')!;
    expect(outcome.kind).toBe(kind);
    if (text) expect(outcome.text).toBe(text);
    expect(outcome.source?.article).toBe('a1');
  });

  it.each([
    'Those who violate these rules could face serious consequences, including arrest.',
    'The MSS said it will be arrested if found.',
    'Anyone who exports gallium without a licence may be sentenced.',
  ])('what may happen is no outcome: %s', (text) => {
    expect(findOutcome(p(text), 'a1')).toBeNull();
  });

  it.each([
    'HARBIN, May 14 (Reuters) - A court has sentenced a former engineer to four years in prison for selling state secrets.',
    'On May 3 the court sentenced the engineer to four years in prison.',
    'In May 2024 a court sentenced the engineer to four years in prison.',
    'The engineer was arrested in May and a court later sentenced him to four years in prison.',
  ])('the month May is no modal word: %s', (text) => {
    expect(findOutcome(p(text), 'a1')?.kind).toBe('sentenced');
  });

  it.each(['The court may sentence him to four years in prison.', 'May the court sentence him to four years in prison?'])(
    'the modal may still says what may happen: %s',
    (text) => {
      expect(findOutcome(p(text), 'a1')).toBeNull();
    },
  );

  it('labels titles with the term', () => {
    expect(outcomeLabel({ kind: 'sentenced', text: 'sentenced to 2 years and 3 months in prison', source: null })).toBe('sentenced to 2 years and 3 months');
  });
});

describe('a term prosecutors ask for', () => {
  it('is no sentence handed down: "求處8年徒刑"', () => {
    expect(findOutcome(p('檢方依法起訴，求處8年徒刑。'), 'a1')?.kind).not.toBe('sentenced');
  });
});
