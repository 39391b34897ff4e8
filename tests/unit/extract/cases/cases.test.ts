import { describe, expect, it } from 'vitest';
import { findCases, isOnTopic } from '../../../../src/extract/cases/cases.ts';
import { describedAs, tidy } from '../../../../src/extract/cases/title.ts';
import { articleDraft, taxonomy } from '../../../helpers/drafts.ts';

const article = (title: string, ...texts: string[]) => articleDraft('a1', 'en', title, ...texts);

describe('findCases', () => {
  const multi = article(
    'State security ministry exposes three espionage cases',
    "China's Ministry of State Security (MSS) has exposed several cases of people who worked with foreign intelligence agencies.",
    'Case 1: A Debtor',
    'Deng, a former engineer at a shipyard, ran up gambling debts. He contacted a foreign intelligence agency online and sold photographs of warships to it. Deng was sentenced to 5 years in prison.',
    'Case 2: A Student',
    'Hu, a university student, answered a part-time job advert and photographed a military airport for a foreign spy. Hu reported the contact to the national security agency.',
    '"These cases show the public must stay alert," Wu Bin, a professor at a university in Beijing, told reporters.',
  );
  const cases = findCases(multi, taxonomy);

  it('finds one case per heading, and leaves the expert quote to the article', () => {
    expect(cases.map((c) => c.people.map((p) => p.name))).toEqual([['Deng'], ['Hu']]);
    expect(cases.flatMap((c) => c.paragraphs)).not.toContain('p6');
  });

  it('ties every value to its paragraph', () => {
    const [deng] = cases;
    expect(deng!.people[0]).toEqual({ name: 'Deng', role: 'suspect', paragraph: 'p3' });
    expect(deng!.outcome).toMatchObject({ kind: 'sentenced', source: { article: 'a1', paragraph: 'p3' } });
    expect(deng!.topics.find((t) => t.topic === 'gambling')).toMatchObject({ paragraph: 'p3', evidence: 'gambling' });
    expect(deng!.assertedBy).toBe('Ministry of State Security');
  });

  it("names each case's materials in the words of its own paragraphs", () => {
    expect(cases[0]!.namedMaterials).toEqual([{ name: 'photographs of warships', paragraph: 'p3' }]);
    expect(cases[1]!.namedMaterials).toEqual([]);
  });

  it("names a Chinese report's materials with their English", () => {
    const zh = articleDraft(
      'z1',
      'zh',
      '國安機關破獲間諜案',
      '國家安全機關日前破獲一起間諜案，犯罪嫌疑人李某被逮捕。',
      '經查，李某受境外間諜情報機關指使，多次竊取我國軍事秘密，並向對方提供。',
    );
    expect(findCases(zh, taxonomy).flatMap((c) => c.namedMaterials?.map((m) => m.name) ?? [])).toContain('我國軍事秘密 (military secrets)');
  });

  it('names no materials of a fiction', () => {
    const comic = article(
      'Ministry releases national security comic',
      'In its new comic, titled The Hidden Hand, the Ministry of State Security depicted how spies targeted a naval base.',
      'The comic is set in a fictional city, where a man surnamed Hu sold military secrets of the naval base to a foreign spy.',
      'A woman named Ding reports him to the national security agency.',
    );
    const [c] = findCases(comic, taxonomy);
    expect(c?.dramatization).toBe(true);
    expect(c?.namedMaterials).toEqual([]);
  });

  it('writes extractive titles and summaries', () => {
    expect(cases[0]!.title).toBe('Former engineer Deng sold photographs of warships to it; sentenced to 5 years');
    expect(cases[1]!.title).toMatch(/^University student Hu reported the contact to the national security agency/);
    for (const c of cases) {
      const text = multi.paragraphs.map((p) => p.text).join(' ');
      for (const sentence of c.summary.split(/(?<=\.) /)) expect(text).toContain(sentence);
    }
  });

  it("reads dated events with their precision, the incident's as the case's and the export rules' as background", () => {
    const [c] = findCases(
      article(
        'Gallium smuggler stopped at airport',
        'The Ministry of State Security said a foreign national was stopped at the airport with gallium in carry-on luggage in March 2024.',
        'In August 2023, the Ministry of Commerce imposed new export restrictions on gallium and germanium.',
      ),
      taxonomy,
    );
    expect(c!.events).toEqual([expect.objectContaining({ date: '2024-03', precision: 'month', source: { article: 'a1', paragraph: 'p1' } })]);
    expect(c!.backgroundEvents).toEqual([expect.objectContaining({ date: '2023-08', precision: 'month', source: { article: 'a1', paragraph: 'p2' } })]);
    expect(c!.background).toEqual(['p2']);
    expect(c!.organisations.map((o) => o.name)).toEqual(['Ministry of State Security']);
    expect(c!.outcome?.kind).toBe('intercepted');
    expect(c!.title).toBe('Gallium smuggling case: stopped at the airport');
  });

  it.each([
    [
      'money laundering',
      'Two men arrested over money laundering',
      'Hong Kong customs officers have arrested two men who smuggled cash out of the city to launder HK$1.15 billion.',
    ],
    [
      'trade policy',
      'China extends duties',
      'China will levy anti-dumping duties on stainless steel, the Ministry of Commerce said. Exports of rare earths fell 7 percent in 2023.',
    ],
  ])('finds no case in an off-topic article (%s)', (_label, title, text) => {
    const a = article(title, text);
    expect(isOnTopic(a, taxonomy)).toBe(false);
    expect(findCases(a, taxonomy)).toEqual([]);
  });

  it('finds no case in an analysis that tells of no incident, however much it says about espionage', () => {
    const analysis = article(
      'Why China’s spy agency has become a critical minerals regulator',
      'For most of its history, China’s Ministry of State Security preferred to operate in the shadows, but it now posts about espionage almost daily.',
      'Over the past year the ministry has warned repeatedly that foreign spies are trying to acquire rare earths, with ore samples gathered under the cover of research.',
      'Analysts say the state security framing lets the ministry treat smuggling of strategic minerals as a national security matter rather than a customs one.',
      'Whether the espionage warnings deter smuggling is another question, and the ministry publishes no figures on how many cases it handles.',
    );
    expect(findCases(analysis, taxonomy)).toEqual([]);
  });

  it.each([
    [
      'the actor, not the words before "a man surnamed"',
      ['The ministry said a man surnamed Liu sold classified documents to a foreign spy agency and was arrested.'],
      /^Liu sold classified documents/,
    ],
    [
      'what was done, not what was not',
      [
        'An engineer surnamed Xu was approached by a foreign spy posing as a headhunter.',
        'Xu had not sold any secrets to him. Later Xu photographed a military port for the spy.',
      ],
      /^Engineer Xu photographed a military port/,
    ],
    [
      'an act with its own object, not the verb of a relative clause',
      [
        'An engineer surnamed Huang was sentenced to 11 years for spying for a foreign agency.',
        'Forensic examination found that the materials he had provided included 17 items classified as secret.',
      ],
      /^(?!.*provided included).*Huang/,
    ],
  ])('titles a case by %s', (_label, texts, title) => {
    expect(findCases(article('Spy cases', ...texts), taxonomy)[0]?.title).toMatch(title);
  });

  it.each([
    [
      'charged',
      'A complaint was unsealed charging two foreign intelligence officers with attempting to obstruct a prosecution.',
      'The complaint alleges that the defendants directed an employee of a law enforcement agency to steal confidential files.',
    ],
    [
      'called a case',
      'The Ministry of State Security unveiled a spy case in which a college student joined a foreign intelligence agency.',
      'The student later pretended to turn himself in to the national security agencies.',
    ],
    [
      'disclosed on a given day',
      'Foreign agents have been using the postal system to steal rare earths, the Ministry of State Security said on Friday.',
      'The ministry said an unnamed country was stealing the minerals to shore up its own supplies, and that smuggling channels were the target.',
    ],
  ])('finds a case that names nobody and states no outcome when the story tells an incident (%s)', (_label, ...texts) => {
    expect(findCases(article('Spy case', ...texts), taxonomy)).toHaveLength(1);
  });

  it('keeps a Chinese headline as the title of a one-case report, but not a photo caption read as the headline', () => {
    const text = '国家安全机关破获一起间谍案，李某向境外间谍情报机关出售国家秘密，被判处有期徒刑十年。';
    expect(findCases(articleDraft('a1', 'zh', '李某出售国家秘密被判十年', text), taxonomy)[0]!.title).toBe('李某出售国家秘密被判十年');
    expect(findCases(articleDraft('a1', 'zh', '法院审理间谍案。法院示意图。(中央社)', text), taxonomy)[0]!.title).not.toMatch(/中央社/);
  });

  it('titles a case that names nobody by what the law did to whom', () => {
    const [c] = findCases(
      article(
        'Navy sergeant indicted',
        'Last month, a sergeant who worked at a navy training centre was indicted for photographing classified files, with prosecutors saying he was paid.',
      ),
      taxonomy,
    );
    expect(c!.title).toBe('Sergeant who worked at a navy training centre indicted for photographing classified files');
  });

  it('does not take the verb of a relative clause for the act', () => {
    const [c] = findCases(
      article(
        'Student coerced into spying',
        'A foreign spy agency used a campus loan to coerce a student into photographing state secrets at his father’s unit.',
        'The documents that An photographed did not involve classified material, and the father reported it to the national security hotline.',
      ),
      taxonomy,
    );
    expect(c!.title).not.toMatch(/photographed did not/);
  });

  it('finds no case in a general warning without an incident', () => {
    expect(findCases(article('Beware of spies', 'The Ministry of State Security urged the public to be vigilant against espionage.'), taxonomy)).toEqual([]);
  });
});

