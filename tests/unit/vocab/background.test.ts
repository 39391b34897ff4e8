import { describe, expect, it } from 'vitest';
import { ACTOR_REFERENCE, CONTEXT_SHAPE, DATELINE, PUBLICATION_MEDIUM } from '../../../src/vocab/background.ts';

describe('context shapes', () => {
  it.each([
    // policy
    'In March 2024, the Ministry of Commerce imposed new export restrictions on the two metals.',
    'In 2022, the country introduced new export rules requiring permission to ship tungsten.',
    'The government added several magnets to its export restriction list in early May.',
    'Beijing put the metal on its list of controlled substances for export last year.',
    'These controls were introduced to protect national security.',
    'Anyone wishing to ship antimony abroad now requires special permission from the government.',
    'Those who violate these rules could face prosecution.',
    'Due to these regulations, exporters must apply for a licence.',
    'Since May 2020, thousands have moved abroad following the implementation of new visa regulations.',
    'The state council has determined that tungsten and antimony are strategic resources for the economy.',
    'The ruling comes after amendments to the Anti-Espionage Law were adopted at a Standing Committee session.',
    'The capital implemented a revised counter-espionage law last month.',
    // stance
    'The ministry emphasised its commitment to protecting these resources.',
    'The agency has made it clear that it will act against illegal exports.',
    'The ministry is determined to crack down on such schemes.',
    'The latest incident has prompted the ministry to strengthen its efforts.',
    // uses
    'Antimony is widely used in batteries and flame retardants.',
    'It plays a crucial role in chip making.',
    'Additionally, germanium is a key component in night-vision systems.',
    'For example, the air force employs germanium in its infrared sights.',
    'These metals are essential for producing solar panels.',
    'The focus on tungsten and its uses in industry underscores the critical nature of such metals.',
    'Tungsten is not just an ordinary metal.',
    'a grey metal used in alloys and ammunition',
    // relations and history
    'The two sides split in 1949 after a civil war.',
    'The capital has stepped up its warnings as relations with Western nations have worsened.',
    'The metals are central to its plans amid an intensifying rivalry with its neighbours.',
    'The case has fuelled concern in France that Europe is a target.',
    'Officials have for years expressed concern about the threat.',
    'Beijing claims self-ruled Taiwan as its territory.',
    'The Security Bureau, established under a new law in 2021, has an intelligence arm.',
    // figures, earlier cases, warnings
    'In 2023 alone, 58 people were prosecuted for spying.',
    'Over 120,000 residents have left since then.',
    'The ministry has previously accused a foreign agency of running such schemes.',
    'It is the first time the agency has named that service in a case.',
    'The accusation, which was reported by state media, follows several cases of alleged spying in Europe.',
    'This incident comes amid a long history of espionage allegations between the two states.',
    'Twelve Canadians have been detained on suspicion of spying since 2019, according to the ministry.',
    '31 foreigners have been arrested for espionage since 2020.',
    'Last month the agency warned that citizens should be careful with foreign contacts.',
    // reactions and comment
    'The embassy denounced them as a fabrication and lodged a protest.',
    "The territory's leader has condemned the British government's decision to charge the men.",
    'Reacting to the charges, the embassy said the claims were groundless.',
    'The consulate made solemn representations to the foreign ministry.',
    'A council convenor addressed the situation during a radio programme.',
    'The affair casts a spotlight on the trade offices abroad.',
    // Chinese
    '为保证钨的战略储备需要，2022年5月1日，商务部、海关总署发布公告，将钨列为出口管制物项。',
    '稀有金属锗因在光纤等行业中的重要作用被称为“工业维生素”。',
    '锑化铟是夜视仪的关键材料。',
    '4月15日是全民國家安全教育日。',
  ])('knows context: %s', (text) => {
    expect(CONTEXT_SHAPE.test(text)).toBe(true);
  });

  it.each([
    // what smugglers did to a rule is the case, not the rule
    "Other smugglers have bypassed China's export controls by declaring the metal as zinc powder.",
    'The courier was unaware that it was a controlled substance.',
    'A foreign national planned to illegally export tungsten out of the country.',
    'The two men were sentenced to four years in prison in March 2024.',
    'Prosecutors said the pair travelled to Macau in 2012 to meet an intelligence officer.',
    'On October 16, a report from the ministry revealed that in recent years certain foreign firms had surveyed roads.',
    'The former officer was condemned to death for espionage.',
    'Two men have been detained after photographing the base.',
    'The arrest follows a tip-off from a neighbour who saw the drone.',
  ])('knows a sentence of the case: %s', (text) => {
    expect(CONTEXT_SHAPE.test(text)).toBe(false);
  });
});

describe('the publication medium, the dateline, the actor', () => {
  it.each([
    ['In a statement posted on its social media account on Monday, the ministry cited', 'In a statement posted on its social media account'],
    ['the ministry said in a post on its official WeChat account', 'in a post on its official WeChat account'],
    ['國安部11日在微信公众号发文称', '在微信公众号发文'],
    ['国安部官方微信公眾號推出特别节目', '官方微信公眾號推出'],
  ])('blanks the medium in "%s"', (text, medium) => {
    PUBLICATION_MEDIUM.lastIndex = 0;
    expect(text.match(PUBLICATION_MEDIUM)).toContain(medium);
  });

  it.each([
    ['20th June 2024 – (Hong Kong) Three men were charged', '20th June 2024 – (Hong Kong) '],
    ['15-6-2024 (LONDON) The city’s leader condemned', '15-6-2024 (LONDON) '],
    ['Seoul (AFP): Two men were indicted', 'Seoul (AFP): '],
  ])('knows the dateline of "%s"', (text, dateline) => {
    expect(DATELINE.exec(text)?.[0]).toBe(dateline);
  });

  it.each(['He was stopped at the airport', 'the courier carried the metal', 'this individual was misled', '该男子被查获'])(
    'points at the actor: %s',
    (text) => {
      expect(ACTOR_REFERENCE.test(text)).toBe(true);
    },
  );
});
