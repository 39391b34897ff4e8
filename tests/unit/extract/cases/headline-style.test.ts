import { describe, expect, it } from 'vitest';
import { asHeadline } from '../../../../src/extract/cases/headline-style.ts';

describe('a sentence shortened as a headline', () => {
  it('drops the auxiliary before the participle, each auxiliary', () => {
    expect(asHeadline('Retired colonel was sentenced to 20 years')).toBe('Retired colonel sentenced to 20 years');
    expect(asHeadline('Two students were detained by police')).toBe('Two students detained by police');
    expect(asHeadline('Chinese woman has been charged over an association')).toBe('Chinese woman charged over an association');
    expect(asHeadline('Two men have been indicted on charges of filming a base')).toBe('Two men indicted on charges of filming a base');
    expect(asHeadline('The clerk had been paid by a handler')).toBe('The clerk paid by a handler');
    expect(asHeadline('A sailor is accused of selling photographs')).toBe('A sailor accused of selling photographs');
    expect(asHeadline('Two officers are suspected of leaking files')).toBe('Two officers suspected of leaking files');
  });

  it('knows the participles that do not end in -ed', () => {
    const table: Array<[string, string]> = [
      ['Parts were bought by a front company', 'Parts bought by a front company'],
      ['A courier was brought before a court', 'A courier brought before a court'],
      ['A courier was caught at the border', 'A courier caught at the border'],
      ['A man was found guilty of spying', 'A man found guilty of spying'],
      ['A soldier was given a suspended sentence', 'A soldier given a suspended sentence'],
      ['A man was held for questioning', 'A man held for questioning'],
      ['Devices were hidden in a flat', 'Devices hidden in a flat'],
      ['A suspect was kept in custody', 'A suspect kept in custody'],
      ['The handler was known as Andy', 'The handler known as Andy'],
      ['A student was led to a meeting', 'A student led to a meeting'],
      ['Copies were made of the plans', 'Copies made of the plans'],
      ['An aide was met by a handler', 'An aide met by a handler'],
      ['A clerk was paid by a handler', 'A clerk paid by a handler'],
      ['A man was seen filming a base', 'A man seen filming a base'],
      ['A student was sent to gather information', 'A student sent to gather information'],
      ['Plans were shown to a handler', 'Plans shown to a handler'],
      ['Secrets were sold to a foreign agency', 'Secrets sold to a foreign agency'],
      ['A man was sought by police', 'A man sought by police'],
      ['Files were stolen from a ministry', 'Files stolen from a ministry'],
      ['A drone was taken from the suspects', 'A drone taken from the suspects'],
      ['A clerk was told to copy files', 'A clerk told to copy files'],
      ['A recorder was thrown into the sea', 'A recorder thrown into the sea'],
      ['Reports were written for a handler', 'Reports written for a handler'],
    ];
    for (const [sentence, headline] of table) expect(asHeadline(sentence), sentence).toBe(headline);
  });

  it('keeps "allegedly" and drops "also" between the auxiliary and the participle', () => {
    expect(asHeadline('A man was allegedly sent to spy')).toBe('A man allegedly sent to spy');
    expect(asHeadline('Ten people were also charged for censoring speech')).toBe('Ten people charged for censoring speech');
  });

  it('keeps an auxiliary of an infinitive', () => {
    expect(asHeadline('The seventeenth Japanese national to have been detained')).toBe('The seventeenth Japanese national to have been detained');
  });

  it('drops a phrase between commas that describes the subject again', () => {
    expect(asHeadline('Two Chinese nationals, a man and a woman, have been charged with interference')).toBe('Two Chinese nationals charged with interference');
    const openers: Array<[string, string]> = [
      ['Case involving 34 defendants, all members of a ministry, for harassing dissidents', 'Case involving 34 defendants for harassing dissidents'],
      ['Case involving a man, a retired engineer, for selling designs', 'Case involving a man for selling designs'],
      ['Case involving an aide, an interpreter by training, for passing documents', 'Case involving an aide for passing documents'],
      ['Case involving two men, both residents of Busan, for filming a base', 'Case involving two men for filming a base'],
      ['Case involving four officers, each a former pilot, for leaking plans', 'Case involving four officers for leaking plans'],
      ['Case involving three men, one a former soldier, for filming a base', 'Case involving three men for filming a base'],
      ['Case involving ten officers, two of them generals, for leaking plans', 'Case involving ten officers for leaking plans'],
      ['Case involving nine officers, three of them colonels, for leaking plans', 'Case involving nine officers for leaking plans'],
      ['Case involving 12 people, most of them students, for filming bases', 'Case involving 12 people for filming bases'],
      ['Case involving 12 people, some of them students, for filming bases', 'Case involving 12 people for filming bases'],
      ['Case involving 12 people, many of them students, for filming bases', 'Case involving 12 people for filming bases'],
      ['Case involving 12 people, several of them students, for filming bases', 'Case involving 12 people for filming bases'],
      ['Case involving 10 people, also living in China, for censoring speech', 'Case involving 10 people for censoring speech'],
    ];
    for (const [sentence, headline] of openers) expect(asHeadline(sentence), sentence).toBe(headline);
  });

  it('drops times relative to the day of the report', () => {
    expect(asHeadline('Ten officers were indicted Monday for spying')).toBe('Ten officers indicted for spying');
    expect(asHeadline('Ten officers were indicted on Friday for spying')).toBe('Ten officers indicted for spying');
    const table: Array<[string, string]> = [
      ['A man was arrested last week at a port', 'A man arrested at a port'],
      ['A man was arrested this week at a port', 'A man arrested at a port'],
      ['A man was arrested earlier this week at a port', 'A man arrested at a port'],
      ['A man was arrested earlier this month at a port', 'A man arrested at a port'],
      ['A man was arrested this month at a port', 'A man arrested at a port'],
      ['A man was recently arrested at a port', 'A man arrested at a port'],
      ['A man was arrested yesterday at a port', 'A man arrested at a port'],
      ['A man was arrested today at a port', 'A man arrested at a port'],
    ];
    for (const [sentence, headline] of table) expect(asHeadline(sentence), sentence).toBe(headline);
    // A date a reader can place stays.
    expect(asHeadline('A man was charged in April 2023')).toBe('A man charged in April 2023');
  });

  it('ends a long title where a clause or a phrase ends, after its verb, never on a verb waiting for its object', () => {
    const long =
      'Retired Air Force colonel was sentenced to 20 years in prison for spying for Beijing and handing over confidential national security information';
    expect(asHeadline(long)).toBe('Retired Air Force colonel sentenced to 20 years in prison for spying for Beijing');
    const breaks: Array<[string, string]> = [
      [
        'Case involving a worker of a drug maker detained in Beijing on suspicion of espionage — the seventeenth such national detained',
        'Case involving a worker of a drug maker detained in Beijing on suspicion of espionage',
      ],
      [
        'Case involving a worker of a drug maker detained in Beijing on suspicion of espionage – the seventeenth such national detained',
        'Case involving a worker of a drug maker detained in Beijing on suspicion of espionage',
      ],
      [
        'Trader shipped antimony by packaging it as zinc ingots through three ports; the ring was broken up by customs officers in the south',
        'Trader shipped antimony by packaging it as zinc ingots through three ports',
      ],
      [
        'An engineer was charged with passing the designs of a submarine to a foreign agent after the police searched his home in the capital city',
        'An engineer charged with passing the designs of a submarine to a foreign agent',
      ],
      [
        'An engineer was charged with passing the designs of a submarine to a foreign agent while he worked at a shipyard in the capital city',
        'An engineer charged with passing the designs of a submarine to a foreign agent',
      ],
      [
        'An engineer was arrested for passing the designs of a new submarine to a foreign handler who paid him in cash at meetings in a hotel',
        'An engineer arrested for passing the designs of a new submarine to a foreign handler',
      ],
      [
        'An engineer was arrested for passing the designs of a new submarine to a foreign agency which paid him in cash at meetings in a hotel',
        'An engineer arrested for passing the designs of a new submarine to a foreign agency',
      ],
      [
        'A student was arrested for filming a United States aircraft carrier at the navy base that had docked at the port of Busan last summer',
        'A student arrested for filming a United States aircraft carrier at the navy base',
      ],
      [
        'A student was arrested for filming a United States aircraft carrier at the naval base of Busan when it docked at the port last summer',
        'A student arrested for filming a United States aircraft carrier at the naval base of Busan',
      ],
      [
        'Ten people were also charged for attempting to censor speech on a technology platform, including conversations about the massacre',
        'Ten people charged for attempting to censor speech on a technology platform',
      ],
    ];
    for (const [sentence, headline] of breaks) expect(asHeadline(sentence), sentence).toBe(headline);
    // Cut before "leaking", the title would end on "photographing", waiting for its object: it stays whole.
    const dangling = 'Sergeant who worked at a navy training centre was indicted for allegedly photographing and leaking confidential defence information';
    expect(asHeadline(dangling)).toBe(dangling.replace('was indicted', 'indicted'));
    // No cut comes before the verb: the title would say who, not what befell them.
    const early = 'Software engineer who worked two decades at a telecom firm and at a bank pleaded guilty to gathering intelligence on many dissidents';
    expect(asHeadline(early)).toBe(early);
  });
});
