/**
 * The word lists of src/vocab/quantities.ts and the numerals of src/vocab/numbers.ts, each entry held to a
 * line of the kind it is there to read: removing an entry makes its line fail (its reading disappears, or
 * its words as written change).
 */
import { describe, expect, it } from 'vitest';
import { actDates } from '../../../src/extract/compare/act-dates.ts';
import { hanValue, numberValue } from '../../../src/extract/compare/numerals.ts';
import { documentCounts, fines, materialAmounts, prisonTerms } from '../../../src/extract/compare/quantities.ts';
import type { Reading } from '../../../src/extract/compare/readings.ts';
import { HALF_WORDS, HAN_DIGITS, HAN_MYRIADS, HAN_UNITS, ONE_ARTICLES, SCALE_WORDS, TENS_WORDS } from '../../../src/vocab/numbers.ts';
import {
  ABOUT_AFTER,
  ABOUT_BEFORE,
  AT_LEAST_AFTER,
  AT_LEAST_BEFORE,
  AT_MOST_BEFORE,
  CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES,
  DEATH_TERMS,
  DOCUMENT_NOUNS,
  DURATION_UNITS,
  FINE_CUES,
  HAN_DOCUMENT_NOUNS,
  LIFE_TERMS,
  MASS_ABBREVIATIONS,
  MASS_UNITS,
  OVER_PARTICLE_VERBS,
  REPORTING_VERBS,
  TERM_CUES_AFTER,
  TERM_CUES_BEFORE,
  TERM_HYPOTHETICAL,
  TERM_STOPS,
} from '../../../src/vocab/quantities.ts';

const one = (readings: Reading[]) => readings.map((r) => [r.written, r.normalised]);
const han = (s: string) => /\p{Script=Han}/u.test(s);
/** Lines keyed by the entry they hold; the list must have no entry without a line. */
function covers(list: readonly string[] | Readonly<Record<string, unknown>>, lines: Record<string, unknown>) {
  it('has a line for every entry', () => expect(Object.keys(lines).sort()).toEqual((Array.isArray(list) ? [...list] : Object.keys(list)).sort()));
}

describe('numerals', () => {
  const tens: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
  covers(TENS_WORDS, tens);
  it.each(Object.entries(tens))('%s is %i', (word, n) => expect(numberValue(word)).toBe(n));
  const scales: Record<string, number> = { hundred: 200, thousand: 2000, million: 2_000_000, billion: 2_000_000_000 };
  covers(SCALE_WORDS, scales);
  it.each(Object.entries(scales))('two %s is %i', (word, n) => expect(numberValue(`two ${word}`)).toBe(n));
  const articles: Record<string, string> = { a: 'He was jailed for a year.', an: 'He was jailed for an 18-month term.' };
  covers(ONE_ARTICLES, articles);
  it('"a" before a unit is one', () => expect(prisonTerms(articles.a!).map((r) => r.normalised)).toEqual(['1 year']));
  it('"an" is one', () => expect(numberValue('an')).toBe(1));
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  covers(HAN_DIGITS, digits);
  it.each(Object.entries(digits))('%s is %i', (c, n) => expect(hanValue(`${c}十`)).toBe(n === 0 ? 10 : n * 10));
  const units: Record<string, number> = { 十: 30, 百: 300, 千: 3000 };
  covers(HAN_UNITS, units);
  it.each(Object.entries(units))('三%s is %i', (c, n) => expect(hanValue(`三${c}`)).toBe(n));
  const myriads: Record<string, number> = { 万: 50_000, 萬: 50_000, 亿: 500_000_000, 億: 500_000_000 };
  covers(HAN_MYRIADS, myriads);
  it.each(Object.entries(myriads))('五%s is %i', (c, n) => expect(hanValue(`五${c}`)).toBe(n));
  it.each([
    ['one hundred and fifty', 150],
    ['twenty-five', 25],
    ['1,500', 1500],
    ['1.5万', 15000],
    ['1.2 million', 1_200_000],
  ])('%s is %i', (text, n) => expect(numberValue(text)).toBe(n));
  it.each([
    ['十二', 12],
    ['二十五', 25],
    ['一千五百', 1500],
    ['三万五千', 35000],
    ['一亿五千万', 150_000_000],
    ['二〇二三', 2023],
  ])('%s is %i', (text, n) => expect(hanValue(text)).toBe(n));
  const halves: Record<string, [string, string]> = {
    'and a half': ['He was jailed for one and a half years.', 'one and a half years'],
    半: ['杜某获刑一年半。', '一年半'],
  };
  covers(HALF_WORDS, halves);
  it.each(Object.entries(halves))('"%s" adds half the unit', (_word, [line, written]) => {
    expect(one(prisonTerms(line))).toEqual([[written, '1 year 6 months']]);
  });
});

