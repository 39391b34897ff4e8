/**
 * The role vocabulary of the name readers, entry by entry, each in a line of the shape reports use.
 */
import { describe, expect, it } from 'vitest';
import { findPersonIntros, titledRole } from '../../../src/extract/cases/entities.ts';
import { COUNSEL_NOUNS, OFFICIAL_TITLES, RANK_ABBREVIATIONS, RESIDENT_NOUNS, ZH_ACTS_AFTER_NAME, ZH_OFFICE_TITLES } from '../../../src/vocab/roles.ts';

const names = (text: string) => findPersonIntros(text).map((i) => i.name);

describe('where someone lives, before their name', () => {
  it.each(RESIDENT_NOUNS)('a place and "%s" introduce the names after them', (noun) => {
    expect(names(`Charges were filed against Los Angeles ${noun} Jia Wang and Ming Li on Monday.`)).toEqual(['Jia Wang', 'Ming Li']);
  });

  it('an article before the word is no place', () => {
    expect(names('The resident Tom Lee spoke to reporters.')).toEqual([]);
  });
});

describe('roles of people of a case, in English', () => {
  it.each(['defendant', 'co-defendant', 'suspect', 'accomplice', 'aide', 'assistant', 'handler', 'lender', 'informant', 'investigator'])(
    'the %s, named between commas',
    (role) => {
      expect(names(`The ${role}, Daniel Hart, was questioned.`)).toEqual(['Daniel Hart']);
    },
  );

  it.each([
    'national',
    'citizen',
    'resident',
    'sailor',
    'soldier',
    'serviceman',
    'servicewoman',
    'seaman',
    'engineer',
    'technician',
    'aide',
    'assistant',
    'researcher',
    'scientist',
    'student',
    'employee',
    'worker',
    'businessman',
    'businesswoman',
    'contractor',
    'analyst',
    'officer',
    'staffer',
    'defendant',
    'co-defendant',
    'suspect',
    'accomplice',
    'translator',
    'veteran',
  ])('a %s as a title before the name', (title) => {
    expect(names(`The court sentenced former ${title} Daniel Hart to four years.`)).toEqual(['Daniel Hart']);
  });

  // Verbs of what is done to someone of the case, after them ("Officers arrested...") or in the passive ("was arrested").
  const DONE_TO = [
    'arrested',
    'charged',
    'convicted',
    'sentenced',
    'indicted',
    'detained',
    'jailed',
    'extradited',
    'prosecuted',
    'deported',
    'expelled',
    'acquitted',
    'recruited',
    'enlisted',
  ];
  it.each(DONE_TO)('the one they %s', (verb) => {
    expect(names(`Officers ${verb} Daniel Hart on Monday.`)).toEqual(['Daniel Hart']);
  });

  it.each([...DONE_TO, 'accused', 'alleged', 'suspected', 'found', 'tried', 'released', 'held', 'paid'])('the subject, who was %s', (verb) => {
    expect(names(`Daniel Hart was ${verb} in May.`)).toEqual(['Daniel Hart']);
  });

  it.each([
    'allegedly',
    'pleaded',
    'admitted',
    'confessed',
    'denied',
    'spied',
    'passed',
    'sold',
    'leaked',
    'provided',
    'transmitted',
    'handed',
    'stole',
    'smuggled',
    'photographed',
    'collected',
    'gathered',
    'obtained',
    'received',
    'accepted',
    'helped',
    'travelled',
    'traveled',
    'faces',
    'faced',
    'remains',
    'fled',
  ])('the subject, who %s', (verb) => {
    expect(names(`Daniel Hart ${verb} the documents.`)).toEqual(['Daniel Hart']);
  });

  it('takes no court or official for someone of the case', () => {
    expect(names('Daniel Hart sentenced him to four years.')).toEqual([]);
    expect(names('Daniel Hart said the case was serious.')).toEqual([]);
  });
});

describe('offices of people a report names as officials of the case', () => {
  it.each([
    'Judge',
    'Justice',
    'Chancellor',
    'Governor',
    'Gov',
    'Rep',
    'Sen',
    'Senator',
    'Congressman',
    'Congresswoman',
    'Prosecutor',
    'Attorney',
    'Commissioner',
    'Mayor',
    'Lawmaker',
    'Legislator',
    'Chairman',
    'Chairwoman',
    'Chair',
    'Ambassador',
    'Councillor',
    'Councilor',
    'Convenor',
    'King',
    'Queen',
    'Prince',
    'Sheriff',
    'Superintendent',
    'Inspector',
  ])('%s', (office) => {
    const found = findPersonIntros(`${office} Anna Weller was found to have met the delegation.`);
    expect(found.map((i) => [i.name, titledRole(i)])).toEqual([['Anna Weller', 'official']]);
  });
});

describe('in Chinese: who comments, and who is named to place someone else', () => {
  it.each(['表示', '指出', '认为', '强调', '呼吁', '批评', '说', '称', '坦言', '分析'])('退役少将陈国安%s', (verb) => {
    expect(names(`退役少将陈国安${verb}，共谍案层出不穷。`)).toEqual([]);
  });

  it.each(['前秘书', '前祕书', '秘书', '祕书', '助理', '部属', '部下', '下属', '妻子', '丈夫', '儿子', '女儿', '父亲', '母亲', '家人', '亲属', '学生'])(
    '上将蒋纬民的%s',
    (relation) => {
      expect(names(`已故上将蒋纬民的${relation}遭渗透。`)).not.toContain('蒋纬民');
    },
  );
});

describe('offices, ranks, counsel and acts added for real reports', () => {
  const official = (text: string, name: string) => {
    const intro = findPersonIntros(text).find((i) => i.name === name);
    return intro ? titledRole(intro) : 'not found';
  };

  it.each([...OFFICIAL_TITLES])('the office "%s" before a name makes an official', (title) => {
    const written = title.replace(/^./, (c) => c.toUpperCase());
    expect(official(`The hearing was told by ${written} Daniel Hartwell that the case was closed.`, 'Daniel Hartwell')).toBe('official');
  });

  it.each([...RANK_ABBREVIATIONS])('the rank "%s" names the person after it', (rank) => {
    expect(names(`Prosecutors named ${rank} Daniel Hartwell in the indictment.`)).toContain('Daniel Hartwell');
  });

  it.each([...COUNSEL_NOUNS])('"%s" in apposition names counsel, not a suspect', (noun) => {
    expect(official(`Her ${noun}, Daniel Hartwell, told jurors the charges were false.`, 'Daniel Hartwell')).toBe('other');
  });

  it.each([...ZH_OFFICE_TITLES])('the office %s before a name makes an official', (title) => {
    expect(official(`據報導，前${title}鄭立德的助理遭起訴。`, '鄭立德')).toBe('official');
  });

  it.each([...ZH_ACTS_AFTER_NAME])('%s after a name says it is of the case', (act) => {
    expect(names(`，鄭立德${act}。`)).toContain('鄭立德');
  });

  it('reads a codefendant named after the relation', () => {
    expect(names('His codefendant, Daniel Hartwell, was released.')).toEqual(['Daniel Hartwell']);
  });
});