describe('findCases: titles a person would write (subject, act, outcome)', () => {
  const title = (...texts: string[]) => findCases(article('Spy case', ...texts), taxonomy)[0]?.title;

  it('says who and what befell them, not "Case of X; sentenced"', () => {
    expect(title('A man surnamed Hsiao was sentenced to 13 years in prison for spying for China, the court said.')).toBe('Hsiao sentenced to 13 years');
  });

  it.each([
    ['Chinese citizen', 'Chinese citizen'],
    ['Taiwanese businessman', 'Taiwanese businessman'],
    ['AfD aide', 'AfD aide'],
    ['Photography student', 'photography student'],
    ['Employee', 'employee'],
  ])('keeps the capital of a proper adjective in a role ("Case of %s Tang")', (role, written) => {
    expect(describedAs(role)).toBe(written);
  });

  it('ends a long act at a whole phrase, not in the middle of one', () => {
    const t = title(
      'An engineer surnamed Liu was sentenced to death for espionage.',
      'Liu sold a large volume of state secrets to a foreign espionage agency in exchange for money over many years.',
    );
    expect(t).toBe('Engineer Liu sold a large volume of state secrets; sentenced to death');
  });

  it('cuts a long Chinese title at a clause, with an ellipsis', () => {
    const long = `${'国家安全机关近日通报了一起境外间谍情报机关策反境内人员的案件'.repeat(3)}，${'记者发现互联网已成为境外间谍情报机关实施策反窃密的主要渠道'.repeat(3)}。`;
    const t = tidy(long);
    expect(t.length).toBeLessThanOrEqual(151);
    expect(t).toMatch(/…$/);
    expect(long.startsWith(t.slice(0, -1))).toBe(true);
    expect(long[t.length - 1]).toMatch(/[，。]/);
  });

  it('never ends a cut English title on a dangling word', () => {
    // The 150th character falls in the word after "by": the cut must not leave "by" hanging.
    const t = tidy(`${'spied on dissidents '.repeat(6)}and organizations targeted by authorities of the state.`);
    expect(t).toBe(`Spied on dissidents ${'spied on dissidents '.repeat(5)}and organizations targeted…`);
  });
});

