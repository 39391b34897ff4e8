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

  it('joins the Chinese sentences it keeps without spaces', () => {
    expect(caseText('稀有金属锗因在光纤等行业中的重要作用被称为“工业维生素”。近期，国家安全机关处置了一起走私锗的案件。该男子被查获。')).toBe(
      '近期，国家安全机关处置了一起走私锗的案件。该男子被查获。',
    );
  });
});
