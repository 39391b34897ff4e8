import { describe, expect, it } from 'vitest';
import {
  findOrganisations,
  findPeople,
  findPersonIntros,
  findPlaces,
  organisationAliases,
  personName,
  sameName,
} from '../../../../src/extract/cases/entities.ts';

const paras = (...texts: string[]) => texts.map((text, i) => ({ id: `p${i + 1}`, text }));

describe('people: who the prose introduces', () => {
  it.each([
    ['A retired soldier named Xiao Jun (pseudonym) ran up debts.', 'Xiao Jun', 'retired soldier'],
    ['Liu, who lives near a military site, made friends online.', 'Liu', null],
    ['Wang is a technician in a military-industrial enterprise.', 'Wang', 'technician in a military-industrial enterprise'],
    ['Zhong, a former employee of a classified unit, left his job.', 'Zhong', 'former employee of a classified unit'],
    ['In another case, Zhang, an aviation manufacturing industry worker, joined chat groups.', 'Zhang', 'aviation manufacturing industry worker'],
    ['The property owner is a man surnamed Ma, who runs a business.', 'Ma', 'man'],
    ['A foreigner with blonde hair was identified as Jason.', 'Jason', null],
    ['The man, identified only by his surname Zhou, worked on drones.', 'Zhou', 'man'],
    ['The second case involved Qi, who had copied classified documents.', 'Qi', null],
    ['John Carter, a former intelligence officer, was charged.', 'John Carter', 'former intelligence officer'],
    ['Within days he was contacted by a woman calling herself "Vivian", who offered him fees.', 'Vivian', 'woman'],
    ['He met a woman who called herself “Lisa” on a dating app.', 'Lisa', null],
    ['A man who introduced himself as Daniel asked her to buy gallium.', 'Daniel', null],
    ['The recruiter, going by the name Annie, offered him a job.', 'Annie', 'recruiter'],
    ['The woman, identified only as Chen, worked as an accountant.', 'Chen', 'woman'],
    ['Its protagonist, Xu Ming, is a process engineer at a rare earth company.', 'Xu Ming', null],
    ['The buyer, a foreign national who used the English name “Alex” in chats, paid him.', 'Alex', null],
    ['The ministry identified the man by the pseudonym Tang Weiming and said he worked at a smelter.', 'Tang Weiming', 'man'],
    ['Tang was introduced to a foreign client known to him only as “Lucas”, who paid well.', 'Lucas', 'foreign client'],
    ['Wu, a delivery rider in Shenzhen, answered a post offering 300 yuan per parcel.', 'Wu', 'delivery rider in Shenzhen'],
    ['Chen Jingzhen, an agronomist at a seed company in Hefei, answered a part-time job advert.', 'Chen Jingzhen', 'agronomist at a seed company in Hefei'],
    [
      'He Jiezhen, a former employee of a classified unit in Wuhan, shipped the material by post.',
      'He Jiezhen',
      'former employee of a classified unit in Wuhan',
    ],
    [
      'Kong Danyong, a technician at a military-industrial enterprise, was contacted by email.',
      'Kong Danyong',
      'technician at a military-industrial enterprise',
    ],
    ['The ministry said a man surnamed He had shipped gallium abroad.', 'He', 'man'],
    ['Titled "Black Powder," the series follows Zhou Ming, a logistics clerk at a graphite processing plant.', 'Zhou Ming', null],
    ['"Feng was a technician at a shipyard that builds vessels for the navy.', 'Feng', 'technician at a shipyard that builds vessels for the navy'],
    ['According to court documents, Marcus Whitcombe, 52, of Sugar Land, owned a metals trading company.', 'Marcus Whitcombe', null],
    // Name, age, then a description (not only a home town): the person the report is about.
    ['Daniel Forsythe Quill, 47, a Canadian national with British citizenship, was indicted on 12 counts.', 'Daniel Forsythe Quill', null],
    // The subject of what a source holds, in apposition; a given name hyphened in Wade-Giles, glossed in characters.
    [
      'Investigators indicated that Kuo Ming-hua, a Chinese national with Macau residency, made trips to Taiwan.',
      'Kuo Ming-hua',
      'Chinese national with Macau residency',
    ],
    [
      'Lin Pei-yu (林佩玉), a Chinese woman who holds Macau residency, entered Taiwan on tourist visas.',
      'Lin Pei-yu',
      'Chinese woman who holds Macau residency',
    ],
    // A hyphenated given name written with two capitals is one word of the name, the surname still follows.
    ['68-year-old Henry Kwok-Ming Lau was convicted of espionage and given a life sentence.', 'Henry Kwok-Ming Lau', null],
  ])('%s -> %s', (text, name, descriptor) => {
    const intro = findPersonIntros(text)[0];
    expect(intro?.name).toBe(name);
    expect(intro?.descriptor ?? null).toBe(descriptor);
  });

  it.each([
    'However, the ministry said the case was serious.',
    'China is a major producer of gallium.',
    'Gallium is a metal used in radar.',
    'Chinese security experts refute this misinterpretation.',
    'The MSS, a ministry of the State Council, said on Friday it had cut off the channel.',
    'Hong Kong, a city of seven million, arrested two men.',
    'He is a technician.',
    'Subsequently, two national security personnel disguised themselves.',
  ])('no person in: %s', (text) => {
    expect(findPersonIntros(text)).toEqual([]);
  });

  it('the short name of a body is nobody: "the Institute of Advanced Battery Research, known as Iabr"', () => {
    const text = 'The utility said Wang worked at the Institute of Advanced Battery Research in Quebec, known as Iabr, for years.';
    expect(findPeople(paras(text)).map((p) => p.name)).not.toContain('Iabr');
    // ...while someone described and then known by a name is someone.
    expect(findPeople(paras('The buyer, known as Jason, paid him in cash.')).map((p) => p.name)).toEqual(['Jason']);
  });

  it.each([
    'A former employee of Martin Vogel, a Bundestag member from the Centre Party, has been sentenced to four years in prison.',
    'A former aide to the far-right politician Martin Vogel has been sentenced to four years in prison.',
    "Martin Vogel's former assistant has been sentenced to four years in prison.",
  ])('the employer named to place the one of the case is not its actor: %s', (lead) => {
    const texts = [
      `${lead} The court ruled that Tao H. engaged in intelligence gathering.`,
      'The court found that Tao H. collected sensitive information and provided it to Chinese authorities.',
      "While working in Vogel's office in the European Parliament, Tao H. relayed documents due to Vogel sharing his credentials.",
    ];
    const roles = Object.fromEntries(findPeople(paras(...texts)).map((p) => [p.name, p.role]));
    expect(roles).toEqual({ 'Martin Vogel': 'other', 'Tao H.': 'suspect' });
  });

  it.each([['The arrests were announced by PNP Chief Gen. Ramon Cruz Jr. on Thursday.', 'Ramon Cruz Jr']])(
    'the head of an agency named by its initials, with a rank, is its official: %s',
    (text, name) => {
      const people = findPeople(paras(text, 'The suspects, Chen Bo and Wu Tao, were caught photographing the base.'));
      expect(people.find((p) => p.name === name)?.role).toBe('official');
    },
  );

  it('words alone in quotation marks are a term, not someone named again and again: “Top Secret”', () => {
    const texts = ['Zhao, an active-duty sergeant, sold hard drives marked “Secret” and “Top Secret” to buyers.', 'Zhao was arrested on Thursday.'];
    expect(findPeople(paras(...texts)).map((p) => p.name)).toEqual(['Zhao']);
  });

  it('a count of people is nobody: "Twelve Canadians have been detained since 2019"', () => {
    expect(findPeople(paras('Twelve Canadians have been detained since 2019, the ministry said.'))).toEqual([]);
  });

  it.each([
    ['China', 'weak', null],
    ['Ministry', 'strong', null],
    ['Li Wei', 'weak', 'Li Wei'],
    ['Ma Xiaolei', 'weak', 'Ma Xiaolei'],
    ['Song', 'weak', 'Song'],
    ['Jason', 'weak', null],
    ['Jason', 'strong', 'Jason'],
    // A given name in pinyin that is also a common word: the agency's name, an article, a pronoun.
    ['Zhao Xinhua', 'weak', 'Zhao Xinhua'],
    ['Li An', 'weak', 'Li An'],
    ['Wang He', 'weak', 'Wang He'],
    ['Xinhua', 'weak', null],
  ] as const)('personName(%s, %s) -> %s', (raw, strength, expected) => {
    expect(personName(raw, strength)).toBe(expected);
  });

  it.each([
    ['the ministry identified the two men only by their surnames, Feng and Luo.', ['Feng', 'Luo']],
    ['He was paid by a handler known to him only as “Lucas”.', ['Lucas']],
    ['The organiser, who only ever messaged him as "Boss Liang", is overseas.', ['Boss Liang']],
  ])('%s -> every name', (text, names) => {
    expect(findPersonIntros(text).map((i) => i.name)).toEqual(expect.arrayContaining(names));
  });

  it('takes someone a speaker talks about for no expert, however they are described', () => {
    const people = findPeople(
      paras('The ministry said the researcher, identified only by his surname Mo, taught international relations and passed materials to a foreign spy.'),
    );
    expect(people[0]).toMatchObject({ name: 'Mo', role: 'suspect' });
    const expert = findPeople(paras('Li Wei, a researcher at a Beijing think tank, told the Global Times that such cases are rising.'));
    expect(expert[0]).toMatchObject({ name: 'Li Wei', role: 'expert' });
  });

  it('folds a surname into the full name introduced later', () => {
    const people = findPeople(paras('The owner is a man surnamed Ma.', 'Ma, whose full name is Ma Xiaolei, studied abroad.'));
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['Ma Xiaolei', ['Ma']]]);
    expect(people[0]!.paragraphs).toEqual(['p1', 'p2']);
    expect(sameName('Ma', 'Ma Xiaolei')).toBe(true);
    expect(sameName('Ma', 'Mao Ning')).toBe(false);
  });

  it.each([
    [['Zhong, a former employee of a classified unit, sold secrets to a spy agency.'], 'suspect'],
    [
      ['In another case, Zhang, an aviation worker, joined chat groups.', 'Zhang realized the situation and reported it to the national security agency.'],
      'informant',
    ],
    [['Li Wei, a researcher at a think tank, told the Global Times that spies are active.'], 'expert'],
    [['A foreign intelligence officer named Jack approached the engineer.'], 'recruiter'],
  ] as const)('roles: %j -> %s', (texts, role) => {
    expect(findPeople(paras(...texts))[0]!.role).toBe(role);
  });
});

