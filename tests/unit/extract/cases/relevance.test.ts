import { describe, expect, it } from 'vitest';
import { isOnTopicPage, isRelevant } from '../../../../src/extract/cases/relevance.ts';

const paras = (...texts: string[]) => texts.map((text, i) => ({ id: `p${i + 1}`, text }));
const MATERIAL = /\b(?:gallium|rare earths?)\b/i;
const onTopic = (...texts: string[]) => isOnTopicPage(paras(...texts), MATERIAL);

describe('isRelevant', () => {
  it('reads filming a military site as the incident itself', () => {
    expect(isRelevant('Two students are accused of illegally filming an aircraft carrier and a naval base with a drone.', MATERIAL)).toBe(true);
    expect(isRelevant('Two students filmed a concert with a drone.', MATERIAL)).toBe(false);
  });

  it.each(['benefiting an enemy', 'benefiting the enemy', 'aiding an enemy', 'aiding the enemy'])('reads "%s" as espionage', (charge) => {
    expect(isRelevant(`Two men were indicted on charges of ${charge} and undermining military interests.`, MATERIAL)).toBe(true);
  });

  it('reads a Taiwanese report of a "Communist spy"', () => {
    expect(isRelevant('退役上校遭吸收为共谍，检方起诉求刑12年。', MATERIAL)).toBe(true);
    expect(isRelevant('退役上校遭吸收為共諜，檢方起訴求刑12年。', MATERIAL)).toBe(true);
  });
});

describe('isOnTopicPage', () => {
  it('takes "spy" in an everyday sense for what it is when no state is in the story', () => {
    expect(onTopic('Unlike other prototypes caught by our spy photographers, this one was hard to identify.', 'The automaker plans a launch next year.')).toBe(
      false,
    );
    expect(onTopic('The club was fined after a drone spying scandal tainted its title defence.', 'The coach was banned for a year.')).toBe(false);
  });

  it('keeps "spying" that a state, a court or an intelligence service stands behind', () => {
    expect(onTopic('Two men were charged with spying for Beijing.', 'They will appear before magistrates on Friday.')).toBe(true);
    expect(onTopic('Eight soldiers were jailed for spying.', 'The court said they had collected intelligence for China.')).toBe(true);
  });

  it.each([
    'The court said they had collected intelligence.',
    'Prosecutors say they stole secrets.',
    'Officials said the files were classified.',
    'The national security police were told.',
    'The government said it would respond.',
    'Both served in the military.',
    'Both served in the armed forces.',
    'He was an army officer.',
    'He served in the navy.',
    'He served in the air force.',
    'He was accused of treason.',
    'Prosecutors asked for a ten-year term.',
    'He was charged on Monday.',
    'He was indicted on Monday.',
    'He was convicted on Monday.',
    'He was sentenced on Monday.',
    'He was arrested on Monday.',
    'He was detained on Monday.',
    'The embassy declined to comment.',
    'Two diplomats were expelled.',
    'He worked for a foreign power.',
    'He worked for a foreign government.',
    'He worked for a foreign state.',
    'He worked for a foreign country.',
  ])('keeps "spying" in a story a state stands in: %s', (line) => {
    expect(onTopic('He was suspected of spying.', line)).toBe(true);
    expect(onTopic('He was suspected of spying.', 'He was seen at the training ground.')).toBe(false);
  });

  it.each([
    ['The story of Soviet espionage in the forties goes back to the war.', "Codebreakers read the intelligence officers' messages."],
    ['Atomic spies passed secrets to Moscow in 1944.', 'The intelligence services learned of it years later.'],
    ['“用间”最早见于夏朝的记载，间谍后成为常见的军事手段。', '战国时期的兵家典籍都论及间谍。'],
  ])('takes a history of spies, told in a past era and at no time near now, for no case: %s', (lead, next) => {
    expect(onTopic(lead, next)).toBe(false);
    expect(onTopic(lead, next, 'Last week a man was arrested for spying.')).toBe(true);
  });

  it('keeps a report that cites an old law and tells the step the law took', () => {
    expect(onTopic('He was charged under the Espionage Act of 1917 with passing secrets.')).toBe(true);
  });

  it.each([
    'A court has sentenced a former army officer to 12 years in prison for spying for the neighbour.',
    'The former naval officer was convicted of passing secrets to foreign agents.',
    'A retired colonel was arrested for spying for the neighbour.',
  ])('keeps a report of a sentence or an arrest whose only year is its background in a past era: %s', (step) => {
    expect(onTopic(step, 'The two states have been rivals since their split in 1949.')).toBe(true);
  });

  it('takes "spy" in a caption for no case when a state stands only paragraphs away (a film review)', () => {
    const review = [
      'I had mixed feelings about this film.',
      'Spy. Image credit: the studio.',
      'Some of the jokes land.',
      'She plays an unlikely secret agent.',
    ];
    expect(onTopic(...review)).toBe(false);
    expect(onTopic('Spy. Image credit: the studio.', 'She plays an unlikely secret agent.')).toBe(true);
  });

  it('keeps a report that names no time at all', () => {
    expect(onTopic('An engineer was jailed for selling state secrets to a foreign intelligence agency.')).toBe(true);
  });

  it('takes theft of trade secrets the law acted on, for a foreign state, for economic espionage', () => {
    const plea = 'A researcher pleaded guilty on Monday to stealing trade secrets from the firm where he worked.';
    expect(onTopic(plea, 'He had applied to recruitment programmes funded by the Chinese government.')).toBe(true);
    expect(onTopic(plea, 'Prosecutors said he planned to start a rival company.')).toBe(false);
    expect(onTopic('The firm says a rival has been stealing its trade secrets for years.', 'The Chinese government opened a new plant.')).toBe(false);
  });

  it('takes a beat word kept at a distance by quotation marks for no case', () => {
    expect(onTopic('这组新车照片是车企内部员工拍摄的，官方不但没有追责，还给员工“泄密”的照片点了赞。', '新车将在年底首秀。')).toBe(false);
    expect(onTopic('员工因泄密被国家安全机关调查，官方称其为“内鬼”。')).toBe(true);
  });

  it('takes a court of arbitration for no state', () => {
    expect(onTopic('The team was docked points for using a drone to spy on a rival.', 'It can appeal to the Court of Arbitration for Sport.')).toBe(false);
    expect(onTopic('The club was caught spying on a rival.', 'The arbitration court will hear the appeal.')).toBe(false);
    expect(onTopic('He was suspected of spying.', 'The court will hear the case in May.')).toBe(true);
  });

  it('keeps "spy" words in a story of smuggling', () => {
    expect(onTopic('The ministry warned of loans used by spy networks.', 'The smuggling channel run by Song was cut off, the ministry said.')).toBe(true);
  });

  it.each([
    ['A new series about an intelligence agency premieres this week.', 'The lead actor stars as a former army sniper recruited by an intelligence agency.'],
    ['The spy thriller follows a captured intelligence officer.', 'The veteran handler, played by a famous actor, has 24 hours to save him.'],
    ['这部谍战剧讲述国家安全机关破获间谍案的故事。', '男演员饰演的侦察员与境外间谍斗智斗勇。'],
    ['這部諜戰劇講述國家安全機關破獲間諜案的故事。', '男演員飾演的偵察員與境外間諜鬥智鬥勇。'],
  ])('takes a page that names a cast for a piece about a film: %s', (lead, cast) => {
    expect(onTopic(lead, cast)).toBe(false);
    expect(onTopic(lead, 'The case was closed last year.')).toBe(true);
  });

  it('keeps a state microfilm told as the case it retells, with no actors named', () => {
    expect(
      onTopic(
        'The Ministry of State Security released a microfilm adapted from a real espionage case.',
        'It depicts how a student was coerced into photographing documents.',
      ),
    ).toBe(true);
  });

  it('takes a chapter of web fiction for fiction, however much its characters talk of spies', () => {
    expect(onTopic('看後求收藏，接著再看更方便。', '“境外間諜一直在蒐集我們的資料。”她說著。')).toBe(false);
    expect(onTopic('“境外間諜一直在蒐集我們的資料。”國家安全機關表示。')).toBe(true);
  });
});

