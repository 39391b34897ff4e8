import { describe, expect, it } from 'vitest';
import { describedActorLead, describedActorPhrase, describedActorStep } from '../../../../src/extract/cases/described-actor.ts';

describe('describedActorLead', () => {
  it('gives the step the law took', () => {
    expect(describedActorStep('A navy sailor has been convicted of espionage.')).toBe('convicted');
    expect(describedActorStep('The ministry said a man was arrested.')).toBeNull();
  });

  it.each(['convicted', 'indicted', 'sentenced', 'jailed', 'arrested', 'charged', 'detained', 'caught', 'stopped', 'intercepted', 'apprehended'])(
    'reads someone described without a name as the law acts on them: "was %s"',
    (step) => {
      expect(describedActorLead(`Last month, a sergeant who worked at a navy training centre was ${step} for leaking secrets.`)).toBe('sergeant');
    },
  );

  it.each(['pleaded guilty', 'pleads guilty', 'went on trial', 'goes on trial'])('reads "%s"', (verb) => {
    expect(describedActorLead(`On Aug. 13, an army intelligence analyst from Texas ${verb} to selling military secrets.`)).toBe('analyst');
  });

  it.each([
    ['a number of them', 'Eight Taiwanese military servicemen were sentenced on Thursday for spying for Beijing.', 'servicemen'],
    ['a dateline', 'Taipei (AFP): Eight Taiwanese military servicemen were sentenced on Thursday.', 'servicemen'],
    ['a year', 'In 2015, a scholar at a university was arrested for selling state secrets.', 'scholar'],
    ['an adverb', 'A former aide to the governor was secretly indicted last year.', 'aide'],
    ['a rank', 'A retired colonel was charged with recruiting officers for Beijing.', 'colonel'],
  ])('reads the shape with %s', (_label, text, role) => {
    expect(describedActorLead(text)).toBe(role);
  });

  it.each([
    ['suspect', 'A suspect was arrested at the border with gallium.'],
    ['suspects', 'Eight suspects were arrested for trying to smuggle antimony.'],
    ['defendant', 'One defendant was acquitted, and another defendant was convicted of espionage.'],
    ['defendants', 'Two defendants were sentenced to prison for spying.'],
    ['men', 'Two Chinese men have been indicted on charges of filming a naval base.'],
    ['women', 'Two women were arrested at the border.'],
    ['people', 'Five people were detained for smuggling gallium.'],
    ['couple', 'This time, a couple in their 40s was arrested for flying a drone over an air base.'],
    ['pair', 'A pair of tourists were detained after filming a naval port.'],
  ])('reads "%s" as someone the law acts on', (noun, text) => {
    expect(describedActorLead(text)).toBe(noun);
  });

  it('takes only the first sentence, and only its own subject', () => {
    expect(describedActorLead('The ministry disclosed a case. A man was arrested at the border.')).toBeNull();
    expect(describedActorLead('A man told reporters the suspect was arrested.')).toBeNull();
    expect(describedActorLead('The ministry said a man was arrested.')).toBeNull();
    expect(describedActorLead('A man surnamed Liu sold secrets to a foreign agency.')).toBeNull();
  });
});

describe('describedActorPhrase', () => {
  it('keeps the person and the step, without the opener or what the next clause adds', () => {
    expect(describedActorPhrase('On Aug. 13, an army analyst from Texas pleaded guilty to selling secrets, prosecutors said.')).toBe(
      'an army analyst from Texas pleaded guilty to selling secrets',
    );
    expect(describedActorPhrase('The ministry said a man was arrested.')).toBeNull();
  });
});
