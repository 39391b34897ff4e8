import { describe, expect, it } from 'vitest';
import { mentionedCases, mentionedCaseTitle } from '../../../../src/extract/cases/mentioned-cases.ts';

const paras = (...texts: string[]) => texts.map((text, i) => ({ id: `p${i + 1}`, text }));
const items = (told: number, ...texts: string[]) => mentionedCases(paras(...texts), told).map((s) => s.paragraphs.map((p) => `${p.id}: ${p.text}`));

describe('mentionedCases', () => {
  it.each([
    [
      'also, with an earlier time',
      'Prosecutors also indicted a lawmaker and four retired officers last month on charges of spying for Beijing.',
      'a lawmaker and four retired officers last month on charges of spying for Beijing',
    ],
    [
      'an earlier time first',
      'In March the ministry accused a foreign agency of recruiting an engineer from a shipyard.',
      'a foreign agency of recruiting an engineer from a shipyard',
    ],
    [
      'the arrest of another',
      'The two were watched after the May 3 arrest of another foreign national, Peter Lang, for spying.',
      'another foreign national, Peter Lang, for spying',
    ],
    [
      'earlier the same month',
      'Earlier the same month, prosecutors charged two foreign sailors with sabotage at a port.',
      'two foreign sailors with sabotage at a port',
    ],
    [
      'an earlier time, someone new in the passive',
      'Last month, a retired navy captain was sentenced to 15 years in prison for spying.',
      'a retired navy captain was sentenced to 15 years in prison for spying',
    ],
    [
      'an authority that said it seized goods',
      'In May, the port authorities said they seized a cargo of gallium ingots.',
      'In May, the port authorities said they seized a cargo of gallium ingots',
    ],
  ])('adds another incident told in one sentence (%s)', (_label, text, item) => {
    expect(items(1, 'A sailor was arrested for selling secrets.', text)).toEqual([[`p2: ${item}`]]);
  });

  it("leaves the story's own people told in the passive after an earlier time", () => {
    expect(items(1, 'A sailor was arrested for selling secrets.', 'Last month, the sailor was sentenced to 15 years in prison.')).toEqual([]);
  });

  it("leaves the case's own people and the first sentence of a case told already", () => {
    expect(items(1, 'A sailor was arrested for selling secrets.', 'Prosecutors also charged a woman who helped him.')).toEqual([]);
    const opens = mentionedCases(paras('In March the police arrested a courier at the border.'), 1, new Set(['p1']));
    expect(opens).toEqual([]);
  });

  it('adds the counted cases the article does not tell, from the last back', () => {
    const text = 'The ministry revealed two antimony smuggling cases, one involving a family-run network and the other a group of traffickers.';
    expect(items(1, text)).toEqual([['p1: a group of traffickers']]);
    expect(items(2, text)).toEqual([]);
  });

  it('adds every case the text sets apart as earlier', () => {
    expect(
      items(
        1,
        'The ministry has previously accused the CIA of being behind espionage cases, including one involving an arms company worker and another involving a government employee.',
      ),
    ).toEqual([['p1: involving an arms company worker'], ['p1: involving a government employee']]);
  });

  it('adds a previous case mentioned in the middle of a sentence, up to its clause', () => {
    expect(
      items(
        1,
        'Recalling a previous case in which a fisherman from a neighbouring village had retrieved a device, which was later confirmed to be a spy device, Chen called the hotline.',
      ),
    ).toEqual([['p1: in which a fisherman from a neighbouring village had retrieved a device']]);
  });

  it('leaves a sentence that opens with a similar case to the splitter, and a list that is not of cases', () => {
    expect(items(1, 'In a similar case in which a student was recruited, the court was lenient.')).toEqual([]);
    expect(items(1, 'He had two phones, one for work and the other for his handler.')).toEqual([]);
  });

  it('counts the cases of a list the text counts only when the count agrees', () => {
    expect(items(1, 'It revealed three cases, one involving a courier and another involving a clerk.')).toEqual([]);
  });
});

describe('mentionedCaseTitle', () => {
  it('titles a mentioned case in its own words', () => {
    expect(mentionedCaseTitle('involving a government employee')).toBe('Case involving a government employee');
    expect(mentionedCaseTitle('a group of traffickers')).toBe('Case involving a group of traffickers');
    expect(mentionedCaseTitle('in which a fisherman retrieved a device')).toBe('Case in which a fisherman retrieved a device');
  });
});

