import { describe, expect, it } from 'vitest';
import { parseJudgements } from '../../../../src/extract/link/judgements.ts';
import { draftFeatures, draftIds, linkCases } from '../../../../src/extract/link/link.ts';
import { type CaseEvent, MATERIAL_FACT, type Outcome } from '../../../../src/model/schema.ts';
import type { CaseDraft, PersonMention, TopicMention } from '../../../../src/model/types.ts';

function draft(article: string, over: Partial<CaseDraft> & { names?: string[]; materials?: string[]; tactics?: string[] } = {}): CaseDraft {
  const people: PersonMention[] = (over.names ?? []).map((name, i) => ({ name, role: i === 0 ? 'suspect' : 'other', paragraph: 'p1' }));
  const topics: TopicMention[] = [
    ...(over.materials ?? []).map((topic) => ({ topic, kind: 'material' as const, paragraph: 'p1', evidence: topic })),
    ...(over.tactics ?? []).map((topic) => ({ topic, kind: 'tactic' as const, paragraph: 'p1', evidence: topic })),
  ];
  const { names: _n, materials: _m, tactics: _t, ...rest } = over;
  return {
    article,
    index: 1,
    title: 'A case',
    summary: '',
    dramatization: false,
    paragraphs: ['p1'],
    people,
    organisations: [{ name: 'Ministry of State Security', paragraph: 'p1' }],
    places: [],
    topics,
    outcome: null,
    events: [],
    assertedBy: null,
    background: [],
    backgroundEvents: [],
    ...rest,
  };
}

const dated = (date: string, label = date): CaseEvent => ({ date, precision: 'year', label, kind: 'event', source: { article: 'x', paragraph: 'p1' } });
const sentenced = (text: string): Outcome => ({ kind: 'sentenced', text, source: { article: 'x', paragraph: 'p1' } });
const outcome = (kind: Outcome['kind'], text: string = kind): Outcome => ({ kind, text, source: { article: 'x', paragraph: 'p1' } });