describe('findCases: a long act keeps where it happened and ends before "on behalf of"', () => {
  const title = (...texts: string[]) => findCases(article('Spy case', ...texts), taxonomy)[0]?.title;

  it('keeps the place of the act', () => {
    expect(
      title(
        'A man surnamed Guo was arrested for espionage.',
        'Guo installed professional espionage equipment in a residential compound near the Western Mining Area last spring.',
      ),
    ).toMatch(/^Guo installed professional espionage equipment in a residential compound near the Western Mining Area/);
  });

  it('ends before "on behalf of" rather than on an adjective', () => {
    expect(
      title(
        'A foreign national surnamed Du was intercepted at the airport while smuggling gallium.',
        'Du carried the bottle on behalf of an employee of a Chinese metals company based in the city.',
      ),
    ).toMatch(/^Foreign national Du carried the bottle(?:;|$)/);
  });
});

describe('findCases: an "and" inside the phrase after a preposition is no place to end', () => {
  it('ends before the preposition', () => {
    const c = findCases(
      article(
        'Spy case',
        'An engineer surnamed Liu was sentenced to death for espionage.',
        'Liu sold a large volume of state secrets to a foreign espionage and intelligence organisation for money.',
      ),
      taxonomy,
    )[0];
    expect(c?.title).toBe('Engineer Liu sold a large volume of state secrets; sentenced to death');
  });
});