describe('mentionedCases: precedents the story says it has', () => {
  it('adds each earlier incident a paragraph names after saying the story is not the first', () => {
    expect(
      items(
        1,
        'A woman was charged with foreign interference on Saturday.',
        'It is the third time the offence has been laid. A Victorian man was charged in November 2020, while a NSW man was charged in April 2023.',
      ),
    ).toEqual([['p2: A Victorian man was charged in November 2020'], ['p2: a NSW man was charged in April 2023']]);
  });
  it.each([
    'This is not the first time foreign nationals have been caught filming military sites.',
    'It is the second time such a case has come to light.',
    'The case is the latest in a string of arrests.',
  ])('reads the paragraph after "%s", and an act its verb left out', (precedent) => {
    expect(
      items(
        1,
        'A couple was arrested for flying a drone over a naval base.',
        precedent,
        'Two tourists were detained for filming an air base in March, and a radar station in May.',
      ),
    ).toEqual([['p3: Two tourists were detained for filming an air base in March'], ['p3: Two tourists were detained for filming a radar station in May']]);
  });
  it("leaves the story's own people, and incidents without an earlier time", () => {
    expect(items(1, 'It is not the first time. The woman was charged in March 2023.', 'A man was charged on Saturday.')).toEqual([]);
    expect(items(1, 'A man was charged in March 2023, while a woman was charged in April 2023.')).toEqual([]);
  });
  it('titles a precedent by its own clause', () => {
    expect(mentionedCaseTitle('A Victorian man was charged in November 2020')).toBe('Victorian man was charged in November 2020');
  });
});

describe('mentionedCases: where a sentence of precedents puts its next incident', () => {
  it.each([', while ', ', whereas ', ', and ', '; '])('"%s"', (link) => {
    expect(
      items(
        1,
        'A man was charged on Saturday.',
        `It is the third time. A Victorian man was charged in November 2020${link}a NSW man was charged in April 2023.`,
      ),
    ).toHaveLength(2);
  });
});

describe('mentionedCases: precedents in Chinese', () => {
  it('names the earlier incident told after "不只一宗", in the same sentence', () => {
    expect(items(1, '这样的窃听案例不只一宗，驻军在1999年接收一栋大楼时，就发现楼内被安装了多个窃听器；此后再无消息。')).toEqual([
      ['p1: 驻军在1999年接收一栋大楼时，就发现楼内被安装了多个窃听器'],
    ]);
  });

  it('names each incident with a year and a step in the paragraphs after "第三起", not the steps that go on with it', () => {
    const texts = [
      '警方说，此案是新法实施以来第三起同类案件。',
      '2019年5月，一名商人被控秘密影响政界人士。2021年3月，法官将其判处两年监禁。',
      '2022年10月末，警方指控一名曾在海外工作的顾问为外国情报机构收集资料。',
    ];
    expect(items(1, ...texts)).toEqual([
      ['p2: 2019年5月，一名商人被控秘密影响政界人士'],
      ['p3: 2022年10月末，警方指控一名曾在海外工作的顾问为外国情报机构收集资料'],
    ]);
  });

  it('names nothing where no precedent is said', () => {
    expect(items(1, '2019年5月，一名商人被控秘密影响政界人士。')).toEqual([]);
  });
});

describe('mentionedCases: goods an authority stopped earlier, told in one sentence', () => {
  it.each([
    ['In March, Thai customs seized germanium ingots bound for a third country.', 'In March, Thai customs seized germanium ingots bound for a third country'],
    ['Macau authorities said in May that they had seized a gallium consignment.', 'Macau authorities said in May that they had seized a gallium consignment'],
    [
      'The court fined him. In addition, Macau customs previously intercepted parcels, although no arrests were made.',
      'Macau customs previously intercepted parcels',
    ],
  ])('%s', (text, item) => {
    expect(items(1, text)).toEqual([[`p1: ${item}`]]);
    expect(mentionedCaseTitle(item)).toBe(item);
  });

  it.each([
    'In March, customs seized the ingots at the port.',
    'Customs officers seized 20 tonnes of antimony, the court said.',
    'Police previously seized them.',
  ])('not the story told: %s', (text) => {
    expect(items(1, text)).toEqual([]);
  });
});

describe('mentionedCases: the case a Chinese lead says the story comes after', () => {
  it('"在…逮捕…之后…另一起…案" names the earlier case', () => {
    expect(items(1, '法国警方周三宣布逮捕一名议员助理。这是法国警方在周二逮捕两名间谍嫌疑人之后公布的另一起间谍案。')).toEqual([
      ['p1: 法国警方在周二逮捕两名间谍嫌疑人'],
    ]);
  });
  it('not "另一起案件" without a step of the law before it', () => {
    expect(items(1, '这是在调查之后的另一起间谍案。')).toEqual([]);
  });
});

