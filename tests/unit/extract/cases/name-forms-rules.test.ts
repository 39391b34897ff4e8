/**
 * The rules and words behind the name forms, one by one, each in a line of the shape reports use: Western
 * names (particles, middle initials, Mc and O'), titles and ranks before a name, a source's reported subject,
 * a list after "those charged include", and in characters two-character surnames, court and police verbs,
 * court papers' sex after a name, a subject that "是某..." and a dotted foreign name.
 */
import { describe, expect, it } from 'vitest';
import { findPersonIntros, findPlaces, personName, shortForms } from '../../../../src/extract/cases/entities.ts';
import { capitalise } from '../../../../src/extract/cases/sentences.ts';
import { NAME_PARTICLES, ZH_COMPOUND_SURNAMES } from '../../../../src/vocab/names.ts';
import { THING_LOCATED } from '../../../../src/vocab/places.ts';
import { RANK_TITLES, REPORTED_BY_VERBS, ZH_CASE_OBJECT_VERBS, ZH_MEASURES, ZH_SENTENCES } from '../../../../src/vocab/roles.ts';
import { LAW_SPEAKERS } from '../../../../src/vocab/stop-words.ts';

const names = (text: string) => findPersonIntros(text).map((i) => i.name);

describe('Western names', () => {
  it.each(NAME_PARTICLES)('a particle inside a surname: %s', (particle) => {
    expect(names(`Police arrested Maria ${particle} Berg on Monday.`)).toEqual([`Maria ${particle} Berg`]);
  });

  it('two particles, four words in all', () => {
    expect(personName('Ludwig van der Berg', 'weak')).toBe('Ludwig van der Berg');
  });

  it.each(['Daniel McAllister', 'Fiona MacDonald', "Peter O'Neill", 'Anne D’Souza'])('a capital again inside a surname: %s', (name) => {
    expect(names(`Police arrested ${name} on Monday.`)).toEqual([name]);
  });

  it('a middle initial', () => {
    expect(names('Federal prosecutors charged John M. Rogers, a former analyst, with conspiracy.')).toEqual(['John M. Rogers']);
  });

  it.each(LAW_SPEAKERS.map(capitalise))('an initial ends a name before a common word: %s', (speakers) => {
    expect(names(`The man, named only as Jian G. ${speakers} said he worked for an intelligence officer.`)).toEqual(['Jian G.']);
  });
});

describe('titles and ranks before a name', () => {
  it.each(RANK_TITLES)('%s', (rank) => {
    expect(names(`Retired ${rank} Kao An-kuo was sentenced to seven years.`)).toEqual(['Kao An-kuo']);
  });

  it.each(['Former aide Linda Sun was charged.', 'Ex-aide Linda Sun was charged.', 'Then-aide Linda Sun was charged.'])(
    'a capitalised qualifier: %s',
    (text) => {
      expect(names(text)).toEqual(['Linda Sun']);
    },
  );

  it('a capitalised title at the start of a sentence', () => {
    expect(names('Businessman Tang Yong was detained at the airport.')).toEqual(['Tang Yong']);
  });

  it('a plural title before several names', () => {
    expect(names('The defendants Yang Xiaoming and Zhu Jianguo admitted smuggling antimony.')).toEqual(['Yang Xiaoming', 'Zhu Jianguo']);
  });
});

describe("a source's account of the case", () => {
  it.each(REPORTED_BY_VERBS)('Prosecutors %s NAME did...', (verb) => {
    expect(names(`Prosecutors ${verb} Peter Hart passed the documents to a handler.`)).toEqual(['Peter Hart']);
  });

  it('in the past perfect', () => {
    expect(names('The ministry said Zhou Tao had sold classified documents.')).toEqual(['Zhou Tao']);
  });

  it('not what a source says without a step of the case', () => {
    expect(names('Prosecutors said Peter Hart would appeal.')).toEqual([]);
  });
});

describe('verbs of the law and of the case', () => {
  it.each(['accuse', 'accused', 'stopped', 'caught', 'intercepted', 'apprehended', 'questioned', 'interrogated'])('officers %s NAME', (verb) => {
    expect(names(`Officers ${verb} Liu Jie at the border crossing.`)).toEqual(['Liu Jie']);
  });

  it.each(['recruited', 'shipped', 'copied', 'exported', 'bribed'])('NAME %s', (verb) => {
    expect(names(`Huang Chu-jung ${verb} the officers.`)).toEqual(['Huang Chu-jung']);
  });

  it.each(['charged', 'arrested', 'detained', 'convicted'])('those %s include...', (verb) => {
    expect(names(`Those ${verb} include Sun Lei and Wu Gang.`)).toEqual(['Sun Lei', 'Wu Gang']);
  });

  it('among those detained were...', () => {
    expect(names('Among those detained were Guo Qiang and Deng Yong.')).toEqual(['Guo Qiang', 'Deng Yong']);
  });
});