describe('units of a prison term', () => {
  const lines: Record<string, [string, string]> = {
    year: ['He was jailed for 1 year.', '1 year'],
    years: ['He was jailed for 4 years.', '4 years'],
    month: ['He was jailed for 1 month.', '1 month'],
    months: ['He was jailed for 18 months.', '1 year 6 months'],
    年: ['杜某获刑4年。', '4 years'],
    个月: ['杜某获刑10个月。', '10 months'],
    個月: ['杜某獲刑10個月。', '10 months'],
  };
  covers(DURATION_UNITS, lines);
  it.each(Object.entries(lines))('%s', (_unit, [line, want]) => expect(prisonTerms(line).map((r) => r.normalised)).toEqual([want]));
});

describe('units of mass', () => {
  const lines: Record<string, [string, string]> = {
    tonne: ['Customs seized 1 tonne of gallium.', '1000 kg'],
    tonnes: ['Customs seized 2 tonnes of gallium.', '2000 kg'],
    'metric ton': ['Customs seized 1 metric ton of gallium.', '1000 kg'],
    'metric tons': ['Customs seized 2 metric tons of gallium.', '2000 kg'],
    ton: ['Customs seized 1 ton of gallium.', '1 ton'],
    tons: ['Customs seized 2 tons of gallium.', '2 ton'],
    kilogram: ['Customs seized 1 kilogram of gallium.', '1 kg'],
    kilograms: ['Customs seized 5 kilograms of gallium.', '5 kg'],
    kilogramme: ['Customs seized 1 kilogramme of gallium.', '1 kg'],
    kilogrammes: ['Customs seized 5 kilogrammes of gallium.', '5 kg'],
    kilo: ['Customs seized 1 kilo of gallium.', '1 kg'],
    kilos: ['Customs seized 5 kilos of gallium.', '5 kg'],
    kg: ['Customs seized 5 kg of gallium.', '5 kg'],
    gram: ['Customs seized 1 gram of gallium.', '0.001 kg'],
    grams: ['Customs seized 500 grams of gallium.', '0.5 kg'],
    gramme: ['Customs seized 1 gramme of gallium.', '0.001 kg'],
    grammes: ['Customs seized 500 grammes of gallium.', '0.5 kg'],
    g: ['Customs seized 500 g of gallium.', '0.5 kg'],
    pound: ['Customs seized 1 pound of gallium.', '0.454 kg'],
    pounds: ['Customs seized 10 pounds of gallium.', '4.536 kg'],
    lb: ['Customs seized 1 lb of gallium.', '0.454 kg'],
    lbs: ['Customs seized 10 lbs of gallium.', '4.536 kg'],
    吨: ['海关查获镓2吨。', '2000 kg'],
    噸: ['海關查獲鎵2噸。', '2000 kg'],
    公斤: ['海关查获镓5公斤。', '5 kg'],
    千克: ['海关查获镓5千克。', '5 kg'],
    克: ['海关查获镓500克。', '0.5 kg'],
  };
  covers(MASS_UNITS, lines);
  it.each(Object.entries(lines))('%s', (_unit, [line, want]) => expect(materialAmounts(line).map((r) => r.normalised)).toEqual([want]));
  const abbreviations: Record<string, string> = { kg: 'a 5KG bag', g: 'a 5G phone', lb: 'a 5LB bag', lbs: 'a 5LBS bag' };
  covers(MASS_ABBREVIATIONS, abbreviations);
  it.each(Object.entries(abbreviations))('%s counts only in lower case: "%s" is no mass', (_unit, words) => {
    expect(materialAmounts(`He carried ${words}.`)).toEqual([]);
  });
  it('"5,000 pounds" without "of" may be money', () => expect(materialAmounts('He was paid 5,000 pounds.')).toEqual([]));
});

