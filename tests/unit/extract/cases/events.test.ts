import { describe, expect, it } from 'vitest';
import { readEvents } from '../../../../src/extract/cases/events.ts';

const read = (text: string) => readEvents([{ id: 'p1', text }], 'a');

describe('what a date dates', () => {
  it.each([
    // a rule
    'The ring bypassed export controls implemented since 2021 to ship the metal abroad.',
    // someone's life and career
    'A student surnamed Li was admitted to a university abroad in 2008 and became a class leader.',
    'The ministry said he had failed the college entrance examination in 2008.',
    'Lin graduated from a naval academy in 2001 and later ran a travel agency.',
    'Wang, who was born in 1984, later moved abroad.',
    'His uncle served in the army in 1990 and won a medal.',
    "The files were created during the lawmaker's parliamentary term from 2014 to 2019.",
    '邵某自1995年起担任某电视台驻外记者，后来结识了向某。',
    '葛某在1991年5月间于空军联队服役时曾获表彰。',
    '至2019年7月退休后，邵某转任某公司总监。',
    '徐某2008年考入一所重点大学。',
    '赵某2003年毕业后进入某研究所工作。',
    '王某1984年出生于四川。',
    '克拉2019年任期届满后离开了议会。',
    'He grew up in Fujian until 2014.',
    'The pair moved from Fujian to Ohio in 2014.',
    'The family moved to Ohio in 2014.',
    'His parents immigrated in 2009.',
    'She became a naturalized citizen in 2019.',
    'He became a U.S. citizen in 2019.',
    'A profile said Lin founded a friendship society between the two cities in 1987.',
    'Zhang joined the navy reserve in 2016.',
    'She has worked for the senator since 2018.',
    '他从2018年以来一直在为这名议员工作。',
    '刘某自1992年起参与对外联络工作。',
    '劉某自1992年起參與對外聯絡工作。',
    '刘某1990年创办了一家贸易公司。',
    // a law's name or its effect, an earlier case measured against
    'He is the fifth foreigner held since the counter-espionage law was launched in 2014.',
    'The smugglers broke export control policies put into place back in late 2024.',
    'Tungsten has been subject to export controls since September 2024.',
    'The offence falls under the Economic Espionage Act of 1996.',
    'The men face counts under the Foreign Interference Act of 2018.',
    '三人涉嫌触犯《2023年国家安全法》。',
    '《香港国安法》在2020年7月生效。',
    '该法自2015年起施行。',
    '本案是2015年侦办「某某案」以来，再次侦破的同类案件。',
    '本案是2015年偵辦「某某案」以來，再次偵破的同類案件。',
    // a place's history
    'The case drew criticism in Macao, a former Portuguese colony that returned to Chinese control in 1999.',
    'The island, a former British territory, was handed back in 1997 under a treaty.',
    'The port returned to Chinese sovereignty in 1999 after four centuries.',
    'Until 1992, the bay was home to a large foreign naval base.',
    'Trade boomed under colonial rule in 1950 and after.',
    'The city celebrated the handover anniversary in 2017.',
    '澳门于1999年回归中国。',
    '该岛在1950年仍处于殖民统治之下。',
  ])('context, not the case: %s', (text) => {
    const { events, context } = read(text);
    expect(events).toEqual([]);
    expect(context).toHaveLength(1);
  });

  it.each([
    '根据国家安全部2024年3月5日披露的信息，李某因间谍罪被判处有期徒刑。',
    'The charges, announced on May 13, 2024, include assisting a foreign intelligence service.',
    'On July 18, 2025, the ministry issued a startling revelation about smuggling by post.',
  ])('the day of the statement: %s', (text) => {
    expect(read(text).events.map((e) => e.kind)).toEqual(['disclosure']);
  });

  it.each([
    'He had been employed by Chinese intelligence services since 2002.',
    'In 2012, the two travelled to Macau to meet an intelligence officer.',
    'He was recruited by a foreign spy while he served in the army in 2015.',
    'The stolen files were moved to a server abroad in 2020.',
  ])('the case: %s', (text) => {
    const { events, context } = read(text);
    expect(context).toEqual([]);
    expect(events.map((e) => e.kind)).toEqual(['event']);
  });

  it.each([
    ['The man was detained in March 2023, shortly before he was due to fly home.', 'arrest'],
    ['He was indicted in August 2024.', 'charge'],
    ['His first trial in November 2024 was not open to the public.', 'trial'],
    ['The woman appeared in a local magistrates court on 4 August 2025 to face one count of interference.', 'trial'],
    ['2015年12月，因故意泄露国家秘密被一审法院判处有期徒刑一年的李某上诉。', 'sentence'],
    ['2016年4月20日，市中级人民法院驳回上诉，维持原判。', 'sentence'],
    ['2016年4月20日，高等法院駁回上訴。', 'sentence'],
    ['2019年3月，本案終審定讞。', 'sentence'],
    ['2020年5月，李某被国家安全机关依法逮捕。', 'arrest'],
    // a step far from the date governs another verb: the date is the act's
    ['An engineer pleaded guilty to gathering intelligence on dissidents and groups targeted by the party since 2012.', 'event'],
  ])('the step of the law a date marks: %s', (text, kind) => {
    expect(read(text).events.map((e) => e.kind)).toEqual([kind]);
  });

  it('dates each step by the words nearest to it', () => {
    expect(read('Wang was arrested in March 2023 and sentenced in May 2025.').events.map((e) => [e.date, e.kind])).toEqual([
      ['2023-03', 'arrest'],
      ['2025-05', 'sentence'],
    ]);
  });
});
