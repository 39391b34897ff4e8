import { describe, expect, it } from 'vitest';
import { actDone, actWithNewcomer, legalStepTaken, stepTaken, tellsIncident } from '../../../../src/extract/cases/incident.ts';
import { INCIDENT_ACTS, INCIDENT_ACTS_ONGOING, ZH_INCIDENT_ACTS } from '../../../../src/vocab/incidents.ts';

const paras = (...texts: string[]) => texts.map((text, i) => ({ id: `p${i + 1}`, text }));

describe('legalStepTaken', () => {
  it.each([
    'Two men have been charged with assisting a foreign intelligence service.',
    'A complaint was unsealed charging two intelligence officers with obstruction.',
    'Prosecutors dropped the charges against the pair last year.',
    'Two students were indicted on charges of filming a naval base.',
    'The indictment lists nine flights over the base.',
    'Prosecutors accuse the three of obtaining information for a foreign agency.',
    'The aide was accused of passing documents to Beijing.',
    'Three engineers went on trial in Düsseldorf on Tuesday.',
    'The couple were ordered to stand trial in Munich.',
    'The officer stood trial last year.',
    'An army analyst pleaded guilty to selling military secrets.',
    'A software engineer pleads guilty to spying on dissidents.',
    'The courier was prosecuted for smuggling gallium.',
    '检方上个月底起诉共谍案嫌犯二人。',
    '检调侦结依法起诉，求刑12年。',
    '三人聆讯后遭声押但获交保。',
    '三人聆訊後遭聲押但獲交保。',
    '被告目前仍在羁押中。',
    '被告目前仍在羈押中。',
    '镇小江遭判刑4年。',
    '检察机关依法提起公诉。',
  ])('reads a step of the law: %s', (line) => {
    expect(legalStepTaken(line)).toBe(true);
  });

  it('does not take a possibility for a step', () => {
    expect(legalStepTaken('Anyone who helps smugglers could be charged under the new law.')).toBe(false);
    expect(legalStepTaken('Those found guilty may be prosecuted.')).toBe(false);
  });
});

describe('stepTaken', () => {
  it('reads a step of the law or an outcome', () => {
    expect(stepTaken('Two men were charged with spying.')).toBe(true);
    expect(stepTaken('Authorities intercepted a group trying to smuggle antimony.')).toBe(true);
    expect(stepTaken('Authorities warned the public about smuggling.')).toBe(false);
  });
});

describe('tellsIncident', () => {
  it('reads a text that calls what it tells a case', () => {
    expect(tellsIncident(paras('The ministry unveiled a spy case in which a college student joined a foreign intelligence agency.'))).toBe(true);
    expect(tellsIncident(paras('The ministry released a case involving a foreign agency that used campus loans to coerce a student.'))).toBe(true);
    expect(tellsIncident(paras('近日，江苏省国家安全机关披露了一起境外间谍企图窃取港口数据的案件。'))).toBe(true);
    expect(tellsIncident(paras('近日，江蘇省國家安全機關破獲一起竊密案。'))).toBe(true);
  });

  it.each([
    ['the disclosure before its day', 'The Ministry of State Security said on Friday that foreign agents had used the post to steal rare earths.'],
    ['the day before the disclosure', 'On July 18, the Ministry of State Security revealed that foreign spy agencies had tried to steal rare earths.'],
    ['an abbreviated month', 'On Aug. 6, the ministry disclosed that smugglers had hidden rare earths in ceramic tiles.'],
    ['a Chinese finding', '国家安全机关工作发现，某国承包商将稀土偷运出境。'],
    ['a Chinese dated disclosure', '国家安全部18日通过微信公众号披露，境外间谍情报机关企图窃取稀土。'],
  ])('reads an authority disclosing it on a given day (%s)', (_label, line) => {
    expect(tellsIncident(paras(line, 'Foreign intelligence agencies colluded with domestic lawbreakers to smuggle the metals.'))).toBe(true);
  });

  it('does not take a campaign of warnings, or a policy piece, for an incident', () => {
    expect(
      tellsIncident(
        paras(
          'Over the past year the ministry has warned repeatedly that foreign spies are trying to acquire rare earths through smuggling.',
          'Analysts say the espionage framing turns compliance into a patriotic duty.',
        ),
      ),
    ).toBe(false);
    expect(tellsIncident(paras('China imposed export controls on gallium and germanium on August 1.', 'Exports of both metals fell sharply.'))).toBe(false);
  });
});