describe('organisations', () => {
  it('knows the MSS by all its names', () => {
    const orgs = findOrganisations(
      paras("China's Ministry of State Security (MSS) said...", 'The MSS added that the Ministry of Commerce had restricted exports.'),
    );
    expect(orgs.map((o) => o.name)).toEqual(['Ministry of State Security', 'Ministry of Commerce']);
    expect(orgs[0]!.paragraph).toBe('p1');
  });

  it('knows the MSS with its words in another order, and by its Chinese short name', () => {
    expect(findOrganisations(paras('Stressing the danger, the State Security Ministry repeated its call for vigilance.')).map((o) => o.name)).toEqual([
      'Ministry of State Security',
    ]);
    expect(organisationAliases('Ministry of State Security')).toContain('国安部');
    expect(organisationAliases('Ministry of Public Security')).toEqual(['MPS', '公安部']);
  });

  it('leaves out the owner of a vessel, an outlet the report cites, and the title of someone outside the case', () => {
    const names = (text: string, actors?: string[]) => findOrganisations(paras(text), actors).map((o) => o.name);
    expect(names('They used the drone to film the U.S. Navy aircraft carrier Ronald Reagan in port.')).toEqual([]);
    expect(names('A former U.S. Navy sailor was sentenced on Monday.')).toEqual(['U.S. Navy']);
    expect(names("Lin once worked for a city councillor, according to Taiwan's Central News Agency (CNA).")).toEqual([]);
    const aide = 'One defendant, surnamed Lo, previously worked as an aide to National Defence Council chief David Lee.';
    expect(names(aide, ['Lo'])).toEqual([]);
    expect(names(aide, ['Lo', 'David Lee'])).toEqual(['National Defence Council']);
  });

  it('never runs a name over the end of a sentence', () => {
    const names = (text: string) => findOrganisations(paras(text)).map((o) => o.name);
    expect(names('He defected along with his wife, Zhou. The Ministry added that both were paid.')).toEqual([]);
    expect(names('He left with his wife, Zhou. National Police officers stopped them.')).toEqual(['National Police']);
    expect(names('Gen. Li of the U.S. Army Reserve was there.').some((n) => n.includes('Army'))).toBe(true);
  });

  it('reads organisations and commands by their heads', () => {
    const names = (text: string) => findOrganisations(paras(text)).map((o) => o.name);
    expect(names('The Australian Security Intelligence Organisation declined to comment.')).toEqual(['Australian Security Intelligence Organisation']);
    expect(names('The World Health Organization was not involved.')).toEqual(['World Health Organization']);
    expect(names('Officers from the Counter Terrorism Command arrested the pair.')).toEqual(['Counter Terrorism Command']);
  });

  it('reads Chinese courts and prosecutors by the place they sit in, not a bare court', () => {
    const names = (text: string) => findOrganisations(paras(text)).map((o) => o.name);
    expect(names('深圳市中級人民法院今天宣判。')).toEqual(['深圳市中級人民法院']);
    expect(names('上海市第三中级人民法院审理此案。')).toEqual(['上海市第三中级人民法院']);
    expect(names('广州市人民检察院提起公诉。')).toEqual(['广州市人民检察院']);
    expect(names('本案由宜蘭地檢署偵辦。')).toEqual(['宜蘭地檢署']);
    expect(names('台北地檢署不採信2人說詞。')).toEqual(['台北地檢署']);
    expect(names('高檢署起訴6人。')).toEqual(['高檢署']);
    expect(names('士林地院判決。')).toEqual([]);
    expect(names('法院審理認為，兩人無罪。')).toEqual([]);
    expect(names('地方法院判處他5年。')).toEqual([]);
  });

  it.each('宜蘭 基隆 嘉義 彰化 雲林 苗栗 南投 台東 澎湖 士林 板橋 橋頭'.split(' ').map((place) => [`${place}地檢署`]))(
    'reads %s, a district prosecutors office of Taiwan',
    (office) => {
      expect(findOrganisations(paras(`${office}起訴此案。`)).map((o) => o.name)).toEqual([office]);
    },
  );

  it.each(
    '天津 重庆 南京 杭州 成都 武汉 西安 厦门 青岛 大连 沈阳 福州 长沙 郑州 济南 合肥 南宁 昆明 珠海 宁波 苏州'
      .split(' ')
      .map((place) => [`${place}市中级人民法院`]),
  )('reads %s, an intermediate court of a mainland city', (court) => {
    expect(findOrganisations(paras(`${court}一审判决。`)).map((o) => o.name)).toEqual([court]);
  });

  it('reads no organisation in the title of someone who served ("Retired Army Colonel ...")', () => {
    expect(findOrganisations(paras('Retired Army Colonel Tsai Ming-hui has been indicted for spying.')).map((o) => o.name)).toEqual([]);
    expect(findOrganisations(paras('Former Navy Petty Officer Lee Wan-chun was sentenced.')).map((o) => o.name)).toEqual([]);
  });

  it('keeps multi-word institutions and drops a possessive lead', () => {
    expect(findOrganisations(paras('a researcher at the China Institutes of Contemporary International Relations')).map((o) => o.name)).toEqual([
      'China Institutes of Contemporary International Relations',
    ]);
  });
});

