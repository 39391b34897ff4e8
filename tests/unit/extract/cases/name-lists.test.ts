/**
 * Names in English reports as they come in real ones: with a surname's initial ("Thomas R."), in lists,
 * as a couple, with a hyphenated Taiwanese or Hong Kong given name, with a quoted nickname, with another
 * name attached; after the verb of an arrest or a sentence; as the subject of a sentence of the case.
 */
import { describe, expect, it } from 'vitest';
import { findPeople, findPersonIntros, personMentions, personName, sameName, shortForms } from '../../../../src/extract/cases/entities.ts';

const names = (text: string) => findPersonIntros(text).map((i) => i.name);

describe('a name with a surname’s initial', () => {
  it.each([
    ['A man identified as Stefan K., in keeping with German privacy rules, acted as an agent.', ['Stefan K.']],
    ['The court named the defendant only as Lin W and said she had confessed.', ['Lin W']],
    ['Prosecutors said the suspect, Dieter M., had met an intelligence officer.', ['Dieter M.']],
    ['The defendants are a married couple identified only as Jonas B. and Eva B., aged 70 and 66.', ['Jonas B.', 'Eva B.']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives the initial to the first of a couple named once', () => {
    expect(names('They were named as married couple Jonas and Eva B. and their alleged accomplice Karl S.')).toEqual(['Jonas B.', 'Eva B.', 'Karl S.']);
    // Two people, not a couple: the first keeps their own name.
    expect(names('The ministry named the two men as Feng and Luo Ming.')).toEqual(['Feng', 'Luo Ming']);
  });

  it('is the given name further on', () => {
    expect(shortForms('Stefan K.')).toEqual(['Stefan']);
    expect(sameName('Stefan', 'Stefan K.')).toBe(true);
  });
});

describe('lists of names', () => {
  it.each([
    ['The federal prosecutor said three citizens, named Jonas B., Eva B. and Karl S., have been charged.', ['Jonas B.', 'Eva B.', 'Karl S.']],
    ['Police named the men as Daniel Hart, 31, from Reading, Berkshire, and Oliver Marsh, 28, from London.', ['Daniel Hart', 'Oliver Marsh']],
    [
      'The accused, identified as Ka Wing Lau, Siu Ming “Tony” Chan, and Robert Hale, have been charged.',
      ['Ka Wing Lau', 'Siu Ming “Tony” Chan', 'Robert Hale'],
    ],
    [
      'Among the accused are Ka Wing Lau, a 58-year-old office manager at the trade office in London, Siu Ming Chan, a border officer, and Robert Hale, a private investigator.',
      ['Ka Wing Lau', 'Siu Ming Chan', 'Robert Hale'],
    ],
    [
      'The office manager, Tony Lau Ka-wing, along with two other individuals, Dennis Chan Siu-ming and Robert Hale, have been charged.',
      ['Tony Lau Ka-wing', 'Dennis Chan Siu-ming', 'Robert Hale'],
    ],
    ['Prosecutors alleged that he used the other two suspects – Jonas B. and Eva B., owners of a trading firm – to reach scientists.', ['Jonas B.', 'Eva B.']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('names in a sentence about the case', () => {
  it.each([
    ['Prosecutors arrested Maria Tan, former aide to a state governor, accusing her of acting for Beijing.', ['Maria Tan']],
    ['A federal judge sentenced Jinming Wei, also known as Peter Wei, 26, to 200 months.', ['Jinming Wei', 'Peter Wei']],
    ['The jury convicted Chinese national Ji Haoran, 30, on one count of conspiracy.', ['Ji Haoran']],
    ['The court jailed former U.S. Navy sailor Deng Kaiwen for five years.', ['Deng Kaiwen']],
    ['Another was a 60-year-old Karl S., who remains in custody.', ['Karl S.']],
    ['The informant, He, was a student who had run up debts.', ['He']],
    ['The other, Wenming Zhao, was sentenced to two years.', ['Wenming Zhao']],
    ['A co-defendant, Lina X., received a suspended sentence.', ['Lina X.']],
    ['According to a video released by the ministry, An Ning, a photography student at a university, fell into debt.', ['An Ning']],
    ['As graduation approached, the lender, Li Hao, demanded that he work for them.', ['Li Hao']],
    ['The handler was a man he knew only as "Uncle Kit", who paid him in cash.', ['Uncle Kit']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'Chen Wei-ming (陳偉明), Lee Yu-hsin (李玉欣) and Lin Chih-hao (林志豪) were all found to have passed secrets.',
      ['Chen Wei-ming', 'Lee Yu-hsin', 'Lin Chih-hao'],
    ],
    ['Stefan K. is accused of working for an intelligence officer.', ['Stefan K.']],
    ['Jian L. also passed information about the parliament to his handler.', ['Jian L.']],
    ['Liu Ming allegedly helped him obtain the documents.', ['Liu Ming']],
    ['Former U.S. Navy sailor Jinming Wei was sentenced to 16 years.', ['Jinming Wei']],
    ['Taiwanese businessman Lee Yu-hsin was detained in Shenzhen.', ['Lee Yu-hsin']],
  ])('the subject: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives a name’s gloss in characters as its other name', () => {
    const [chen] = findPersonIntros('Chen Wei-ming (陳偉明), Lee Yu-hsin (李玉欣) and Lin Chih-hao (林志豪) were all found to have passed secrets.');
    expect(chen?.aliases).toEqual(['陳偉明']);
  });

  it.each([
    'Chief Executive John Leung condemned the charges.',
    'Nancy Weber said the danger posed by espionage was considerable.',
    'They worked as aides to Chen Shu-mei (陳淑美), who at the time had been a lawmaker.',
    'The police charged Huawei with stealing trade secrets.',
    'Vitamin C is sold in shops.',
  ])('no one of the case in: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Chancellor Olaf Becker spent three days in Beijing.', 'Olaf Becker'],
    ['Judge Anna Weller sentenced him to four years.', 'Anna Weller'],
    ['U.S. District Judge Anna Weller sentenced him.', 'Anna Weller'],
    ['Regina Wong, the convenor of the council, addressed the situation on the radio.', 'Regina Wong'],
  ])('an official of the case, never a suspect, in: %s', (text, name) => {
    const people = findPeople([{ id: 'p1', text }]);
    expect(people.map((p) => [p.name, p.role])).toEqual([[name, 'official']]);
  });

  it('folds the name a report gives beside another into one person', () => {
    const people = findPeople([
      { id: 'p1', text: 'A federal judge sentenced Jinming Wei, also known as Peter Wei, 26, to 200 months.' },
      { id: 'p2', text: 'Wei was recruited via social media in 2022.' },
    ]);
    expect(people).toHaveLength(1);
    expect(personMentions(people)).toEqual([{ name: 'Jinming Wei', role: 'suspect', paragraph: 'p1', aliases: ['Peter Wei'] }]);
  });
});

describe('names as Taiwan and Hong Kong romanise them', () => {
  it.each([
    ['Lee Yu-hsin', 'weak', 'Lee Yu-hsin'],
    ['Tony Lau Ka-wing', 'weak', 'Tony Lau Ka-wing'],
    ['Siu Ming “Tony” Chan', 'weak', 'Siu Ming “Tony” Chan'],
    ['Hsiao', 'weak', 'Hsiao'],
    ['Lee Harvey', 'weak', 'Lee Harvey'],
    ['Song Dynasty', 'weak', null],
  ] as const)('personName(%s, %s) -> %s', (raw, strength, expected) => {
    expect(personName(raw, strength)).toBe(expected);
  });

  it('knows one name written in two orders, with or without an English given name or nickname', () => {
    expect(sameName('Ka Wing Lau', 'Tony Lau Ka-wing')).toBe(true);
    expect(sameName('Siu Ming Chan', 'Siu Ming “Tony” Chan')).toBe(true);
    expect(sameName('Siu Ming Chan', 'Tony Chan Siu-ming')).toBe(true);
    // Two syllables are too few to tell two people apart by order.
    expect(sameName('Wang Wei', 'Wei Wang')).toBe(false);
    expect(sameName('Jinming Wei', 'Peter Wei')).toBe(false);
  });

  it('keeps an honorific with the name it goes with', () => {
    expect(shortForms('Miss Q')).toEqual([]);
    expect(shortForms('Brother Hoi')).toEqual([]);
  });

  it('takes no one for an official because an official is quoted about them', () => {
    const [jian] = findPeople([
      {
        id: 'p1',
        text: 'The court said a German national, named only as Jian L. due to privacy rules, had spied on dissidents in Europe, a court spokeswoman said.',
      },
    ]);
    expect(jian).toMatchObject({ name: 'Jian L.', role: 'suspect' });
    const [mao] = findPeople([{ id: 'p1', text: 'Mao Ning, a spokesperson for the foreign ministry, rejected the claims on Monday.' }]);
    expect(mao?.role).toBe('official');
  });

  it('knows the surname of a name with an English given name before it', () => {
    expect(shortForms('Tony Lau Ka-wing')).toEqual(['Lau']);
    expect(shortForms('Lee Yu-hsin')).toEqual(['Lee']);
    expect(sameName('Lau', 'Tony Lau Ka-wing')).toBe(true);
  });
});

describe('a relation set off by commas in a list of names', () => {
  it.each([
    ['Maria Chen and her husband, David Lo, were arrested last year.', ['Maria Chen', 'David Lo']],
    ['Prosecutors charged Maria Chen and her husband, David Lo, with money laundering.', ['Maria Chen', 'David Lo']],
    ['Peter Lang and his son, Tom Lang, were charged with smuggling.', ['Peter Lang', 'Tom Lang']],
    // Without its closing comma, the name is no apposition of a list: "her husband, David Lo said" is not read.
    ['Maria Chen and her husband, David Lo said nothing.', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