describe('isOnTopicPage: the headline', () => {
  const told = [
    'Customs officers at a land port found 300 kilograms of gallium hidden under crates of fruit.',
    'The driver had declared the cargo as produce.',
  ];
  it('names the subject the paragraphs tell in other words', () => {
    expect(isOnTopicPage(paras(...told), MATERIAL)).toBe(false);
    expect(isOnTopicPage(paras(...told), MATERIAL, [], 'Customs stops gallium smuggling attempt at land border')).toBe(true);
  });
  it('is not enough by a "spy" word, or when no paragraph tells of the subject', () => {
    expect(isOnTopicPage(paras(...told), MATERIAL, [], 'Spy shots: new truck spotted at a land border')).toBe(false);
    expect(
      isOnTopicPage(paras('The company sells gallium at 99.99% purity.', 'Orders ship within two days.'), MATERIAL, [], 'Gallium smuggling explained'),
    ).toBe(false);
  });
});

describe('isOnTopicPage: a strategic material stopped on its way out', () => {
  it.each(['stopped', 'seized', 'intercepted', 'confiscated', 'caught'])('"%s" at a border is smuggling told without the word', (verb) => {
    const page = paras(`Officers ${verb} a courier at the exit of the airport with 20 kilograms of gallium in his luggage.`, 'The man was paid per trip.');
    expect(isOnTopicPage(page, MATERIAL)).toBe(true);
  });
  it('reads a Chinese seizure at a port', () => {
    expect(isOnTopicPage(paras('海关在出境旅客通道查获一名旅客随身携带金属镓20公斤，未向海关申报。'), /镓/)).toBe(true);
  });
  it('does not read goods sold for export', () => {
    expect(isOnTopicPage(paras('We export gallium ingots of 99.99% purity to buyers abroad.', 'Orders are shipped in two days.'), MATERIAL)).toBe(false);
  });
});