describe('linkCases: merging reports of one case', () => {
  it.each([
    [
      'same person, same outcome, in two outlets',
      [
        draft('gt', { names: ['Qi'], outcome: sentenced('sentenced to 2 years and 3 months in prison'), tactics: ['copying-classified-documents'] }),
        draft('cgtn', { names: ['Qi'], outcome: sentenced('sentenced Qi to two years and three months in prison'), tactics: ['copying-classified-documents'] }),
      ],
      1,
    ],
    [
      'a full name in characters and in pinyin, in reports in two languages',
      [
        draft('zh', { names: ['魏金超'], outcome: sentenced('判处有期徒刑16年') }),
        draft('en', { names: ['Jinchao Wei'], outcome: sentenced('sentenced to 16 years in prison') }),
      ],
      1,
    ],
    [
      'a Hong Kong name spelled by its Cantonese sound and the same name in characters',
      [
        draft('zh', { names: ['梁成運'], outcome: sentenced('判處無期徒刑') }),
        draft('en', { names: ['John Shing-Wan Leung'], outcome: sentenced('sentenced to life in prison') }),
      ],
      1,
    ],
    [
      'three people by surname in characters and in pinyin, with the same material',
      [draft('zh', { names: ['杜某', '汤某', '范某'], materials: ['gallium'] }), draft('en', { names: ['Du', 'Tang', 'Fan'], materials: ['gallium'] })],
      1,
    ],
    [
      'a surname in characters and in pinyin, and nothing else shared',
      [draft('zh', { names: ['杜某'], materials: ['gallium'] }), draft('en', { names: ['Du'], materials: ['antimony'] })],
      2,
    ],
    [
      'a Wade-Giles surname and its pinyin, with the same prison term',
      [
        draft('tw', { names: ['Chang'], outcome: sentenced('sentenced to 7 years in prison'), tactics: ['online-loans'] }),
        draft('cn', { names: ['Zhang'], outcome: sentenced('sentenced to 7 years in prison'), tactics: ['online-loans'] }),
      ],
      1,
    ],
    [
      'full name in one report, surname in the other',
      [
        draft('a', { names: ['Xiao Jun'], outcome: outcome('uncovered'), tactics: ['online-loans', 'impersonation'] }),
        draft('b', { names: ['Xiao'], outcome: outcome('uncovered'), tactics: ['online-loans', 'impersonation'] }),
      ],
      1,
    ],
    [
      'no names: same material, same outcome, matching details',
      [
        draft('a', {
          materials: ['gallium'],
          outcome: outcome('intercepted', 'stopped at the airport'),
          summary: 'A foreign national was stopped at the airport with a bottle of gallium in carry-on luggage for a metal company employee.',
        }),
        draft('b', {
          materials: ['gallium'],
          outcome: outcome('intercepted', 'stopped at an airport'),
          summary: 'A traveller was stopped at an airport with a bottle of gallium in hand luggage from a metal company employee paid by a foreign agent.',
        }),
      ],
      1,
    ],
    [
      'no names: the same material and details, one report with an outcome and one without',
      [
        draft('a', {
          materials: ['rare-earths'],
          outcome: outcome('channel-cut-off'),
          tactics: ['postal-smuggling', 'false-declaration'],
          summary: 'Foreign agents mailed rare earths abroad in parcels declared as ordinary goods through express delivery networks.',
        }),
        draft('b', {
          materials: ['rare-earths'],
          tactics: ['postal-smuggling', 'false-declaration'],
          summary: 'Foreign agents hid rare earths in parcels declared as ordinary goods and mailed them through express delivery.',
        }),
      ],
      1,
    ],
    [
      'two different people with the same prison term',
      [
        draft('a', { names: ['Qi'], outcome: sentenced('sentenced to 2 years and 3 months in prison'), tactics: ['copying-classified-documents'] }),
        draft('b', { names: ['Hu'], outcome: sentenced('sentenced to 2 years and 3 months in prison'), tactics: ['copying-classified-documents'] }),
      ],
      2,
    ],
    [
      'one surname, different stories',
      [
        draft('a', { names: ['Zhang'], outcome: outcome('reported-by-target'), tactics: ['social-media-groups'] }),
        draft('b', { names: ['Zhang'], outcome: sentenced('sentenced to 4 years in prison'), tactics: ['academic-exchange'] }),
      ],
      2,
    ],
    [
      'a surname against another report’s full name, with the same outcome',
      [
        draft('a', {
          names: ['Huang'],
          outcome: outcome('arrested'),
          summary: 'Huang ran a consultancy and gathered information for a foreign intelligence service.',
        }),
        draft('b', {
          names: ['Huang Yu'],
          outcome: outcome('arrested'),
          summary: 'Huang Yu, a scholar, sold state secrets to a foreign agency in exchange for money and was executed after trial two years later.',
        }),
      ],
      2,
    ],
    [
      'one surname in two Taiwanese spy rings, both in Taiwan',
      [
        draft('a', { names: ['Chen'], places: [{ name: 'Taiwan', paragraph: 'p1' }], summary: 'Chen recruited retired officers.' }),
        draft('b', { names: ['Chen'], places: [{ name: 'Taiwan', paragraph: 'p1' }], summary: 'Chen photographed a base.' }),
      ],
      2,
    ],
    [
      'a given name with the surname’s initial, and the full name in characters',
      [
        draft('de', { names: ['Jian G.'], outcome: sentenced('sentenced to four years and nine months in prison') }),
        draft('zh', { names: ['郭建'], outcome: sentenced('判处有期徒刑4年9个月') }),
      ],
      1,
    ],
    [
      'years apart: the spying since one year, the arrest in another',
      [
        draft('a', { names: ['Guo Jian'], outcome: outcome('arrested'), events: [dated('2002', 'He had worked for Chinese intelligence since 2002.')] }),
        draft('b', { names: ['Guo Jian'], outcome: outcome('arrested'), events: [dated('2024', 'He was arrested in April 2024.')] }),
      ],
      1,
    ],
    [
      'years apart in Chinese: 早在2002年就开始, and the arrest',
      [
        draft('a', { names: ['郭建'], outcome: outcome('arrested'), events: [dated('2002', '郭建早在2002年就开始替情报机构工作。')] }),
        draft('b', { names: ['郭建'], outcome: outcome('arrested'), events: [dated('2024', '郭建2024年4月被捕。')] }),
      ],
      1,
    ],
    [
      'one full name in two reports of different years, neither going on',
      [
        draft('a', { names: ['Guo Jian'], outcome: outcome('arrested'), events: [dated('2002', 'He was arrested in 2002.')] }),
        draft('b', { names: ['Guo Jian'], outcome: outcome('arrested'), events: [dated('2024', 'He was arrested in 2024.')] }),
      ],
      2,
    ],
    [
      'a prison term in round numbers and the exact one',
      [
        draft('a', { names: ['Jian G.'], outcome: sentenced('jailed for almost five years') }),
        draft('b', { names: ['Jian G.'], outcome: sentenced('sentenced to four years and nine months') }),
      ],
      1,
    ],
    ...(
      [
        ['nearly five years', 'four years and nine months'],
        ['about five years', 'five years and two months'],
        ['more than four years', 'four years and nine months'],
      ] as const
    ).map(([round, exact]): [string, CaseDraft[], number] => [
      `"${round}" and "${exact}"`,
      [
        draft('a', { names: ['Jian G.'], outcome: sentenced(`jailed for ${round}`) }),
        draft('b', { names: ['Jian G.'], outcome: sentenced(`sentenced to ${exact}`) }),
      ],
      1,
    ]),
    [
      'a prison term in round numbers and a very different one',
      [
        draft('a', { names: ['Jian G.'], outcome: sentenced('jailed for about five years') }),
        draft('b', { names: ['Jian G.'], outcome: sentenced('sentenced to ten years') }),
      ],
      2,
    ],
    [
      'the same person with different prison terms',
      [
        draft('a', { names: ['Qi'], outcome: sentenced('sentenced to 3 years in prison'), tactics: ['copying-classified-documents'] }),
        draft('b', { names: ['Qi'], outcome: sentenced('sentenced to 5 years in prison'), tactics: ['copying-classified-documents'] }),
      ],
      2,
    ],
    [
      'the same person by full name with different prison terms: one case the reports tell differently',
      [
        draft('a', { names: ['Lin Haoran'], outcome: sentenced('sentenced to 4 years in prison'), tactics: ['copying-classified-documents'] }),
        draft('b', { names: ['Lin Haoran'], outcome: sentenced('sentenced to 5 years in prison'), tactics: ['copying-classified-documents'] }),
      ],
      1,
    ],
    [
      'two reports each naming one of two co-defendants, and a third naming both: one case',
      [
        draft('a', { names: ['Ruan Lifang'], outcome: sentenced('sentenced to 4 years in prison') }),
        draft('b', { names: ['Gao Zhiwen'], outcome: outcome('arrested') }),
        draft('c', { names: ['Gao Zhiwen', 'Ruan Lifang'], outcome: sentenced('sentenced to 4 years in prison') }),
      ],
      1,
    ],
    [
      "a report of one person that recalls another person's case, beside each person's own report with its own term: two cases",
      [
        draft('a', { names: ['Kang Lirong', 'Fu Minghao'], outcome: sentenced('sentenced to 16 years in prison') }),
        draft('b', { names: ['Kang Lirong'], outcome: sentenced('sentenced to 16 years in prison') }),
        draft('c', { names: ['Fu Minghao'], outcome: sentenced('sentenced to 2 years in prison') }),
      ],
      2,
    ],
    [
      "a report that recalls another person's case beside its own, and that person's own report with another term: two cases",
      [
        draft('a', { names: ['Kang Lirong', 'Fu Minghao'], outcome: sentenced('sentenced to 16 years in prison'), summary: 'Kang Lirong sold manuals.' }),
        draft('b', { names: ['Fu Minghao'], outcome: sentenced('sentenced to 2 years in prison'), summary: 'Fu Minghao took bribes.' }),
      ],
      2,
    ],
    [
      'shared topic words alone',
      [
        draft('a', {
          materials: ['gallium'],
          outcome: outcome('intercepted'),
          tactics: ['carry-on-courier', 'paid-proxy', 'illegal-export'],
          summary: 'Gallium seized at a port in Guangxi.',
        }),
        draft('b', {
          materials: ['gallium'],
          outcome: outcome('intercepted'),
          tactics: ['carry-on-courier', 'paid-proxy', 'illegal-export'],
          summary: 'Customs in Xinjiang caught a lorry hiding ingots.',
        }),
      ],
      2,
    ],
    [
      'two cases of one article',
      [draft('a', { names: ['Qi'], outcome: outcome('arrested') }), { ...draft('a', { names: ['Qi'], outcome: outcome('arrested') }), index: 2 }],
      2,
    ],
    [
      'two cases whose reports name the other’s mineral only as background',
      [
        draft('reuters', {
          names: ['Liu'],
          materials: ['gallium', 'germanium'],
          outcome: outcome('arrested'),
          tactics: ['postal-smuggling', 'false-declaration', 'transhipment'],
          summary: 'Liu sent gallium and germanium abroad in parcels labelled as tin solder.',
          places: [
            { name: 'Beijing', paragraph: 'p1' },
            { name: 'United States', paragraph: 'p1' },
          ],
        }),
        draft('bbc', {
          materials: ['antimony', 'gallium', 'germanium'],
          outcome: outcome('arrested'),
          tactics: ['postal-smuggling', 'false-declaration', 'transhipment'],
          summary: 'A trading company listed antimony ingots as lead alloy and shipped them through Thailand.',
          places: [
            { name: 'Beijing', paragraph: 'p1' },
            { name: 'United States', paragraph: 'p1' },
          ],
        }),
      ],
      2,
    ],
    [
      'one mineral smuggled out through one province, no person, amount or term in common: two cases',
      [
        draft('daily', {
          title: 'Smuggling ring leader jailed',
          summary: 'The ring leader was jailed after a trial that heard how ingots left the province hidden in lorries.',
          materials: ['antimony'],
          tactics: ['illegal-export'],
          outcome: sentenced('was sentenced to twelve years'),
          places: [{ name: 'Guangdong', paragraph: 'p1' }],
        }),
        draft('trade', {
          title: 'Three held over shipments',
          summary: 'Customs officers found the metal in a container declared as cardboard and detained three suspects.',
          materials: ['antimony'],
          tactics: ['illegal-export'],
          outcome: outcome('arrested'),
          places: [
            { name: 'Hunan', paragraph: 'p1' },
            { name: 'Guangdong', paragraph: 'p1' },
          ],
        }),
      ],
      2,
    ],
    [
      'one mineral smuggled out through one port city: one case',
      [
        draft('daily', {
          materials: ['antimony'],
          tactics: ['illegal-export'],
          outcome: sentenced('was sentenced to twelve years'),
          places: [{ name: 'Shenzhen', paragraph: 'p1' }],
        }),
        draft('trade', { materials: ['antimony'], tactics: ['illegal-export'], outcome: outcome('arrested'), places: [{ name: 'Shenzhen', paragraph: 'p1' }] }),
      ],
      1,
    ],
    [
      'two people by English given name and surname, and by their names in characters',
      [draft('en', { names: ['Linda Sun', 'Chris Hu'] }), draft('zh', { names: ['孙雯', '胡骁'] })],
      1,
    ],
    [
      'one surname in two reports, both sentenced to life: many severe cases end so, no sign of one case',
      [
        draft('en', { names: ['John Leung'], outcome: sentenced('was sentenced to life in prison') }),
        draft('zh', { names: ['梁成運'], outcome: sentenced('被判處無期徒刑') }),
      ],
      2,
    ],
    [
      'one surname, one sentenced to life and one to ten years',
      [
        draft('en', { names: ['Leung'], outcome: sentenced('was sentenced to life in prison') }),
        draft('zh', { names: ['梁某'], outcome: sentenced('判处有期徒刑十年') }),
      ],
      2,
    ],
    [
      'one English-named person and a different person in characters with the same surname, no other evidence',
      [draft('en', { names: ['John Leung'] }), draft('zh', { names: ['梁成運'] })],
      2,
    ],
    [
      'one surname and the same city, written in English in one report and in characters in the other',
      [
        draft('en', { names: ['Zhou'], outcome: outcome('arrested'), places: [{ name: 'Kaohsiung', paragraph: 'p1' }] }),
        draft('zh', { names: ['周某'], outcome: outcome('arrested'), places: [{ name: '高雄市', paragraph: 'p1' }] }),
      ],
      1,
    ],
    [
      'one Chinese story reposted by two sites, nobody named: its pairs of characters are shared, in either script',
      [
        draft('a', {
          summary: '国家安全机关在浙江某海岛当场抓获一名境外间谍，其携带的SD卡中存有大量沿海军事设施照片，涉嫌窃取军事秘密。',
          outcome: outcome('arrested'),
        }),
        draft('b', {
          summary: '國家安全機關在浙江某海島當場抓獲一名境外間諜，其攜帶的SD卡中存有大量沿海軍事設施照片，涉嫌竊取軍事秘密。',
          outcome: outcome('arrested'),
        }),
      ],
      1,
    ],
    [
      'two different Chinese stories of the same ministry, nobody named',
      [
        draft('a', {
          summary: '国家安全机关在浙江某海岛当场抓获一名境外间谍，其携带的SD卡中存有大量沿海军事设施照片，涉嫌窃取军事秘密。',
          outcome: outcome('arrested'),
        }),
        draft('b', {
          summary: '国家安全机关近日破获一起利用快递寄递稀土的走私案件，境外承包商伪造标签将管制物项运出境。',
          outcome: outcome('arrested'),
        }),
      ],
      2,
    ],
    [
      'a prison term in Chinese and the same term in English, one surname each',
      [
        draft('zh', { names: ['吴某'], outcome: sentenced('判处有期徒刑十四年，并处罚金') }),
        draft('en', { names: ['Wu'], outcome: sentenced('sentenced to 14 years in prison') }),
      ],
      1,
    ],
    [
      'one surname and one material, with two different prison terms in Chinese',
      [
        draft('a', { names: ['吴某'], materials: ['gallium'], outcome: sentenced('判处有期徒刑十年') }),
        draft('b', { names: ['吴某'], materials: ['gallium'], outcome: sentenced('判处有期徒刑三年') }),
      ],
      2,
    ],
    [
      'no names: "three and a half years" and "three years and six months" in two reports of one sentence',
      [
        draft('a', {
          outcome: sentenced('sentenced to three and a half years in prison'),
          summary: 'A Japanese pharmaceutical employee was jailed in Beijing.',
        }),
        draft('b', {
          outcome: sentenced('sentenced to three years and six months in prison'),
          summary: 'The pharmaceutical employee detained in Beijing was jailed.',
        }),
      ],
      1,
    ],
    [
      'a nickname in quotes in one report and not in the other',
      [
        draft('a', { names: ['Jinchao "Patrick" Wei'], outcome: outcome('sentenced', 'convicted of espionage') }),
        draft('b', { names: ['Jinchao Wei'], outcome: outcome('sentenced', 'convicted of espionage') }),
      ],
      1,
    ],
    [
      'one full name in two cities, told in different words: two people of one name',
      [
        draft('a', {
          names: ['Hou Longjun'],
          materials: ['gallium'],
          outcome: outcome('arrested'),
          places: [{ name: 'Chengdu', paragraph: 'p1' }],
          summary: 'Hou Longjun in Chengdu met an officer who posed as a loan manager.',
        }),
        draft('b', {
          names: ['Hou Longjun'],
          materials: ['gallium'],
          outcome: outcome('arrested'),
          places: [{ name: "Xi'an", paragraph: 'p1' }],
          summary: 'Hou Longjun, an agronomist in Xi’an, was approached on a dating app.',
        }),
      ],
      2,
    ],
    [
      'two spellings of one name (Zheng, Cheng) in two cities: two people',
      [
        draft('a', { names: ['Zheng Ningfeng'], materials: ['gallium'], places: [{ name: 'Hohhot', paragraph: 'p1' }] }),
        draft('b', { names: ['Cheng Ningfeng'], materials: ['gallium'], places: [{ name: 'Guangzhou', paragraph: 'p1' }] }),
      ],
      2,
    ],
    [
      'three people in common, told from two places (the trial, the reaction at home): one case',
      [
        draft('a', { names: ['Bill Yuen', 'Peter Wai', 'Matthew Trickett'], places: [{ name: 'London', paragraph: 'p1' }] }),
        draft('b', { names: ['Bill Yuen', 'Peter Wai', 'Matthew Trickett'], places: [{ name: 'Hong Kong', paragraph: 'p1' }] }),
      ],
      1,
    ],
    [
      'one full name, one of the two reports naming no place: one person',
      [
        draft('a', { names: ['Hou Longjun'], materials: ['gallium'], places: [{ name: 'Chengdu', paragraph: 'p1' }] }),
        draft('b', { names: ['Hou Longjun'], materials: ['gallium'] }),
      ],
      1,
    ],
    [
      'a nickname in quotes, and another person of the same surname',
      [
        draft('a', { names: ['Wenheng “Thomas” Zhao'], outcome: outcome('sentenced', 'sentenced') }),
        draft('b', { names: ['Wenheng Zhang'], outcome: outcome('sentenced', 'sentenced') }),
      ],
      2,
    ],
    [
      'one main person by a full name few share, in reports years apart (recruited, then sentenced)',
      [
        draft('a', { names: ['高安國'], events: [dated('2019', '高安國2019年起吸收退役軍人。')] }),
        draft('b', { names: ['高安國'], events: [dated('2023', '高安國2023年被起訴。')] }),
      ],
      1,
    ],
    [
      'a two-character name many share, in reports years apart',
      [
        draft('a', { names: ['郭建'], outcome: outcome('arrested'), events: [dated('2002', '郭建2002年被捕。')] }),
        draft('b', { names: ['郭建'], outcome: outcome('arrested'), events: [dated('2024', '郭建2024年被捕。')] }),
      ],
      2,
    ],
    [
      'a handler with a rare name in two cases years apart, each with its own suspect',
      [
        draft('a', { names: ['Zeng', '徐延軍'], outcome: outcome('arrested'), events: [dated('2015', 'arrested in 2015')] }),
        draft('b', { names: ['Hu', '徐延軍'], outcome: outcome('arrested'), events: [dated('2021', 'arrested in 2021')] }),
      ],
      2,
    ],
    [
      'no names: the same amount of the same material, in tonnes and in characters',
      [
        draft('zh', { materials: ['antimony'], outcome: sentenced('获刑'), title: '27人偷运166吨锑锭' }),
        draft('en', { materials: ['antimony'], outcome: sentenced('jailed'), title: 'Smugglers of more than 166 metric tons of antimony jailed' }),
      ],
      1,
    ],
    [
      'no names: the same material and outcome, different amounts',
      [
        draft('a', {
          materials: ['antimony'],
          outcome: outcome('intercepted'),
          title: 'Harbour officers find 25 tonnes of antimony in an outbound container',
          summary: 'The ingots were declared as zinc alloy and bound for a port in Southeast Asia.',
        }),
        draft('b', {
          materials: ['antimony'],
          outcome: outcome('intercepted'),
          title: 'Border police stop lorries carrying 166 tonnes of antimony',
          summary: 'A smuggling ring hid the metal under vegetables and drove it across a mountain pass at night.',
        }),
      ],
      2,
    ],
    [
      'two different cases in one city, each with an arrest',
      [
        draft('a', {
          places: [{ name: 'Busan', paragraph: 'p1' }],
          outcome: outcome('arrested'),
          title: 'Students filmed a visiting aircraft carrier with drones',
          summary: 'Two foreign students flew drones over the naval base and kept hundreds of photos on their phones.',
        }),
        draft('b', {
          places: [{ name: 'Busan', paragraph: 'p1' }],
          outcome: outcome('arrested'),
          title: 'Sailor sold radar manuals to a handler',
          summary: 'A petty officer met a handler online and was paid in cryptocurrency for maintenance manuals.',
        }),
      ],
      2,
    ],
    [
      'no names, places or materials: one story in two outlets, told in nearly the same words',
      [
        draft('wire', {
          title: 'Two residents arrested for running an undeclared police station for a foreign government',
          summary:
            'The two men ran the station from a noodle shop downtown, tracked dissidents living nearby and were told to destroy their chat messages after agents seized their phones.',
        }),
        draft('daily', {
          title: 'Two men arrested for running an undeclared police station above a noodle shop downtown',
          summary: 'Both men tracked dissidents, destroyed chat messages when told to, and had their phones seized by agents.',
        }),
      ],
      1,
    ],
    [
      'no names: two stations in two cities, reported in words of one subject',
      [
        draft('a', {
          title: 'Two residents arrested for running an undeclared police station for a foreign government',
          summary: 'The two men ran the station from an office building downtown and were told to destroy their messages with the police ministry.',
        }),
        draft('b', {
          title: 'Police raid a community association accused of hosting an overseas police station',
          summary: 'Officers searched the association’s rooms near the harbour; no one was charged and the association denied running any station.',
        }),
      ],
      2,
    ],
    [
      'a Taiwanese name in Wade-Giles and in characters, reports in two languages',
      [
        draft('en', { names: ['Kao An-kuo'], outcome: sentenced('indicted and later sentenced') }),
        draft('zh', { names: ['高安國'], outcome: sentenced('被判刑') }),
      ],
      1,
    ],
    [
      'one Wade-Giles surname, another given name',
      [draft('en', { names: ['Kao An-ming'], outcome: sentenced('sentenced') }), draft('zh', { names: ['高安國'], outcome: sentenced('被判刑') })],
      2,
    ],
    [
      'a foreign suspect named in characters by two Chinese reports, one in each script',
      [
        draft('cn', { names: ['亚历山大·切尔格'], outcome: outcome('arrested', '被捕') }),
        draft('tw', { names: ['亞歷山大·切爾格'], outcome: outcome('arrested', '被捕') }),
      ],
      1,
    ],
    [
      'two foreign suspects of one given name, named in characters',
      [
        draft('a', { names: ['亚历山大·切尔格'], outcome: outcome('arrested', '被捕') }),
        draft('b', { names: ['亚历山大·布朗'], outcome: outcome('arrested', '被捕') }),
      ],
      2,
    ],
    [
      'a comic and a real case',
      [
        draft('a', { names: ['Ma'], dramatization: true, materials: ['rare-earths'] }),
        draft('b', { names: ['Ma'], materials: ['rare-earths'], outcome: outcome('arrested') }),
      ],
      2,
    ],
  ])('%s', (_label, drafts, count) => {
    const linked = linkCases(drafts, []);
    expect(linked.cases).toHaveLength(count);
    expect(linked.redirects).toHaveLength(drafts.length - count);
  });

  // Documents, secrets and technical data are what most cases are about: sharing one is no evidence of one case.
  it.each(['classified-documents', 'state-secrets', 'technical-data'])('one common surname and an arrest, sharing only %s, stay two cases', (material) => {
    const drafts = [
      draft('a', {
        names: ['Wang'],
        outcome: outcome('arrested'),
        materials: [material],
        summary: 'Wang, a clerk at a shipbuilding design institute in the north, copied drawings at night and carried them home in a lunch box for months.',
      }),
      draft('b', {
        names: ['Wang'],
        outcome: outcome('arrested'),
        materials: [material],
        summary: 'A harbour worker named Wang met a handler through a dating application, flew to Bangkok twice and was paid with gifts and cash transfers.',
      }),
    ];
    expect(linkCases(drafts, []).cases).toHaveLength(2);
  });

  it('a merged case keeps every source and names the person once', () => {
    const { cases, entities, redirects } = linkCases(
      [
        draft('gt', { names: ['Qi'], outcome: sentenced('sentenced to 2 years and 3 months in prison') }),
        draft('cgtn', { names: ['Qi'], outcome: sentenced('sentenced Qi to two years and three months in prison') }),
      ],
      [],
      { published: { gt: '2024-12-01', cgtn: '2024-12-03' } },
    );
    const [c] = cases;
    expect(c!.sources.map((s) => s.article)).toEqual(['gt', 'cgtn']);
    expect(c!.people).toHaveLength(1);
    expect(c!.roles.map((r) => r.source.article)).toEqual(['gt', 'cgtn']);
    expect(entities.filter((e) => e.kind === 'person')).toHaveLength(1);
    expect(entities.find((e) => e.id === 'org-ministry-of-state-security')?.aliases).toContain('MSS');
    // The first report names the case; the other id forwards to it.
    expect(c!.id).toBe(draftIds([draft('gt', { names: ['Qi'] })])[0]);
    expect(redirects).toEqual([{ from: draftIds([draft('cgtn', { names: ['Qi'] })])[0], to: c!.id }]);
  });

  it('knows a person by the other names a report gives them, in any report of the case', () => {
    const zh = draft('zh', { outcome: sentenced('判處200個月監禁') });
    zh.people = [{ name: '魏金明', role: 'suspect', paragraph: 'p1', aliases: ['Jinming Wei'] }];
    const en = draft('en', { names: ['Jinming Wei'], outcome: sentenced('sentenced to 200 months') });
    const [idZh, idEn] = draftIds([zh, en]);
    const { entities } = linkCases([zh, en], [{ kind: 'merge', cases: [idZh!, idEn!], reason: 'One sailor, reported in two languages.' }]);
    const people = entities.filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect([people[0]!.name, ...people[0]!.aliases]).toEqual(expect.arrayContaining(['魏金明', 'Jinming Wei']));
  });

  it('keeps two people of the same surname in different cases apart as entities', () => {
    const { entities } = linkCases([draft('a', { names: ['Zhang'] }), draft('b', { names: ['Zhang'], outcome: outcome('arrested') })], []);
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Zhang', 'Zhang']);
  });
});