describe('findCases: titles never built from a relative clause', () => {
  const title = (...texts: string[]) => findCases(article('Spy case', ...texts), taxonomy)[0]?.title;

  it('skips the act of "the materials Wang provided"', () => {
    expect(
      title(
        'A man surnamed Wang was sentenced to six years for espionage.',
        'The secrecy department confirmed that among the materials Wang provided overseas, 14 documents were classified as intelligence.',
      ),
    ).toBe('Wang sentenced to six years');
  });

  it('takes no subject from "whose ..."', () => {
    const t = title(
      'The ministry said a foreign company partnered with a domestic surveying firm in an espionage case.',
      'It hired the firm, whose surveying qualifications provided a cover for the illegal collection of geographic data, the Ministry of State Security said on Monday.',
    );
    expect(t ?? '').not.toMatch(/^Whose\b/);
  });
});

describe('findCases: a Chinese headline is a title only when it is headline-length', () => {
  it('leaves a lead paragraph read as the headline for a title of the case', () => {
    const lead =
      '随着中国日益走近世界舞台中央，中国公民出国学习、工作、旅游也越来越方便，境外间谍情报机关也盯上了出国留学人员，记者从国家安全机关了解到多起相关案例。';
    const c = findCases(
      articleDraft('a1', 'zh', lead, '2012年，广东某校学生徐某被境外间谍情报机关策反，为其拍摄军港。2013年5月，徐某被国家安全机关依法审查。'),
      taxonomy,
    )[0]!;
    expect(lead.length).toBeGreaterThan(60);
    expect(c.title).not.toBe(lead);
    expect(c.title).toMatch(/徐某/);
  });
});

describe('findCases: a smuggling case named by nobody, told in Chinese', () => {
  it('is titled in Chinese by its kind and outcome, not by a long Chinese sentence of its outcome', () => {
    const lead =
      '稀土相关物项具有军民两用属性，是国家战略资源。近年来，境外间谍情报机关及其代理人企图勾连境内不法分子，利用寄递手段窃取我稀土相关物项，给我国家安全带来严重危害。';
    const c = findCases(
      articleDraft(
        'a1',
        'zh',
        lead,
        lead,
        '国家安全机关工作发现，某国承包商通过更换包装伪造标签后转口偷运稀土至其国内，将我国稀土等出口管制物项非法输送出境。',
        // Some pages write Chinese with ASCII commas: the outcome's clause is then the whole sentence.
        '掌握确凿证据后,国家安全机关会同有关部门依法采取行动,截断稀土相关物项非法出境渠道,有力维护了我资源安全与国家安全。',
      ),
      taxonomy,
    )[0];
    expect(c?.title).toBe('走私案：渠道被切断');
  });
});

