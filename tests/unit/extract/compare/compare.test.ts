/**
 * Where reports of one case disagree: the same value in other words (digits, number words, Chinese
 * numerals, another unit) is agreement; values that cannot both hold are a disagreement, with every
 * report's version and its paragraph.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDisagreements, versionsOfArticle, withDisagreements } from '../../../../src/extract/compare/compare.ts';
import { ingest } from '../../../../src/extract/pipeline.ts';
import type { Article, Case } from '../../../../src/model/schema.ts';

type Text = Pick<Article, 'id' | 'paragraphs' | 'published'>;
const article = (id: string, ...paragraphs: string[]): Text => ({
  id,
  published: { date: '2024-05-14', precision: 'day' },
  paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
});
const caseOf = (...articles: Text[]): Pick<Case, 'sources'> => ({
  sources: articles.map((a) => ({ article: a.id, paragraphs: a.paragraphs.map((p) => p.id) })),
});
const differ = (...articles: Text[]) => findDisagreements(caseOf(...articles), new Map(articles.map((a) => [a.id, a])));
const facts = (...articles: Text[]) => differ(...articles).map((d) => [d.fact, d.versions.map((v) => v.normalised)]);

describe('agreement: the same value in other words', () => {
  it.each([
    ['number words, digits and Chinese numerals', 'Qi was sentenced to four years in prison.', 'Qi was jailed for 4 years.', '法院判处齐某有期徒刑四年。'],
    ['years and months', 'Qi was sentenced to two years and six months in prison.', 'Qi received a 30-month prison term.', '齐某被判处有期徒刑二年零六个月。'],
    ['tonnes and kilograms', 'Customs seized 1.5 tonnes of gallium.', 'Customs seized 1,500 kg of gallium.', '海关查获镓1.5吨。'],
    ['pounds and kilograms, rounded', 'Customs seized 3.3 pounds of gallium.', 'Customs seized 1.5 kg of gallium.', 'Customs seized 1,500 grams of gallium.'],
    ['a bound the other value satisfies', 'He leaked more than 200 documents.', 'He leaked 230 classified documents.', '其向境外提供涉密文件200余份。'],
    ['a fine in yuan and in 万元', 'He was fined 50,000 yuan.', '并处罚金人民币5万元。', 'He was also fined RMB 50,000.'],
    ['a month and a day of that month', 'Qi was arrested in March 2023.', 'On 5 March 2023, Qi was arrested.', '2023年3月，齐某被依法逮捕。'],
  ])('%s', (_what, a, b, c) => expect(differ(article('a', a), article('b', b), article('c', c))).toEqual([]));
});

describe('a term in years and months written without 個/个', () => {
  it('"7年6月" is seven years and six months, as an English report of the same sentence says', () =>
    expect(
      differ(article('a', '案經高等法院審理，將他判處有期徒刑7年6月。'), article('b', 'Kao was sentenced to seven years and six months in prison.')),
    ).toEqual([]));
});

describe("a sentence giving a term to someone beside the case's main person is no witness on the case's term", () => {
  it.each([
    ['codefendant', 'In contrast, codefendant Hou, who built a network, was sentenced to six years.'],
    ['co-defendant', 'A co-defendant, Hou, was sentenced to six years.'],
    ['co-defendants', 'His co-defendants were sentenced to six years.'],
    ['codefendants', 'Two codefendants were sentenced to six years.'],
    ['his partner', 'His partner, Liu, was sentenced to six years.'],
    ['her partner', 'Her partner was sentenced to six years.'],
    ['accomplice', 'An accomplice was sentenced to six years.'],
    ['the others', 'The others were sentenced to six years.'],
    ['four others', 'Four others were sentenced to six years.'],
    ['three others', 'Three others were sentenced to six years.'],
    ['two others', 'Two others were sentenced to six years.'],
    ['other defendants', 'The other defendants were sentenced to six years.'],
    ['同案', '同案被告侯某被判处有期徒刑6年。'],
    ['同伙', '其同伙被判处有期徒刑6年。'],
    ['同夥', '其同夥被判處有期徒刑6年。'],
    ['其余', '其余被告被判处有期徒刑6年。'],
    ['其餘', '其餘被告被判處有期徒刑6年。'],
  ])('%s', (_word, line) => expect(differ(article('a', 'Kao was sentenced to seven years in prison.'), article('b', line))).toEqual([]));
});

describe("a term that bounds a span of several people's sentences is no one's term", () => {
  it.each([
    ['ranging', 'Four others were sentenced to prison terms ranging from two years to six years.'],
    ['ranged', 'The sentences of the others ranged from two to six years in prison, the court said.'],
    ['range from', 'The others were jailed for terms that range from two years to 6 years.'],
    ['respectively', 'Two aides were sentenced to four and six years in prison respectively.'],
    ['不等', '其余4人被判处有期徒刑2年至6年不等。'],
    ['分别', '两名助理分别被判处有期徒刑6年。'],
    ['分別', '兩名助理分別被判處有期徒刑6年。'],
  ])('%s', (_word, line) => expect(differ(article('a', 'Kao was sentenced to seven years in prison.'), article('b', line))).toEqual([]));
});

describe('a Chinese term with a word after it is a lower bound', () => {
  it.each([
    ['以上', '另一名士兵於2024年被判處2年以上監禁。'],
    ['多', '他被判刑2年多。'],
  ])('%s: agrees with two years and three months', (_word, zh) =>
    expect(differ(article('a', zh), article('b', 'He was sentenced to two years and three months in prison.'))).toEqual([]),
  );
  it('and still disagrees with a shorter exact term', () =>
    expect(facts(article('a', '另一名士兵被判處2年以上監禁。'), article('b', 'He was sentenced to 18 months in prison.'))).toEqual([
      ['prison-term', ['≥2 years', '1 year 6 months']],
    ]));
});

describe('disagreement: values that cannot both hold', () => {
  it('prison terms: every report is given, in the order of the sources, with its words and paragraph', () => {
    const found = differ(
      article('a', 'Background.', 'Qi was sentenced to four years in prison.'),
      article('b', 'Qi was jailed for five years.'),
      article('c', '法院判处齐某有期徒刑四年。'),
    );
    expect(found).toEqual([
      {
        fact: 'prison-term',
        versions: [
          { value: 'four years', normalised: '4 years', source: { article: 'a', paragraph: 'p2' } },
          { value: 'five years', normalised: '5 years', source: { article: 'b', paragraph: 'p1' } },
          { value: '四年', normalised: '4 years', source: { article: 'c', paragraph: 'p1' } },
        ],
      },
    ]);
  });
  it.each([
    ['documents', 'He leaked more than 200 documents.', 'He leaked 180 documents.', ['≥200 documents', '180 documents']],
    ['material', 'Customs seized 1.5 tonnes of gallium.', 'Customs seized 2,000 kg of gallium.', ['1500 kg', '2000 kg']],
    ['fine', 'He was fined 50,000 yuan.', '并处罚金人民币8万元。', ['CNY 50000', 'CNY 80000']],
    ['arrest-date', 'Qi was arrested in March 2023.', 'Qi was arrested in April 2023.', ['2023-03', '2023-04']],
    ['prison-term', 'Qi was sentenced to life imprisonment.', 'Qi was sentenced to 15 years in prison.', ['life', '15 years']],
  ])('%s', (fact, a, b, want) => expect(facts(article('a', a), article('b', b))).toEqual([[fact, want]]));
});

describe('what is compared', () => {
  it('one report alone disagrees with nothing', () => {
    expect(differ(article('a', 'Qi was sentenced to four years.', 'He was jailed for five years.'))).toEqual([]);
  });
  it('only the paragraphs a report cites for the case are read', () => {
    const a = article('a', 'Qi was sentenced to four years in prison.', 'Another man was sentenced to nine years in prison.');
    const b = article('b', 'Qi was jailed for four years.');
    const c = {
      sources: [
        { article: 'a', paragraphs: ['p1'] },
        { article: 'b', paragraphs: ['p1'] },
      ],
    };
    expect(findDisagreements(c, new Map([a, b].map((x) => [x.id, x])))).toEqual([]);
  });
  it('a report that states two values for a fact is no witness on it (two defendants, say)', () => {
    const a = article('a', 'Qi was sentenced to four years and Hu to two years in prison.');
    expect(versionsOfArticle(a, ['p1'])).toEqual([]);
    expect(differ(a, article('b', 'Qi was jailed for five years.'))).toEqual([]);
  });
  it('a report that states one value twice, once roughly, gives its most exact words', () => {
    const a = article('a', 'He leaked more than 200 documents.', 'The 230 documents included designs.');
    expect(versionsOfArticle(a, ['p1', 'p2']).map((v) => [v.reading.written, v.paragraph])).toEqual([['230 documents', 'p2']]);
  });
  it('fines in two currencies are not compared', () => {
    expect(differ(article('a', 'He was fined $7,000.'), article('b', 'He was fined 50,000 yuan.'))).toEqual([]);
  });
  it('the date a statement was made is not the date of the act', () => {
    expect(differ(article('a', 'The ministry said on 4 March 2024 that Qi had been arrested.'), article('b', 'Qi was arrested in March 2023.'))).toEqual([]);
  });
  it('a case whose reports agree is returned as it was', () => {
    const c = { sources: [{ article: 'a', paragraphs: ['p1'] }], disagreements: [] } as unknown as Case;
    expect(withDisagreements([c], [article('a', 'x')])[0]).toBe(c);
  });
});

describe('the fixture: three invented reports of one case', () => {
  const dir = 'tests/fixtures/disagree/seeds';
  const seeds = ['donghai-fazhi-shipyard-engineer.txt', 'harbour-courier-shipyard-engineer.txt', 'lantern-post-shipyard-engineer.txt'].map((f) => ({
    path: `seeds/${f}`,
    bytes: readFileSync(`${dir}/${f}`),
  }));
  const { dataset } = ingest(seeds, []);
  it('the three reports are one case', () => {
    expect(dataset.cases).toHaveLength(1);
    expect(dataset.cases[0]!.sources).toHaveLength(3);
  });
  it('they differ on the prison term and the number of documents, and agree on the date of the arrest', () => {
    const outlet = new Map(dataset.articles.map((a) => [a.id, a.outlet]));
    expect(dataset.cases[0]!.disagreements.map((d) => [d.fact, d.versions.map((v) => [outlet.get(v.source.article), v.value, v.source.paragraph])])).toEqual([
      [
        'prison-term',
        [
          ['东海法治报', '四年', 'p2'],
          ['Harbour Courier', 'four years', 'p1'],
          ['Lantern Post', 'five years', 'p1'],
        ],
      ],
      [
        'documents',
        [
          ['东海法治报', '180份', 'p1'],
          ['Harbour Courier', '180 classified documents', 'p2'],
          ['Lantern Post', 'more than 200 documents', 'p1'],
        ],
      ],
    ]);
  });
});