describe('actDone: an act of an incident stated as done', () => {
  it.each(INCIDENT_ACTS)('reads "%s"', (act) => {
    expect(actDone(`Last spring the agents ${act} rare earth parcels abroad.`)).toBe(true);
    expect(actDone(`Agents could have ${act} rare earth parcels abroad.`)).toBe(false);
  });
  it.each(INCIDENT_ACTS_ONGOING)('reads "was %s" and "have been %s"', (act) => {
    expect(actDone(`An unnamed country was ${act} the minerals.`)).toBe(true);
    expect(actDone(`Foreign agents have been ${act} the minerals by post.`)).toBe(true);
    expect(actDone(`The ministry warned against ${act} the minerals.`)).toBe(false);
  });
  it('reads an act coordinated after a modal of another verb', () => {
    expect(actDone('It said the country could not produce its own rare metals and was stealing the minerals.')).toBe(true);
  });
  it('does not read what will be done, or what is done in general', () => {
    expect(actDone('The campaign will target illegal exports through transshipment and postal channels.')).toBe(false);
    expect(actDone('Officials said smuggling of controlled metals undermines national security.')).toBe(false);
  });
});

describe('tellsIncident: a campaign announced on a given day is no incident', () => {
  it('needs an act done besides the dated disclosure', () => {
    const campaign = paras(
      'China will launch a special campaign to crack down on the smuggling of strategic minerals, the Ministry of Commerce said on Monday.',
      'Officials said smuggling of controlled metals undermines national security and would be punished severely.',
    );
    expect(tellsIncident(campaign)).toBe(false);
    expect(tellsIncident([...campaign, { id: 'p3', text: 'Smugglers had disguised the metals as ordinary goods.' }])).toBe(true);
  });
});

describe('actWithNewcomer: an incident told without a name', () => {
  it.each([
    'Customs officers at a land port stopped a truck carrying 300 kilograms of gallium.',
    'Officers seized 20 kilograms of germanium hidden in car parts.',
    'A foreign-funded company set up observation equipment near a military airfield.',
    'On Tuesday, a courier surnamed Tang was stopped at the exit of an airport.',
    'Two contractors smuggled the ore out in crates of fruit.',
  ])('reads %s', (line) => {
    expect(actWithNewcomer(line)).toBe(true);
    expect(tellsIncident(paras(line))).toBe(true);
  });
  it.each([
    'The campaign will target illegal exports and transshipment.',
    'Smuggling of controlled metals undermines national security.',
    'Officers could have seized a truck at the border.',
    'The ministry said the metals had been smuggled through postal channels.',
  ])('does not read %s', (line) => {
    expect(actWithNewcomer(line)).toBe(false);
  });
});

describe('actWithNewcomer: a Chinese act done to something counted', () => {
  it.each(ZH_INCIDENT_ACTS)('reads "%s"', (act) => {
    expect(actWithNewcomer(`近日，有关人员${act}一批可疑物品。`)).toBe(true);
    expect(actWithNewcomer(`有关部门将严厉打击${act}行为。`)).toBe(false);
  });
  it.each(['一个', '两名', '一批', '20公斤', '3吨', '一台', '一艘', '多件'])('reads something counted: %s', (counted) => {
    expect(actWithNewcomer(`海关在口岸查获${counted}镓。`)).toBe(true);
  });
  // The measure words of things a stranger carries: a passport, a camera, a map.
  it.each(['一本', '一部', '两张', '一把', '一只', '一条'])('reads something counted by its measure word: %s', (counted) => {
    expect(actWithNewcomer(`边防官兵发现其随身携带${counted}可疑物品。`)).toBe(true);
  });
  it('does not read "一部分", a part', () => {
    expect(actWithNewcomer('调查发现其携带一部分资料。')).toBe(false);
  });
  it('does not read what will be done', () => {
    expect(actWithNewcomer('如发现有人携带一批稀土出境，应及时举报。')).toBe(false);
    expect(actWithNewcomer('专项行动将查获一批走私物品。')).toBe(false);
  });
});
