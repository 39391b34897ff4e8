import { describe, expect, it } from 'vitest';
import { isCaseMarker, isCommentary, isDramatization, splitCases, storyRange } from '../../../../src/extract/cases/split.ts';

const paras = (...texts: string[]) => texts.map((text, i) => ({ id: `p${i + 1}`, text }));
const split = (...texts: string[]) => splitCases(paras(...texts), 'Ministry exposes espionage cases', /\b(?:gallium|rare earths?)\b/i);
const groups = (...texts: string[]) => split(...texts).segments.map((s) => s.paragraphs.map((p) => p.id));

describe('splitCases: where a case starts', () => {
  it.each([
    [
      'case headings',
      [
        'The MSS exposed cases of espionage.',
        'Case 1: A Former Engineer',
        'He sold state secrets to a foreign spy agency and was arrested.',
        'Case 2: A Student',
        'She photographed a military base for a foreign intelligence officer.',
      ],
      [
        ['p2', 'p3'],
        ['p4', 'p5'],
      ],
    ],
    [
      'case markers',
      [
        'National security agencies disclosed two espionage cases.',
        'In one case, a foreign spy approached an engineer over a dating app and asked for classified documents.',
        'In another case, a courier was arrested for smuggling gallium for a foreign intelligence agency.',
      ],
      [['p2'], ['p3']],
    ],
    [
      'a new actor introduced by "named"',
      [
        'The ministry exposed espionage cases.',
        'A retired officer named Chen Hao (pseudonym) sold military secrets to a spy.',
        'A woman surnamed Lu passed classified files to a foreign intelligence agency.',
      ],
      [['p2'], ['p3']],
    ],
    [
      'apposition, "who" and copula introductions',
      [
        'The ministry exposed espionage cases.',
        'Gao, a former employee of a research institute, sold state secrets to a spy.',
        'Deng, who works at a naval port, photographed warships for a foreign spy.',
        'Fang is an engineer at a defence company who leaked classified data to a spy.',
      ],
      [['p2'], ['p3'], ['p4']],
    ],
  ])('%s', (_label, texts, expected) => {
    expect(groups(...texts)).toEqual(expected);
  });
});