describe('mentionedCases: the other prosecutions of one announcement, added with "also"', () => {
  it.each([
    [
      'The charges announced on Tuesday also included charges against 21 defendants, all officers of a foreign police ministry, for harassing exiles.',
      '21 defendants, all officers of a foreign police ministry, for harassing exiles',
    ],
    [
      'Another 12 people, also believed to live abroad, were also charged for attempting to silence critics online.',
      '12 people, also believed to live abroad, were also charged for attempting to silence critics online',
    ],
    ['Charges were also filed related to the surveillance of exiled journalists in Canada.', 'the surveillance of exiled journalists in Canada'],
  ])('%s', (text, item) => {
    expect(items(1, text)).toEqual([[`p1: ${item}`]]);
  });

  it('not a co-defendant told without "also", nor charges against the one told', () => {
    expect(items(1, 'Another 2 people were charged in the same complaint.')).toEqual([]);
    expect(items(1, 'Charges were also filed against his wife.')).toEqual([]);
  });

  it('titles "were also charged" by its own clause', () => {
    expect(mentionedCaseTitle('12 people were also charged for silencing critics')).toBe('12 people were also charged for silencing critics');
  });
});

describe('mentionedCases: another incident told in one Chinese sentence, someone new counted at an earlier time', () => {
  const LEAD = '警方上周逮捕了三名外国留学生，他们涉嫌用无人机拍摄军港。';
  it.each([
    ['此前，3月2日也曾有一名外国公民因涉嫌搜集军事设施信息被捕。', '3月2日也曾有一名外国公民因涉嫌搜集军事设施信息被捕'],
    ['此前在2024年5月6日，执法部门曾逮捕一名外籍人士王某，以及两名本地人士。', '在2024年5月6日，执法部门曾逮捕一名外籍人士王某，以及两名本地人士'],
    ['上周三（4月9日）也有一名30多岁的外籍男子，涉嫌使用无人机拍摄政府大楼。', '上周三（4月9日）也有一名30多岁的外籍男子，涉嫌使用无人机拍摄政府大楼'],
    ['今年6月，一名外国人被指在空军基地附近拍摄军机。', '今年6月，一名外国人被指在空军基地附近拍摄军机'],
    ['此前，4月2日也曾有一名外國公民因涉嫌蒐集軍事基地資訊被捕。', '4月2日也曾有一名外國公民因涉嫌蒐集軍事基地資訊被捕'],
    // Someone new counted first, then a time surely before the story's.
    ['一名外国游客去年11月用无人机拍摄港口，今年初被捕。', '一名外国游客去年11月用无人机拍摄港口，今年初被捕'],
    // "上月" (last month) and caught by the police; the time before the person and what follows "；" left out.
    ['其中包括于上月，一名外籍学生被警方发现在海军基地外拍摄军舰；他辩称只是兴趣。', '一名外籍学生被警方发现在海军基地外拍摄军舰'],
    // "There was also someone" doing an act of an incident: the existential brings in someone new.
    ['今年2月则有外国游客使用无人机拍摄军港。', '今年2月则有外国游客使用无人机拍摄军港'],
    ['今年2月則有外國遊客使用無人機拍攝軍港。', '今年2月則有外國遊客使用無人機拍攝軍港'],
  ])('%s', (text, item) => {
    expect(items(1, LEAD, '警方仍在调查他们的动机。', text)).toEqual([[`p3: ${item}`]]);
  });

  it("not the story's own people looked back at, a count without a step, nor the lead's dateline", () => {
    expect(items(1, LEAD, '今年6月，该男子被指在空军基地附近拍摄军机。')).toEqual([]);
    expect(items(1, LEAD, '今年6月，一名官员表示将加强军港周边的管理。')).toEqual([]);
    // Counted by their part in the proceedings: the story's own defendants, arrested last year.
    expect(items(1, LEAD, '两名被告自去年被捕以来一直被羁押。')).toEqual([]);
    // A time that may be the story's own ("今年") after the person is no other incident.
    expect(items(1, LEAD, '一名外国游客今年用无人机拍摄港口后被捕。')).toEqual([]);
    // "有关" (concerning) is no one new.
    expect(items(1, LEAD, '今年2月也有关部门拍摄了宣传片。')).toEqual([]);
    expect(items(1, '【本台2024年4月18日讯】4月17日，警方宣布起诉40名外籍人员，并逮捕两名本地商人。', '两名商人被控为外国经营秘密警察站。')).toEqual([]);
  });
});