describe('currencies', () => {
  const prefixed: Record<string, [string, string]> = {
    $: ['He was fined $5,000.', 'USD'],
    US$: ['He was fined US$5,000.', 'USD'],
    USD: ['He was fined USD 5,000.', 'USD'],
    NT$: ['He was fined NT$5,000.', 'TWD'],
    HK$: ['He was fined HK$5,000.', 'HKD'],
    RMB: ['He was fined RMB 5,000.', 'CNY'],
    CNY: ['He was fined CNY 5,000.', 'CNY'],
    '¥': ['He was fined ¥5,000.', 'CNY'],
    '€': ['He was fined €5,000.', 'EUR'],
    '£': ['He was fined £5,000.', 'GBP'],
    人民币: ['并处罚金人民币5000。', 'CNY'],
    人民幣: ['並處罰金人民幣5000。', 'CNY'],
    新台币: ['并处罚金新台币5000。', 'TWD'],
    新臺幣: ['並處罰金新臺幣5000。', 'TWD'],
  };
  covers(CURRENCY_PREFIXES, prefixed);
  it.each(Object.entries(prefixed))('%s', (mark, [line, code]) => {
    expect(fines(line).map((r) => [r.normalised, r.written.startsWith(mark)])).toEqual([[`${code} 5000`, true]]);
  });
  const suffixed: Record<string, [string, string]> = {
    yuan: ['He was fined 5,000 yuan.', 'CNY'],
    renminbi: ['He was fined 5,000 renminbi.', 'CNY'],
    元: ['并处罚金5000元。', 'CNY'],
    dollars: ['He was fined 5,000 dollars.', 'USD'],
    'US dollars': ['He was fined 5,000 US dollars.', 'USD'],
    'Taiwan dollars': ['He was fined 5,000 Taiwan dollars.', 'TWD'],
    'New Taiwan dollars': ['He was fined 5,000 New Taiwan dollars.', 'TWD'],
    'Hong Kong dollars': ['He was fined 5,000 Hong Kong dollars.', 'HKD'],
    euros: ['He was fined 5,000 euros.', 'EUR'],
    euro: ['He was fined 5,000 euro.', 'EUR'],
    港元: ['并处罚金5000港元。', 'HKD'],
    港币: ['并处罚金5000港币。', 'HKD'],
    港幣: ['並處罰金5000港幣。', 'HKD'],
    美元: ['并处罚金5000美元。', 'USD'],
    欧元: ['并处罚金5000欧元。', 'EUR'],
    歐元: ['並處罰金5000歐元。', 'EUR'],
  };
  covers(CURRENCY_SUFFIXES, suffixed);
  it.each(Object.entries(suffixed))('%s', (word, [line, code]) => {
    expect(fines(line).map((r) => [r.normalised, r.written])).toEqual([[`${code} 5000`, `5${han(word) ? '000' : ',000 '}${word}`]]);
  });
  const cues: Record<string, string> = {
    fined: 'He was fined $5,000.',
    'a fine of': 'He had to pay a fine of $5,000.',
    'fines of': 'They had to pay fines of $5,000.',
    'penalty of': 'He had to pay a penalty of $5,000.',
    罚款: '对其罚款5000元。',
    罰款: '對其罰款5000元。',
    罚金: '并处罚金5000元。',
    罰金: '並處罰金5000元。',
  };
  covers(FINE_CUES, cues);
  it.each(Object.entries(cues))('"%s" says the amount is a fine', (_cue, line) => expect(fines(line)).toHaveLength(1));
  it('an amount with no fine before it is no fine', () => expect(fines('He was paid $5,000.')).toEqual([]));
});

describe('documents', () => {
  const nouns: Record<string, string> = {
    document: 'He passed 1 secret document to the agent.',
    documents: 'He passed 12 secret documents to the agent.',
    file: 'He passed 1 secret file to the agent.',
    files: 'He passed 12 secret files to the agent.',
    papers: 'He passed 12 secret papers to the agent.',
  };
  covers(DOCUMENT_NOUNS, nouns);
  it.each(Object.entries(nouns))('"%s" is counted', (_noun, line) => expect(documentCounts(line)).toHaveLength(1));
  const han: Record<string, string> = { 文件: '文件', 资料: '资料', 資料: '資料', 材料: '材料', 情报: '情报', 情報: '情報' };
  covers(HAN_DOCUMENT_NOUNS, han);
  it.each(Object.entries(han))('"%s" is counted, after and before the count', (noun) => {
    expect(documentCounts(`提供涉密${noun}12份。`).map((r) => r.normalised)).toEqual(['12 documents']);
    expect(documentCounts(`提供12份涉密${noun}。`).map((r) => r.normalised)).toEqual(['12 documents']);
  });
  it('份 alone counts nothing: "一份工作" is a job', () => expect(documentCounts('他找到一份工作。')).toEqual([]));
  it('"a document" and "one of the files" are no count', () => {
    expect(documentCounts('He signed a document; one of the files was secret.')).toEqual([]);
  });
});