describe('findCases: the discloser of a round-up', () => {
  const roundUp = article(
    'Two case files from the ministry',
    "China's Ministry of State Security has disclosed two more espionage cases on its WeChat account.",
    'In one post, the ministry described a clerk surnamed Yang who sent photos of shipping manifests to a foreign spy agency. Yang was sentenced to three years.',
    'The second case began inside a game. Gao, a student, photographed an air base for a foreign intelligence officer and was detained.',
  );
  it('is an organisation of each case that refers back to it ("the ministry"), and of no other', () => {
    const cases = findCases(roundUp, taxonomy);
    expect(cases.map((c) => c.organisations.map((o) => o.name))).toEqual([['Ministry of State Security'], []]);
  });
});

describe('findCases: an incident that names nobody, and a policy piece', () => {
  it('reads a seizure told without a name as one case', () => {
    const seizure = article(
      'Customs stops gallium smuggling attempt at land border',
      'Customs officers at a land port in Guangxi stopped a truck carrying 300 kilograms of gallium hidden under crates of fruit, customs said on Wednesday.',
      'The driver had declared the cargo as agricultural produce. Officers found the metal during an X-ray inspection at the exit lane.',
    );
    expect(findCases(seizure, taxonomy)).toHaveLength(1);
  });
  it('reads a foreign company watching a military site as one case', () => {
    const watching = article(
      'Foreign company spied on military airfield, ministry says',
      'A foreign-funded company set up observation equipment near a military airfield and transmitted the data overseas, the Ministry of State Security said on Tuesday.',
      'The devices had been dismantled, the ministry said, and the espionage threat removed.',
    );
    expect(findCases(watching, taxonomy)).toHaveLength(1);
  });
  it('reads no case in a campaign announced against smuggling', () => {
    const campaign = article(
      'China launches campaign against strategic mineral smuggling',
      'China will launch a special campaign to crack down on the smuggling of strategic minerals such as gallium, the Ministry of Commerce said on Monday.',
      'The campaign will target illegal exports through transshipment, mislabelling and postal channels.',
      'Officials said smuggling of controlled metals undermines national security and would be punished severely.',
    );
    expect(findCases(campaign, taxonomy)).toHaveLength(0);
  });
});

describe('findCases: a lead that tells the act before the story names the beat', () => {
  it('reads devices netted at sea as one case', () => {
    const netted = articleDraft(
      'z1',
      'zh',
      '渔民打捞到可疑装置',
      '近日，浙江舟山渔民在海上作业时打捞到一个鱼雷形状的可疑装置。渔民随即向当地有关部门报告。',
      '经国家安全机关鉴定，该装置为境外制造的水下窃密装置，能够收集我国海洋水文数据并通过卫星传输。',
      '国家安全机关提醒，发现可疑装置应及时报告。',
    );
    expect(findCases(netted, taxonomy)).toHaveLength(1);
  });
});

describe('the places and organisations of a case, not of its setting', () => {
  it('reads no place from a paragraph that says nothing of the case', () => {
    const drones = article(
      'Two Chinese students arrested for spying on a naval base',
      'Deng and Hu, two Chinese students, flew drones over a naval base in Busan and sold 172 photos of the base to a foreign spy agency, police said.',
      'South Korea finds itself in the middle of a growing superpower standoff between the United States and China.',
      'Deng was charged with espionage on Friday.',
    );
    const [c] = findCases(drones, taxonomy);
    const places = c!.places.map((p) => p.name);
    expect(places).toContain('Busan');
    expect(places).not.toContain('United States');
    expect(c!.namedMaterials?.map((m) => m.name)).toContain('172 photos of the base');
  });
});