describe('places', () => {
  it.each([
    ['The comic is set in the Xishan Mining Area in Jiangzhou, which is a pseudo city.', ['Xishan Mining Area', 'Jiangzhou']],
    ['fraud from northern Myanmar', ['northern Myanmar']],
    ['customs in Shenzhen and a port in Guangxi Province', ['Shenzhen', 'Guangxi Province']],
    ['The Chinese national security agency exposed several cases.', []],
    // A capital named for its government is no place of the case; one where something happened is.
    ['Eight servicemen were sentenced for spying for Beijing.', []],
    ["They smuggled a laser into China on Beijing's orders.", []],
    ['The engineer was detained in Beijing after flying to Beijing.', ['Beijing']],
    // The place of an agency, an office, a law or a promised move is not where the case happened.
    ['The three were charged with aiding the Hong Kong intelligence service.', []],
    ["Hong Kong's Chief Executive said the charges were unfounded.", []],
    ['The pair were indicted by the Taichung District Prosecutors Office.', []],
    ["They were charged under Britain's National Security Act.", []],
    ['Lin previously worked for a New Taipei City councillor.', []],
    ['Their former employer is now deputy mayor of Tainan City.', []],
    ['The agent offered money and help for his family to move to the United States.', []],
    ['Yuen is a retired Hong Kong police officer.', []],
    ["One of the accused works for Hong Kong's trade outpost in Singapore.", ['Singapore']],
    ['The men were arrested in Hong Kong last week.', ['Hong Kong']],
    // A place joined to "style" names a kind of thing, not where the case happened.
    ['The pair received gifts, including Suzhou-style pastries, from a consulate official.', []],
    // A source after "according to", and a nationality, are no place.
    ['According to Nakamura, the court found the man guilty.', []],
    ['The case worried expatriates of Korean firms.', []],
    // Every capital named for its government is a place where something happened there.
    ['The two men appeared at a court in London on Friday.', ['London']],
    ['He was detained in Seoul.', ['Seoul']],
    ['They met their handler in Moscow.', ['Moscow']],
    // A place the text says is one, gazetteer or not.
    ['They filmed warships in the southeastern port city of Mokpo last year.', ['Mokpo']],
    ['He was stopped in the town of Kirkwall with the device.', ['Kirkwall']],
    ['The drone flew over a base in the province of Leyte.', ['Leyte']],
    ['She was arrested in the county of Kent.', ['Kent']],
    ['He lived on the island of Jeju-Do.', ['Jeju-Do']],
    ['The parts were shipped from the village of Elmstead.', ['Elmstead']],
    ['He was held in the prefecture of Tottori.', ['Tottori']],
    ['The seizure happened in the region of Murcia.', ['Murcia']],
    // Where a company keeps an office, and where someone lives, are not where the case happened.
    ['The firm also has a branch in Singapore, its website says.', []],
    ['The firm has an office in Singapore.', []],
    ['The firm has offices in Singapore.', []],
    ['The firm has branches in Singapore.', []],
    ['Cash, 29, from Whitechapel in east London, was charged with spying.', []],
  ])('%s', (text, expected) => {
    expect(findPlaces(paras(text)).map((p) => p.name)).toEqual(expected);
  });

  it.each(['Hohhot', 'Kashgar', 'Karamay', 'Golmud', 'Ordos', 'Erenhot', 'Horgos', 'Hulunbuir', 'Shigatse', 'Korla'])('a city of the gazetteer: %s', (city) => {
    expect(findPlaces(paras(`Zhao, a technician at a research institute in ${city}, was detained.`)).map((p) => p.name)).toEqual([city]);
  });

  it.each(
    '台灣 台北 新北 桃園 新竹 台中 台南 高雄 屏東 花蓮 金門 香港 澳門 北京 上海 深圳 廣州 天津 重庆 南京 杭州 成都 武汉 厦门 青岛 大连 福州 珠海 宁波 苏州 华盛顿 紐約 東京 倫敦 柏林 巴黎 首尔 釜山 堪培拉 墨尔本 悉尼'
      .split(' ')
      .map((place) => [place]),
  )('a Chinese report names %s where something happened there', (place) => {
    expect(findPlaces(paras(`兩人在${place}被捕。`)).map((p) => p.name)).toEqual([place]);
  });

  it('reads no Chinese place that is a credit, named without something happening there, or of someone’s life', () => {
    const names = (text: string) => findPlaces(paras(text)).map((p) => p.name);
    expect(names('〔記者楊國文／台北報導〕他被判刑。')).toEqual([]);
    expect(names('他經澳門轉往深圳。')).toEqual(['澳門', '深圳']);
    expect(names('北京否認指控。')).toEqual([]);
    expect(names('葛某於新竹空軍聯隊服役時曾獲表彰。')).toEqual([]);
  });

  it.each(['return to', 'returning to', 'moved to', 'emigrated to', 'immigrated to', 'relocated to'])(
    'where someone goes to live is not where the case happened: %s',
    (move) => {
      expect(findPlaces(paras(`Shortly before he ${move} Hangzhou, he was detained.`)).map((p) => p.name)).toEqual([]);
      expect(findPlaces(paras(`Shortly before he ${move} Japan, he was detained.`)).map((p) => p.name)).toEqual([]);
    },
  );
});