describe('bounds', () => {
  const en = (word: string) => `He leaked ${word} 200 documents to the agent.`;
  const zh = (word: string) => `提供${word}200份文件。`;
  const atLeast: Record<string, string> = {
    'more than': en('more than'),
    over: en('over'),
    'at least': en('at least'),
    'upwards of': en('upwards of'),
    'in excess of': en('in excess of'),
    超过: zh('超过'),
    超過: zh('超過'),
    逾: zh('逾'),
    至少: zh('至少'),
    不少于: zh('不少于'),
    不少於: zh('不少於'),
  };
  covers(AT_LEAST_BEFORE, atLeast);
  it.each(Object.entries(atLeast))('"%s" 200 is at least 200', (word, line) =>
    expect(one(documentCounts(line))).toEqual([[expect.stringContaining(word), '≥200 documents']]),
  );
  const atLeastAfter: Record<string, string> = { 余: '提供200余份文件。', 餘: '提供200餘份文件。', 多: '提供200多份文件。', 以上: '提供200份以上文件。' };
  covers(AT_LEAST_AFTER, atLeastAfter);
  it.each(Object.entries(atLeastAfter))('200"%s" is at least 200', (word, line) =>
    expect(one(documentCounts(line))).toEqual([[expect.stringContaining(word), '≥200 documents']]),
  );
  const atMost: Record<string, string> = {
    nearly: en('nearly'),
    almost: en('almost'),
    'up to': en('up to'),
    'less than': en('less than'),
    'fewer than': en('fewer than'),
    'close to': en('close to'),
    under: en('under'),
    近: zh('近'),
    将近: zh('将近'),
    將近: zh('將近'),
    不到: zh('不到'),
  };
  covers(AT_MOST_BEFORE, atMost);
  it.each(Object.entries(atMost))('"%s" 200 is at most 200', (word, line) =>
    expect(one(documentCounts(line))).toEqual([[expect.stringContaining(word), '≤200 documents']]),
  );
  const about: Record<string, string> = {
    about: en('about'),
    around: en('around'),
    roughly: en('roughly'),
    some: en('some'),
    approximately: en('approximately'),
    'an estimated': en('an estimated'),
    约: zh('约'),
    約: zh('約'),
    大约: zh('大约'),
    大約: zh('大約'),
  };
  covers(ABOUT_BEFORE, about);
  it.each(Object.entries(about))('"%s" 200 is about 200', (word, line) =>
    expect(one(documentCounts(line))).toEqual([[expect.stringMatching(new RegExp(`^${word}`)), '~200 documents']]),
  );
  const aboutAfter: Record<string, string> = { 左右: '海关查获镓1.5吨左右。' };
  covers(ABOUT_AFTER, aboutAfter);
  it.each(Object.entries(aboutAfter))('1.5吨"%s" is about 1.5 tonnes', (word, line) =>
    expect(one(materialAmounts(line))).toEqual([[`1.5吨${word}`, '~1500 kg']]),
  );
  const particles: Record<string, string> = Object.fromEntries(
    ['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'pass', 'passes', 'passed', 'passing'].map((v) => [
      v,
      `They saw him ${v} over 180 documents.`,
    ]),
  );
  covers(OVER_PARTICLE_VERBS, particles);
  it.each(Object.entries(particles))('"%s over 180" is 180', (_verb, line) => expect(one(documentCounts(line))).toEqual([['180 documents', '180 documents']]));
  it('"leaked over 180" is more than 180', () =>
    expect(one(documentCounts('He leaked over 180 documents.'))).toEqual([['over 180 documents', '≥180 documents']]));
});

