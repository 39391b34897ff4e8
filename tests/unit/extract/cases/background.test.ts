import { describe, expect, it } from 'vitest';
import { caseText, isContext, scopeOf } from '../../../../src/extract/cases/background.ts';

const p = (id: string, text: string) => ({ id, text });

describe('scopeOf', () => {
  const story = [
    p('p1', 'The ministry said a foreign national was stopped at an airport with tungsten in his luggage.'),
    p(
      'p2',
      'In March 2024, the Ministry of Commerce imposed new export restrictions on tungsten. These controls were introduced amid rising tensions with the United States.',
    ),
    p('p3', 'Tungsten is widely used in armour. For instance, the US Army employs tungsten in its shells.'),
    p('p4', 'He had been paid by a contact, the ministry said. The state council has determined that tungsten is a strategic resource.'),
  ];

  it('keeps the paragraphs about the case, and the context alone as background', () => {
    const scope = scopeOf(story, []);
    expect(scope.background).toEqual(['p2', 'p3']);
    expect(scope.facts.map((x) => x.id)).toEqual(['p1', 'p4']);
    // A paragraph that also tells of the case keeps what it tells, without the context sentence.
    expect(scope.facts[1]!.text).toBe('He had been paid by a contact, the ministry said.');
    expect(scope.context.map((x) => x.id)).toEqual(['p2', 'p3', 'p4']);
  });

  it('keeps a context sentence that names someone of the case', () => {
    expect(isContext('Chen put the metal on its list of controlled goods to mislead customs.', ['Chen'])).toBe(false);
    expect(isContext('Customs put the metal on its list of controlled goods.', ['Chen'])).toBe(true);
  });

  it('leaves out a context clause between dashes, keeping the rest of the sentence', () => {
    expect(caseText('Large amounts of tungsten – a grey metal used in alloys – were shipped through Vietnam.')).toBe(
      'Large amounts of tungsten – were shipped through Vietnam.',
    );
  });

  it('blanks the medium the ministry published in and the dateline', () => {
    expect(caseText('In a statement posted on its social media account, the ministry cited the tactics.')).toBe(', the ministry cited the tactics.');
    expect(caseText('20th June 2024 – (Hong Kong) Three men were charged.')).toBe('Three men were charged.');
  });

  it('blanks a dateline of a city in capitals', () => {
    expect(caseText('MANILA, Philippines — Five men were arrested.')).toBe('Five men were arrested.');
    expect(caseText('SAN DIEGO (AP) — A sailor was convicted.')).toBe('A sailor was convicted.');
  });

  it('blanks where the reporting outlet is based', () => {
    const text = caseText('The Daily Mirror, a tabloid based in London, reported that he was stopped at the airport.');
    expect(text).not.toContain('London');
    expect(text).toContain('reported that he was stopped');
  });

  it('blanks what a law says after its name, up to the end of its sentence', () => {
    const text = caseText(
      'He was convicted of violating the Arms Export Control Act, which prohibits exporting U.S. military equipment — what it calls “defense articles” — without a license from the State Department. He appealed.',
    );
    expect(text).not.toContain('State Department');
    expect(text).toContain('He was convicted of violating the Arms Export Control Act');
    expect(text).toContain('He appealed.');
  });

  it('reads an example after a context sentence as context too, unless it names the actor', () => {
    const context =
      'The charge follows several recent cases of alleged espionage in Europe. Recently, both sides have begun to publish details. For instance, last month police in Berlin charged a man with spying.';
    expect(caseText(context, ['Wang'])).toBe('');
    expect(caseText('The charge follows several recent cases of alleged espionage in Europe. For example, Wang met an officer in Berlin.', ['Wang'])).toBe(
      'For example, Wang met an officer in Berlin.',
    );
    // What a commenter went on to say.
    expect(
      caseText('A council convenor addressed the situation during a radio programme. She stated that they would now watch exiles in the UK.', ['Wang']),
    ).toBe('');
    expect(
      caseText(
        'Regina Lee, a council convenor, addressed the situation on the radio. She stated that exiles in London were watched. Lee believes the office must keep watch.',
        ['Wang'],
      ),
    ).toBe('');
    // Not after a sentence of the case.
    expect(caseText('Wang was arrested in Lyon. Recently, police searched a flat in Paris.', ['Wang'])).toContain('Paris');
  });

  it("leaves out a sentence of the actor's past, with its places, even though it names the actor", () => {
    const text = 'Lin was detained in Xiamen in 2021. A profile said Lin founded a friendship society between Portland and Ningbo in 1987.';
    expect(caseText(text, ['Lin'])).toBe('Lin was detained in Xiamen in 2021.');
    expect(caseText('他从2018年以来一直在为这名议员工作。同年，他被捕。', ['他'])).toBe('同年，他被捕。');
  });

  it('keeps a sentence of the past that tells espionage or a step of the law', () => {
    expect(caseText('Lin founded a front company in Ningbo in 2015 to spy on dissidents.', ['Lin'])).toContain('Ningbo');
    expect(caseText('Lin joined the navy in 2015 and was arrested in Ningbo in 2021.', ['Lin'])).toContain('Ningbo');
  });

  it('joins the Chinese sentences it keeps without spaces', () => {
    expect(caseText('稀有金属锗因在光纤等行业中的重要作用被称为“工业维生素”。近期，国家安全机关处置了一起走私锗的案件。该男子被查获。')).toBe(
      '近期，国家安全机关处置了一起走私锗的案件。该男子被查获。',
    );
  });
});

describe('the setting of a report', () => {
  const story = [
    p('p1', 'Two foreign students were arrested for flying drones over a naval base in Busan, police said.'),
    p('p2', 'South Korea finds itself in the middle of a growing superpower standoff between the United States and China.'),
    p('p3', 'They were found to have 200 photos of the base on their phones.'),
    p('p4', 'Antimony, a metal used in ammunition, has been subject to export licences since September.'),
  ];

  it('marks a paragraph that names nobody of the case and tells no act, step, inquiry or material', () => {
    expect(scopeOf(story, []).setting).toEqual(['p2', 'p4']);
  });

  it('keeps a paragraph that names an actor of the case, or points at one', () => {
    const named = [p('p1', 'Lee grew up between the United States and China.'), p('p2', 'He moved to Seoul in 2019.')];
    expect(scopeOf(named, ['Lee']).setting).toEqual([]);
  });
});