describe('names in characters', () => {
  it.each(ZH_COMPOUND_SURNAMES)('a two-character surname: %s', (surname) => {
    expect(names(`法院判处被告${surname}立明有期徒刑三年。`)).toEqual([`${surname}立明`]);
    expect(names(`犯罪嫌疑人${surname}某已被刑事拘留。`)).toEqual([`${surname}某`]);
  });

  it('a two-character surname in traditional characters', () => {
    expect(names('諸葛文彬涉嫌向境外組織提供軍事機密。')).toEqual(['諸葛文彬']);
    expect(names('被告尉遲立明遭判刑。')).toEqual(['尉遲立明']);
    expect(names('被告軒轅立明遭判刑。')).toEqual(['軒轅立明']);
    expect(names('被告獨孤立明遭判刑。')).toEqual(['獨孤立明']);
  });

  it.each(ZH_CASE_OBJECT_VERBS)('what the law does to someone: %s', (verb) => {
    expect(names(`警方依法${verb}了邵立明，案件正在审理中。`)).toEqual(['邵立明']);
  });

  it('...in traditional characters', () => {
    expect(names('法院判決邵立明有期徒刑五年。')).toEqual(['邵立明']);
    expect(names('檢方通緝邵立明，他已潛逃。')).toEqual(['邵立明']);
  });

  it.each(ZH_SENTENCES)('the sentence handed down ends the name: %s', (sentence) => {
    expect(names(`法院判处邵立${sentence}。`)).toEqual(['邵立']);
  });

  it.each(ZH_MEASURES)('the security organs act on someone: 依法对X%s', (measure) => {
    expect(names(`国家安全机关依法对黄志强${measure}。`)).toEqual(['黄志强']);
    expect(names('國家安全機關依法對黃志強採取刑事強制措施。')).toEqual(['黃志強']);
    expect(names('國家安全機關依法對黃志強進行審查。')).toEqual(['黃志強']);
  });

  it('a name and the sex court papers give after it', () => {
    expect(names('上官婉清，女，1988年出生，原系某研究所职员。')).toEqual(['上官婉清']);
    expect(names('邵立明，男，1975年出生。')).toEqual(['邵立明']);
  });

  it.each(['是某', '系某', '原系', '原为'])('the subject of a sentence that says who they are: %s', (words) => {
    expect(names(`据通报，邵立明${words}军工企业的技术人员。`)).toEqual(['邵立明']);
  });

  it('an official who is the one of the case, not one who comments', () => {
    expect(names('前中情局官员凯文·马洛里被判处20年监禁。')).toEqual(['凯文·马洛里']);
    expect(names('外交部官员王文表示，中方反对。')).toEqual([]);
  });

  it('a dotted foreign name as the subject of a sentence', () => {
    expect(names('據報導，亞歷山大•馬因涉嫌為中國從事間諜活動被捕。')).toEqual(['亞歷山大•馬']);
  });

  it("a dotted name with a surname's initial", () => {
    expect(names('德国检方逮捕了托马斯・R，他涉嫌为外国情报机构工作。')).toEqual(['托马斯・R']);
  });

  it('a dotted name does not run back over the words before it, nor on past 的', () => {
    expect(names('警方拘留了一名名叫安娜·伊万诺娃的女子。')).toEqual(['安娜·伊万诺娃']);
    expect(names('法院判处马克·施密特有期徒刑三年。')).toEqual(['马克·施密特']);
  });
});

describe('a generation after the surname', () => {
  it.each([
    ['Romeo Roe Jr', 'Roe'],
    ['Romeo Roe Jr.', 'Roe'],
    ['John Doe III', 'Doe'],
  ])('%s is %s further on', (name, short) => {
    expect(shortForms(name)).toEqual([short]);
  });
});

describe('surnames left out of the romanised list', () => {
  // Chi, Jian, Ling... are as often the given name a name in Western order puts first: the surname is the last word.
  it.each([
    ['Chi Leung Wai', 'Wai'],
    ['Jian Guo', 'Guo'],
    ['Ling Wang', 'Wang'],
  ])('%s is %s further on', (name, short) => {
    expect(shortForms(name)).toEqual([short]);
  });

  it.each([
    'Guan',
    'Ruan',
    'Weng',
    'Mou',
    'Dou',
    'Leng',
    'Gou',
    'Bian',
    'Luan',
    'Kuang',
    'Lyu',
    'Xiahou',
    'Murong',
    'Linghu',
    'Huangfu',
    'Yuchi',
    'Gongsun',
    'Yuwen',
    'Duanmu',
    'Dugu',
  ])('a surname alone: %s', (surname) => {
    expect(names(`${surname}, who ran the network, recruited soldiers.`)).toEqual([surname]);
  });
});

describe('the place of a thing is not the place of the case', () => {
  it.each(THING_LOCATED)('%s', (words) => {
    const text = `He sent blueprints for a radar system ${words} Okinawa, Japan.`;
    expect(findPlaces([{ id: 'p1', text }]).map((p) => p.name)).toEqual([]);
  });

  it('but where something happens is', () => {
    expect(findPlaces([{ id: 'p1', text: 'He was arrested in Okinawa, Japan.' }]).map((p) => p.name)).toEqual(['Okinawa', 'Japan']);
  });
});