describe('prison terms', () => {
  const before: Record<string, string> = {
    sentenced: 'He was sentenced to 4 years.',
    jailed: 'He was jailed for 4 years.',
    imprisoned: 'He was imprisoned for 4 years.',
    判处: '法院判处其4年。',
    判處: '法院判處其4年。',
    获刑: '杜某获刑4年。',
    獲刑: '杜某獲刑4年。',
    被判: '杜某被判4年。',
    有期徒刑: '杜某有期徒刑4年。',
  };
  covers(TERM_CUES_BEFORE, before);
  it.each(Object.entries(before))('"%s" before a term', (_cue, line) => expect(prisonTerms(line).map((r) => r.normalised)).toEqual(['4 years']));
  const after: Record<string, string> = {
    'in prison': 'He got four years in prison.',
    'in jail': 'He got four years in jail.',
    'behind bars': 'He got four years behind bars.',
    'prison term': 'He got a four-year prison term.',
    'prison sentence': 'He got a four-year prison sentence.',
    'jail term': 'He got a four-year jail term.',
    'jail sentence': 'He got a four-year jail sentence.',
    imprisonment: "He got four years' imprisonment.",
    'of imprisonment': 'He got four years of imprisonment.',
    sentence: 'He got a four-year sentence.',
  };
  covers(TERM_CUES_AFTER, after);
  it.each(Object.entries(after))('"%s" after a term', (_cue, line) => expect(prisonTerms(line).map((r) => r.normalised)).toEqual(['4 years']));
  it('no cue, no term: "a 35-year-old" or "two years later"', () => expect(prisonTerms('Two years later the 35-year-old moved.')).toEqual([]));
  const stops: Record<string, string> = {
    deprived: 'He was sentenced and deprived of political rights for 2 years.',
    stripped: 'He was sentenced and stripped of political rights for 2 years.',
    probation: 'He was sentenced to probation of 2 years.',
    suspended: 'He was sentenced to a suspended term of 2 years.',
    reprieve: 'He was sentenced to death with a two-year reprieve.',
    剥夺: '判处剥夺政治权利2年。',
    剝奪: '判處剝奪政治權利2年。',
    缓刑: '判处缓刑2年。',
    緩刑: '判處緩刑2年。',
    缓期: '判处死刑缓期2年执行。',
    緩期: '判處死刑緩期2年執行。',
  };
  covers(TERM_STOPS, stops);
  it.each(Object.entries(stops))('"%s" is another penalty, not the term', (_stop, line) =>
    expect(prisonTerms(line).filter((r) => r.normalised === '2 years')).toEqual([]),
  );
  const hypothetical: Record<string, string> = {
    face: 'They face 10 years in prison.',
    faces: 'He faces 10 years in prison.',
    facing: 'Facing 10 years in prison, he fled.',
    faced: 'He faced 10 years in prison.',
    'up to': 'He can be sentenced to up to 10 years.',
    punishable: 'The crime is punishable by 10 years in prison.',
    carries: 'The charge carries 10 years in prison.',
    could: 'He could get 10 years in prison.',
    would: 'He would get 10 years in prison.',
    might: 'He might get 10 years in prison.',
    最高: '该罪最高判处10年。',
    可能: '他可能被判处10年。',
  };
  covers(TERM_HYPOTHETICAL, hypothetical);
  it.each(Object.entries(hypothetical))('"%s": a possibility, not a sentence', (_word, line) => expect(prisonTerms(line)).toEqual([]));
  it('"May" (the month) is no "may"', () => expect(prisonTerms('On 5 May he was sentenced to 4 years.').map((r) => r.normalised)).toEqual(['4 years']));
  const life: Record<string, string> = {
    'life imprisonment': 'He was given life imprisonment.',
    'life in prison': 'He was given life in prison.',
    'life sentence': 'He was given a life sentence.',
    'sentenced to life': 'He was sentenced to life.',
    无期徒刑: '判处无期徒刑。',
    無期徒刑: '判處無期徒刑。',
  };
  covers(LIFE_TERMS, life);
  it.each(Object.entries(life))('"%s" is a life sentence', (_words, line) => expect(prisonTerms(line).map((r) => r.normalised)).toEqual(['life']));
  const death: Record<string, string> = {
    'sentenced to death': 'He was sentenced to death.',
    'death sentence': 'He received a death sentence.',
    'death penalty': 'He received the death penalty.',
    死刑: '判处死刑。',
  };
  covers(DEATH_TERMS, death);
  it.each(Object.entries(death))('"%s" is a death sentence', (_words, line) => expect(prisonTerms(line).map((r) => r.normalised)).toEqual(['death']));
});

describe('dates of acts', () => {
  const en = (verb: string) => `The ministry ${verb} in March 2023 that Qi was arrested.`;
  const zh = (verb: string) => `国家安全部2023年3月${verb}杜某被逮捕。`;
  const reporting: Record<string, string> = {
    said: en('said'),
    says: en('says'),
    announced: en('announced'),
    disclosed: en('disclosed'),
    revealed: en('revealed'),
    reported: en('reported'),
    published: en('published'),
    released: en('released'),
    told: 'The ministry told reporters in March 2023 that Qi was arrested.',
    stated: en('stated'),
    通报: zh('通报'),
    披露: zh('披露'),
    公布: zh('公布'),
    发布: zh('发布'),
    表示: zh('表示'),
    称: zh('称'),
  };
  covers(REPORTING_VERBS, reporting);
  it.each(Object.entries(reporting))('a date in a clause with "%s" is when it was said', (_verb, line) => expect(actDates(line, 2024)).toEqual([]));
  it("without a reporting verb, the date is the act's", () => {
    expect(actDates('In March 2023 Qi was arrested.', 2024).map((r) => [r.kind, r.normalised])).toEqual([['arrest-date', '2023-03']]);
  });
});