describe('case ids', () => {
  it('come from the case and its article, and do not move when other seeds are added', () => {
    const qi = draft('chinas-mss-cracks-down', { names: ['Qi'] });
    const before = linkCases([qi], []).cases[0]!.id;
    const after = linkCases(
      [draft('aaa-other', { names: ['Wang'] }), qi, draft('zzz-other', { materials: ['gallium'], tactics: ['postal-smuggling'] })],
      [],
    ).cases.map((c) => c.id);
    expect(after).toContain(before);
    expect(before).toMatch(/^qi-[0-9a-f]{6}$/);
  });

  it('name a case without people by material and tactic', () => {
    expect(draftIds([draft('x', { materials: ['rare-earths'], tactics: ['postal-smuggling'] })])[0]).toMatch(/^rare-earths-postal-smuggling-[0-9a-f]{6}$/);
  });
});

describe('judgements', () => {
  const a = draft('a', { names: ['Qi'], outcome: sentenced('sentenced to 2 years in prison') });
  const b = draft('b', { names: ['Qi'], outcome: sentenced('sentenced to 2 years in prison') });
  const c = draft('c', { names: ['Hu'], outcome: outcome('arrested') });
  const [idA, idB, idC] = draftIds([a, b, c]);

  it('split keeps apart what the evidence would merge', () => {
    const parsed = parseJudgements(`- split: [${idA}, ${idB}]\n  reason: Two men surnamed Qi, different units.\n`);
    expect(parsed.ok).toBe(true);
    expect(linkCases([a, b], parsed.ok ? parsed.judgements : []).cases).toHaveLength(2);
  });

  it('merge joins what the evidence keeps apart, and the old id redirects', () => {
    const parsed = parseJudgements(`- merge: [${idA}, ${idC}]\n  reason: Hu is the name another outlet gives Qi.\n`);
    const linked = linkCases([a, c], parsed.ok ? parsed.judgements : []);
    expect(linked.cases).toHaveLength(1);
    expect(linked.cases[0]!.sources.map((x) => x.article).sort()).toEqual(['a', 'c']);
    // Without publication dates the smaller id names the case.
    const [to, from] = [idA!, idC!].sort();
    expect(linked.redirects).toEqual([{ from, to }]);
  });

  it('warn about ids that are no case', () => {
    expect(linkCases([a], [{ kind: 'merge', cases: [idA!, 'no-such-case'], reason: 'x' }]).warnings[0]).toMatch(/no-such-case/);
  });

  it.each([['- merge: [a]\n  reason: x\n'], ['- merge: [a, b]\n'], ['- join: [a, b]\n  reason: x\n'], ['merge: [a, b']])(
    'reject a malformed file: %j',
    (source) => {
      expect(parseJudgements(source).ok).toBe(false);
    },
  );

  it('accept the shipped file', async () => {
    const { readFileSync } = await import('node:fs');
    expect(parseJudgements(readFileSync('content/judgements.yaml', 'utf8'))).toEqual({ ok: true, judgements: [] });
  });
});

describe('linkCases: materials as the reports name them', () => {
  it('keeps each named material as a fact citing its article and paragraph', () => {
    const [c] = linkCases([draft('zh', { namedMaterials: [{ name: '人事等機密檔案', paragraph: 'p3' }] })], []).cases;
    expect(c!.facts.filter((f) => f.field === MATERIAL_FACT)).toEqual([
      { field: MATERIAL_FACT, value: '人事等機密檔案', source: { article: 'zh', paragraph: 'p3' } },
    ]);
  });
});

describe("a report's headline as evidence for linking", () => {
  it("is compared with other reports' words, though it is not the case's title", () => {
    const story = '境外间谍企图窃取沿海海岛军事秘密当场被抓获国家安全机关依法处置';
    const a = draft('a', { title: '间谍案', headline: story });
    const b = draft('b', { title: story });
    const words = [...draftFeatures('b', b).words];
    expect(words.length).toBeGreaterThan(10);
    expect(words.filter((w) => !draftFeatures('a', a).words.has(w))).toEqual([]);
    expect(words.filter((w) => !draftFeatures('a', draft('a', { title: '间谍案' })).words.has(w)).length).toBeGreaterThan(10);
  });
});