describe('splitCases: what stays with the case', () => {
  it.each([
    [
      'the same surname',
      ['Gao, a former employee of a classified unit, contacted a foreign spy agency.', 'Gao was later arrested by state security officers.'],
      [['p1', 'p2']],
    ],
    ['a pronoun', ['Gao, a former employee of a classified unit, contacted a foreign spy agency.', 'He was arrested before the meeting.'], [['p1', 'p2']]],
    [
      'an investigation opener',
      [
        'Gao, a former employee of a classified unit, contacted a foreign spy agency.',
        'Upon investigation, the contact turned out to be a foreign intelligence officer.',
      ],
      [['p1', 'p2']],
    ],
    [
      'the story resuming after a quote',
      [
        'The student, surnamed Ye, took photos of warships for a foreign intelligence officer.',
        'A national security official told the Global Times that the company did not exist.',
        'Ye later reported the contact to the national security hotline.',
      ],
      [['p1', 'p3']],
    ],
    [
      'a material stopped at a port, in a case of its own',
      [
        'Customs officers seized gallium that a man surnamed Wu had declared as solder, and foreign spies were behind it.',
        'In another case, a passenger surnamed Pan was stopped at a land port with rare earths hidden in the lining of a suitcase.',
      ],
      [['p1'], ['p2']],
    ],
    [
      'a handler the text introduces by role',
      [
        'An engineer surnamed Hou sold satellite designs to a foreign spy agency.',
        'According to the ministry, the recruiter, who went by the name Ethan, paid for short reports on industry trends.',
        'Hou was sentenced to 12 years in prison.',
      ],
      [['p1', 'p2', 'p3']],
    ],
    [
      'two people of one surname, each in a case of their own',
      [
        'A manager named Bai Jieyu sold photos of the harbour to a foreign spy.',
        'Bai was detained by customs officers.',
        'A worker at a telecommunications company named Bai Linming was approached on a dating app by a foreign spy.',
        'Bai was arrested.',
      ],
      [
        ['p1', 'p2'],
        ['p3', 'p4'],
      ],
    ],
    [
      'a second case the text marks, whatever its words',
      [
        'A man surnamed Zhang shipped antimony abroad under false labels and was arrested by state security officers.',
        'In the second case, another man surnamed Zhang was approached through a loan app.',
      ],
      [['p1'], ['p2']],
    ],
    [
      'the case of an actor who comes back after an aside',
      [
        'A man surnamed Qin sold classified documents to a foreign spy agency.',
        'A man surnamed Wu photographed a naval port for a foreign spy and was arrested.',
        'The court said Qin, who sold classified documents, was sentenced to ten years.',
      ],
      [['p1', 'p3'], ['p2']],
    ],
    [
      'someone new the actor meets',
      [
        'An engineer surnamed Huang uploaded his résumé to a freelance platform and sold classified documents to a foreign spy agency.',
        'Within days he was contacted by a woman calling herself "Vivian", who offered him consulting fees.',
        'Huang was later sentenced to 11 years in prison.',
      ],
      [['p1', 'p2', 'p3']],
    ],
  ])('%s', (_label, texts, expected) => {
    expect(groups(...texts)).toEqual(expected);
  });

  it.each([
    [
      'a second incident the text sets apart with "Separately"',
      [
        'A man surnamed Qin sold classified documents to a foreign spy agency and was arrested.',
        'Separately, the British authorities said two men had been charged with spying for China.',
      ],
      [['p1'], ['p2']],
    ],
    [
      // (A case of its own would be kept: it names the national security hotline. As one case's background it stays.)
      '"Separately" before something that is no incident of its own',
      [
        'A man surnamed Qin sold classified documents to a foreign spy agency and was arrested.',
        'Qin was held at a detention centre in the city.',
        'Separately, the ministry urged the public to report suspicious approaches to the national security hotline.',
      ],
      [['p1', 'p2', 'p3']],
    ],
    [
      '"In one case" that tells an instance of the case being told',
      [
        'Prosecutors said a married couple named Herwig F. and Ina F. collected naval technology for a foreign intelligence service.',
        'The prosecutor said the firm was used to make contacts with universities.',
        'In one case, the couple allegedly contracted with a university to study ship engines for a foreign intelligence service.',
      ],
      [['p1', 'p2', 'p3']],
    ],
    [
      'a courier and the employee who hired him, acting together',
      [
        'The ministry said a foreign national surnamed Du was stopped with gallium in his luggage, carried for an employee of a metal company, surnamed Tang.',
        'Tang, a Chinese citizen, later confessed that a foreigner had promised him money to smuggle gallium out of the country.',
      ],
      [['p1', 'p2']],
    ],
    [
      'each round-up item the law acted on, though nobody is named',
      [
        'The Justice Department has brought dozens of espionage cases in four years.',
        'On Aug. 6, a scholar posing as a pro-democracy activist was convicted by a jury for spying on dissidents.',
        'On Aug. 13, an army intelligence analyst from Texas pleaded guilty to selling military secrets.',
        'Last month, a sergeant who worked at a navy training centre was indicted for photographing confidential files.',
      ],
      [['p2'], ['p3'], ['p4']],
    ],
    [
      'someone described who is the actor of the case before',
      [
        'A man surnamed Qin sold classified documents to a foreign spy agency.',
        'A customs officer who had helped him was arrested at the airport for espionage.',
      ],
      [['p1', 'p2']],
    ],
    [
      'a described person named at last',
      [
        'A Chinese engineer has been sentenced to death for espionage.',
        'Information about the sentencing of the man, named Liu, was released by the Ministry of State Security.',
        'Liu sold classified documents to a foreign spy agency.',
      ],
      [['p1', 'p2', 'p3']],
    ],
    [
      'a lead that describes, then the paragraph that names, with the same step of the law',
      [
        'A navy sailor in Virginia has been convicted of espionage for selling ship manuals to a foreign agent.',
        'Marcus Hale, 27, was convicted of five charges, including espionage and conspiracy.',
        'Hale was paid $9,000 over two years.',
      ],
      [['p1', 'p2', 'p3']],
    ],
    [
      'the people a case described, back after an aside',
      [
        'This time, a couple in their 40s was arrested while flying a drone over an air base.',
        'On Sunday morning, a guard at the base saw a drone above the fence.',
        'The suspects were tourists who had arrived the day before.',
        'During questioning, they said they did not know it was illegal.',
      ],
      [['p1', 'p3', 'p4']],
    ],
    [
      'a round-up: the named person of the second paragraph met another step',
      [
        'A navy sailor in Virginia has been convicted of espionage for selling ship manuals to a foreign agent.',
        'Marcus Hale, 27, was arrested in March for spying for a foreign agency.',
      ],
      [['p1'], ['p2']],
    ],
    [
      'people the text looks back to after an aside',
      [
        'Eight soldiers were sentenced on Thursday to up to 13 years in prison for spying for Beijing.',
        'The two sides split in 1949 after a civil war.',
        'Among them was a man surnamed Hsiao, who recruited soldiers into a spy network, the court said.',
        'Another was sentenced to five years for filming a video pledging to surrender.',
      ],
      [['p1', 'p2', 'p3', 'p4']],
    ],
  ])('%s', (_label, texts, expected) => {
    expect(groups(...texts)).toEqual(expected);
  });

  it.each([
    [
      'someone new the law acted on, in the middle of a paragraph',
      [
        'An engineer surnamed Liu sold classified documents to a foreign spy agency and was sentenced to death.',
        "Liu's case is not the first of its kind. In 2015, a scholar named Huang Yu was arrested for selling state secrets to a foreign intelligence agency.",
      ],
      [
        ['p1', "p2: Liu's case is not the first of its kind."],
        ['p2: In 2015, a scholar named Huang Yu was arrested for selling state secrets to a foreign intelligence agency.'],
      ],
    ],
    [
      'the other of two, named, with a step of their own and no word of espionage',
      [
        'Adam Kerr, a former navy sailor, was sentenced to 12 years for selling secrets to a foreign intelligence officer.',
        'Kerr was one of two sailors charged last year with passing military information abroad. The other, Tom Baines, was sentenced to two years after he admitted taking a bribe.',
      ],
      [
        ['p1', 'p2: Kerr was one of two sailors charged last year with passing military information abroad.'],
        ['p2: The other, Tom Baines, was sentenced to two years after he admitted taking a bribe.'],
      ],
    ],
    [
      'a case marker in the middle of a paragraph',
      [
        'Eight suspects were arrested for trying to smuggle antimony abroad for a foreign spy agency. In a separate operation, authorities intercepted a group trying to smuggle antimony ingots.',
      ],
      [
        ['p1: Eight suspects were arrested for trying to smuggle antimony abroad for a foreign spy agency.'],
        ['p1: In a separate operation, authorities intercepted a group trying to smuggle antimony ingots.'],
      ],
    ],
    [
      'the other of two people charged, sentenced on his own',
      [
        'Wei, an engineer on an assault ship, was one of two sailors charged with spying for China. The other, a sailor named Zhao Wenheng, was sentenced to two years in prison for espionage.',
      ],
      [
        ['p1: Wei, an engineer on an assault ship, was one of two sailors charged with spying for China.'],
        ['p1: The other, a sailor named Zhao Wenheng, was sentenced to two years in prison for espionage.'],
      ],
    ],
    [
      'not someone the actor meets, in the middle of a paragraph',
      ['An engineer surnamed Liu sold classified documents to a foreign spy agency. He met a man named Wu Hao, who was arrested later for espionage.'],
      [['p1']],
    ],
  ])('%s', (_label, texts, expected) => {
    const result = split(...texts);
    const whole = new Map(paras(...texts).map((p) => [p.id, p.text]));
    expect(result.segments.map((seg) => seg.paragraphs.map((p) => (p.text === whole.get(p.id) ? p.id : `${p.id}: ${p.text}`)))).toEqual(expected);
  });

  it('reads the person of a paragraph that opens with a short topic sentence', () => {
    expect(
      groups(
        '第一处现场来自军工一线。国家安全部通报,侯某某在国防军工单位从事涉密工作,被情报人员策反。',
        '第二处现场把接触从境外延伸至境内。国家安全部通报,郝某在日本留学期间被美方情报机构发展。',
      ),
    ).toEqual([['p1'], ['p2']]);
  });

  it.each([
    [
      'the same role',
      'A Chinese engineer has been sentenced to death for espionage.',
      'What led to it?',
      'An engineer with the surname Liu, worked at a research institute.',
    ],
    [
      'a definite description',
      'A Chinese engineer has been sentenced to death for espionage.',
      'What led to it?',
      'The convicted individual, a man surnamed Liu, worked at an institute.',
    ],
  ])('gives a described case the person it names after a heading (%s)', (_label, ...texts) => {
    expect(groups(...texts)).toEqual([['p1', 'p3']]);
  });

  it('gives a case told without names the paragraph that names its people', () => {
    const result = split(
      'A parliamentary researcher and another man have been charged with spying for China.',
      'Officers said it had been a complex investigation.',
      'Mr Berry, from Witney, and Mr Cash, of London, were arrested last March in connection with the investigation.',
    );
    expect(result.segments.map((s) => s.paragraphs.map((p) => p.id))).toEqual([['p1', 'p2', 'p3']]);
  });

  it("reads a lead told twice (a summary, then the story's first paragraph) as one case", () => {
    expect(
      groups(
        'An aide to a Dutch politician was sentenced to six years in prison for spying on exiles for China.',
        'An aide to a prominent Dutch political figure has been sentenced to six years by a court in Utrecht for espionage.',
        'The court identified the accused as Pieter V., a Dutch national, who passed on information for a decade.',
      ),
    ).toEqual([['p1', 'p2', 'p3']]);
    // ...but another of the same role is another case.
    expect(
      groups(
        'A sailor was sentenced to four years in prison for selling ship plans to a foreign spy.',
        'Another sailor was sentenced to two years for passing photos of a naval base to a foreign agent.',
      ),
    ).toEqual([['p1'], ['p2']]);
  });

  it('gives a case told without names the person a definite description names after the lead', () => {
    expect(
      groups(
        'A retired navy captain has been charged with recruiting officers for a spy ring run by China.',
        'The retired officer, Lin Chih-hao, was among five people indicted, prosecutors said.',
      ),
    ).toEqual([['p1', 'p2']]);
  });

  it('keeps in the case someone it first named by an office, and whom they recruited', () => {
    expect(
      groups(
        '退役少將王建國擔任統派團體總召，與組織發言人李宏達等人往來兩岸，被中國情報人員吸收。',
        '另外，李宏達則涉嫌吸收退役軍人陳志明、黃國強等人，刺探軍事機密。',
      ),
    ).toEqual([['p1', 'p2']]);
  });

  it('gives the case of an actor named again after an aside the newcomer named with them', () => {
    const found = groups(
      '檢調追查共諜張曉明發展組織案，認定退役上校蔡文雄涉嫌提供軍事機密，判刑12年。',
      '法院為防止他潛逃，限制住居。',
      '張曉明以經商名義來台，吸收退役少將指揮官吳國華，被稱為最大共諜案。',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('p3');
    // ...but "another sailor" named with the first is someone of another case.
    expect(
      groups(
        'A Navy sailor was convicted of selling military secrets to a Chinese spy.',
        'A jury convicted Mark Dolan, 24, of espionage and export violations.',
        '“This is a betrayal,” said Ann Roe, the U.S. attorney.',
        'Dolan and another sailor, Peter Kane, were arrested on the same day and charged with spying for China.',
      ),
    ).toEqual([['p1', 'p2'], ['p4']]);
  });

  it('keeps one more defendant, counted on from those named, in their case', () => {
    expect(
      groups(
        'Kwok Wing Hin, 41, and Man Ho Lam, 33, appeared at the Old Bailey, charged with assisting a foreign intelligence service.',
        'A third suspect, Briton James Holloway, was also charged in the case, but was found dead on Sunday.',
      ),
    ).toEqual([['p1', 'p2']]);
  });

  it('leaves commentary and background to the article', () => {
    const result = split(
      'Recently the national security agency exposed spy cases.',
      'Liu, who lives near a military base, photographed it for a foreign spy and was arrested.',
      'Wang is a technician at a defence company who sold military secrets to a spy.',
      'Chinese security experts noted that public vigilance is needed to counter espionage.',
      '"Espionage is rampant," Li Wei, a researcher at a think tank, told the Global Times.',
    );
    expect(result.segments.map((s) => s.paragraphs.map((p) => p.id))).toEqual([['p2'], ['p3']]);
    expect(result.articleParagraphs).toEqual(['p1', 'p4', 'p5']);
  });

  it('gives the background of an article about one case to that case', () => {
    const result = split(
      'In August 2023, China restricted gallium exports to protect national security.',
      'Liu, who lives near a military base, photographed it for a foreign spy and was arrested.',
    );
    expect(result.segments.map((s) => s.paragraphs.map((p) => p.id))).toEqual([['p1', 'p2']]);
  });

  it('does not start a case at an expert quoted for comment', () => {
    const result = split('Spy cases were exposed.', 'Li Wei, a researcher at a think tank, told the Global Times that espionage is rampant.');
    expect(result.segments.every((s) => !s.actors.includes('Li Wei'))).toBe(true);
  });

  it('reads an article about one case without names as one case', () => {
    const result = split(
      'Foreign spies smuggled gallium out of China by post, the Ministry of State Security said.',
      'The ministry said the parcels were falsely labelled, and it had cut off the smuggling channel.',
    );
    expect(result.segments).toHaveLength(1);
    expect(result.segments[0]!.signal).toBe('whole-article');
  });
});

describe('dramatizations', () => {
  it('treats a comic as one story', () => {
    const p = paras(
      'In its new comic, titled The Hidden Hand, the Ministry of State Security depicted how spies targeted a mine.',
      'The comic is set in a fictional city, where a man surnamed Hu installs spy equipment.',
      'A woman named Ding reports the devices to the national security agency.',
    );
    expect(isDramatization('Ministry releases national security comic', p)).toBe(true);
    const result = splitCases(p, 'Ministry releases national security comic', null);
    expect(result.dramatization).toBe(true);
    expect(result.segments).toHaveLength(1);
  });

  it('does not take a real case for fiction because a film is mentioned once', () => {
    expect(isDramatization('Engineer jailed for spying', paras('An engineer was jailed for selling secrets to a spy agency.', 'He had watched a film.'))).toBe(
      false,
    );
  });
});

describe('isCommentary', () => {
  it.each([
    ['"Spies are everywhere," an expert told the Global Times.', true],
    ['Chinese security experts refute this misinterpretation, stating that the public must help.', true],
    ['Zhang reported it to the national security agency.', false],
  ])('%s -> %s', (text, expected) => expect(isCommentary(text)).toBe(expected));
});

describe('splitCases: an accomplice is one of the case, not a case of her own', () => {
  it('keeps a co-defendant named in the next paragraph with the suspect (characters)', () => {
    expect(
      groups(
        '一名议员的前助理王立，周二在法院被判为外国情报机构从事间谍活动，判监4年。王立在庭审中否认所有指控。',
        '另一名涉案女共犯陈英则在庭审中承认向王力提供讯息，但否认知晓这些行为属于间谍活动。',
      ),
    ).toEqual([['p1', 'p2']]);
  });

  it('keeps an accomplice named in English with the suspect', () => {
    expect(
      groups(
        'A former aide named Peter Lang was convicted on Tuesday of spying for a foreign intelligence service and jailed for four years.',
        'An accomplice, Mara Stein, admitted passing flight data to the aide but denied knowing it was espionage.',
      ),
    ).toEqual([['p1', 'p2']]);
  });
});

describe('splitCases: after an aside, "he" met the newcomer', () => {
  it('keeps someone the last case\'s one person dealt with, even called "another", in that case', () => {
    expect(
      groups(
        '据悉，这名公民名为王立，他被指控多年来为外国情报机构工作。',
        '检方表示，相关信息被认为高度敏感。',
        '此外，他还被怀疑是另一名涉嫌间谍活动的女子陈英的联络人。陈英被指控刺探军工企业。',
      ),
    ).toEqual([['p1', 'p2', 'p3']]);
  });

  it('takes a surname He for no "he"', () => {
    expect(
      groups(
        'Hou Lin, an agronomist at a seed company in Xian, shipped the gallium by post under fake labels, declaring it as nickel powder.',
        'According to the ministry, Hou was paid 9,000 yuan and tried to move gallium out of the country through intermediaries.',
        'The MSS imposed administrative penalties on Hou under the Anti-Espionage Law.',
        'He Ping, an agronomist at a seed company in Wuhan, shipped the gallium by post under fake labels, declaring it as nickel powder.',
        'National security officers arrested He before the next meeting took place.',
      ),
    ).toEqual([
      ['p1', 'p2', 'p3'],
      ['p4', 'p5'],
    ]);
  });

  it('still opens a case for a newcomer the paragraph does not open on the person with', () => {
    expect(
      groups(
        '据悉，这名公民名为王立，他被指控多年来为外国情报机构工作。',
        '检方表示，相关信息被认为高度敏感。',
        '另一名女子陈英被指控刺探军工企业，已被逮捕。',
      ),
    ).toEqual([['p1'], ['p3']]);
  });
});

describe('splitCases: "the two of them" in Chinese looks back at them', () => {
  const OTHER = '另一起案件中，某公司员工刘某通过网络向境外间谍机关出售国家秘密，被国家安全机关依法逮捕。';
  it.each(['两人均被法院以间谍罪判处有期徒刑。', '二人对出卖国家秘密的事实供认不讳。', '两名嫌疑人在出境时被海关截获。', '兩人均被法院以間諜罪判處有期徒刑。'])(
    '%s',
    (text) => {
      expect(groups('某研究所工程师张某与其同事王某，多次将单位内部资料拍照，通过网络发送给境外间谍情报机关人员。', text, OTHER)).toEqual([
        ['p1', 'p2'],
        ['p3'],
      ]);
    },
  );
});

describe('splitCases: people of one incident stay one case', () => {
  // A case after, so that what is left over is not taken as the only case's context.
  const OTHER_CASE = 'In another case, a man surnamed Liu was arrested for selling state secrets to a foreign spy agency.';

  it.each([
    'sailor',
    'soldier',
    'seaman',
    'serviceman',
    'officer',
    'veteran',
    'pilot',
    'sergeant',
    'corporal',
    'lieutenant',
    'captain',
    'commander',
    'colonel',
  ])('a described %s named by rank in the next paragraph', (role) => {
    expect(
      groups(
        `A U.S. ${role} was sentenced to 27 months in jail for selling military secrets to a Chinese intelligence officer.`,
        'Petty Officer Daniel Hart, 26, pleaded guilty last October to espionage and receiving a bribe.',
        OTHER_CASE,
      ),
    ).toEqual([['p1', 'p2'], ['p3']]);
  });

  it.each([
    'The three were arrested in April of last year.',
    'The trio allegedly used the couple’s company to build contacts.',
    'Prosecutors say they collected information on drones for the intelligence service.',
    'Prosecutors accuse the three of obtaining the information for the intelligence service.',
    'Investigators believe the couple passed the files on.',
  ])('a paragraph that looks back at them: %s', (text) => {
    expect(
      groups(
        'The defendants are a married couple identified only as Herwig F. and Ina F., and another man, Thomas R., accused of espionage.',
        text,
        OTHER_CASE,
      ),
    ).toEqual([['p1', 'p2'], ['p3']]);
  });
  it.each(['husband', 'wife', 'son', 'brother', 'partner'])('two people named together as joint actors, one as the %s of the other', (relation) => {
    expect(
      groups(
        `Maria Chen and her ${relation}, David Lo, were arrested last year on charges of acting as agents of a foreign government.`,
        'A prosecutor told jurors the trial would show greed and betrayal.',
        'Chen has pleaded not guilty to charges alleging she failed to register as a foreign agent.',
        'Lo has pleaded not guilty to money laundering and conspiracy to commit bank fraud.',
        'They both pleaded not guilty to bribery and other charges.',
        OTHER_CASE,
      ),
    ).toEqual([['p1', 'p3', 'p4', 'p5'], ['p6']]);
  });
});

describe('splitCases: the words that open each case of a round-up', () => {
  const ROUND_UP_LEAD = 'The Ministry of State Security said on Monday that foreign spy agencies had targeted officials and students.';
  it('"In another," opens a case: a named student after an official told without a name is a case of his own', () => {
    expect(
      groups(
        ROUND_UP_LEAD,
        'In one case, an official at a provincial department was lured with money by a foreign agent and handed over internal documents. He was expelled and handed to prosecutors.',
        'In another, a university student named Chen Hao was asked by a foreign "research firm" to collect information on military facilities for a spy agency. Chen was detained.',
      ),
    ).toEqual([['p2'], ['p3']]);
  });
  it.each([
    'involved',
    'involves',
    'involving',
    'concerned',
    'concerns',
    'saw',
    'was',
    'is',
    'began',
    'begins',
    'started',
    'starts',
    'centred',
    'centered',
    'unfolded',
    'dates',
    'dated',
  ])('"The second case %s ..." opens a case', (verb) => {
    expect(isCaseMarker(`The second case ${verb} on a job-hunting website, where a student answered an advert.`)).toBe(true);
  });
  it.each(['instance', 'incident', 'example', 'episode', 'scheme'])('"In another %s, ..." opens a case', (noun) => {
    expect(isCaseMarker(`In another ${noun}, a courier was arrested.`)).toBe(true);
  });
  it.each(['involved', 'involves', 'concerned', 'concerns', 'centred on', 'centered on', 'related to'])(
    'an ordinal that stands for the case: "The third %s an unemployed man"',
    (verb) => {
      expect(isCaseMarker(`The third ${verb} an unemployed man who was offered money to film military vehicles.`)).toBe(true);
    },
  );
  it('a case the text marks, told without a name, is kept when the law acted', () => {
    expect(
      groups(
        'The ministry disclosed three espionage cases.',
        'In the first case, a man surnamed Zhou photographed warships at a shipyard and sent the pictures to a spy. He was sentenced to six years.',
        'The second case began on a job website, where a student surnamed Lin collected information about an air base for a foreign spy agency. Lin was detained in March.',
        'The third concerned an unemployed man who was offered money to film convoys near his home. He filmed them for three months before he was detained by police.',
      ),
    ).toEqual([['p2'], ['p3'], ['p4']]);
  });
});

describe('splitCases: a Chinese round-up', () => {
  it.each(['在另一起案件中，', '另一宗案件中，', '第三起案件中，', '於另一起案件中，', '另外一起案例里，', '在第二个案例中，'])(
    '"%s" opens a case',
    (marker) => {
      expect(isCaseMarker(`${marker}一名无业人员受境外人员指使拍摄军港。`)).toBe(true);
    },
  );
  it('keeps a marked case told without a name', () => {
    expect(
      groups(
        '国家安全部披露三起危害国家安全案件。',
        '某研究所工作人员王某在出国访问期间被境外间谍情报机关策反，向对方提供大量内部资料。王某已被判处有期徒刑十年。',
        '在另一起案件中，一名无业人员受境外间谍指使，多次到某军港附近拍摄舰船照片。该人员已被国家安全机关依法逮捕。',
      ),
    ).toEqual([['p2'], ['p3']]);
  });
});

describe('splitCases: a round-up of incidents told without names', () => {
  const incidents = [
    'In March, customs officers at a port intercepted a shipment of 2 tonnes of rare earth concentrate declared as ordinary ore.',
    'In May, border police stopped a truck at an exit checkpoint with 50 kilograms of gallium hidden under fruit.',
  ];
  it.each([
    'The ministry said foreign spy agencies colluded with lawbreakers to smuggle rare earths, and described several recent cases.',
    'The ministry disclosed three smuggling cases on Friday.',
    'The ministry described a string of smuggling incidents.',
    '国家安全部披露三起稀土走私案件。',
  ])('each paragraph that opens on an act done to something new is a case, after "%s"', (lead) => {
    expect(groups(lead, ...incidents)).toEqual([['p2'], ['p3']]);
  });
  it('is one story without a word of several', () => {
    expect(groups('The ministry said foreign spy agencies colluded with lawbreakers to smuggle rare earths.', ...incidents)).toHaveLength(1);
  });
});

describe('storyRange: a lead the story looks back at', () => {
  it.each([
    [
      '村民在山上放羊时，发现一名陌生男子拿着相机四处拍照，便报告了派出所。',
      '民警对该男子进行盘查，发现其相机中存有多处军事设施照片，国家安全机关随后介入调查。',
    ],
    [
      'A shepherd noticed a stranger photographing the valley and called the police.',
      'Officers questioned the man and found photos of military facilities; the state security bureau took over the espionage case.',
    ],
  ])('starts the story at the paragraph its first topical one looks back at: %s', (lead, next) => {
    expect(storyRange(paras(lead, next), null).map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('does not take a lead the story does not look back at', () => {
    const lead = 'The county held its annual harvest festival on Sunday, with music and a parade.';
    expect(
      storyRange(paras(lead, 'Officers detained a tourist who photographed a naval base for a foreign intelligence agency.'), null).map((p) => p.id),
    ).toEqual(['p2']);
  });
});

describe('splitCases: a second case set apart, and the lead named', () => {
  it('a case set apart as unrelated is its own, and the first case keeps its actor when the story returns to him', () => {
    expect(
      groups(
        'Lin Baowen, 51, a Chinese national with Australian citizenship, was indicted on 20 counts of economic espionage.',
        'In an unrelated but similar trade secrets case, two other engineers pleaded guilty Thursday to stealing chip designs.',
        'Prosecutors say Lin stole the source code of flight-simulation software and tried to sell it to foreign navies.',
      ),
    ).toEqual([['p1', 'p3'], ['p2']]);
  });

  it('the paragraph after a lead that describes one person opens on that person named', () => {
    expect(
      groups(
        'A Chinese-born engineer pleaded guilty on Tuesday to stealing trade secrets for a foreign intelligence service.',
        'Hu Dongsheng, 48, of Austin, Texas, was accused of copying 2,000 files on radar designs from his employer.',
      ),
    ).toEqual([['p1', 'p2']]);
  });

  it('...but not when the lead describes two people', () => {
    expect(
      groups(
        'A former researcher and a second man have been charged with spying for a foreign intelligence service.',
        'Hu Dongsheng, 48, of Austin, Texas, was accused of copying 2,000 files on radar designs from his employer.',
      ),
    ).not.toEqual([['p1', 'p2']]);
  });
});

describe('splitCases: a counted group described, then named', () => {
  it('"Two men were arrested" then their names, the first by its other name', () => {
    expect(
      groups(
        'Two Boston men were arrested Monday and charged with running a secret police station for a foreign intelligence service.',
        'Wu Tiansheng, also known as Tony Wu, 63, of Quincy, and Fang Liqun, 58, of Boston, are each charged with acting as agents of a foreign government.',
      ),
    ).toEqual([['p1', 'p2']]);
  });
});
