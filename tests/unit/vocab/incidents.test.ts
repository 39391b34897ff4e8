import { describe, expect, it } from 'vitest';
import {
  CASE_REFERENCE,
  DATED_DISCLOSURE,
  EARLIER_CASES,
  FIRST_ITEM,
  ITEM_LINK,
  LATER_ITEM,
  LEGAL_STEP,
  LOOKS_BACK,
  ONE_EARLIER_CASE,
  SEPARATE_MARKER,
  THE_OTHER_ONE,
} from '../../../src/vocab/incidents.ts';
import { ROLE_NOUN } from '../../../src/vocab/roles.ts';

describe('incident vocabulary', () => {
  it.each(['The other, Tom Baines, was sentenced.', 'Another sailor, Tom Baines, was jailed.'])('knows the other of two: %s', (text) => {
    expect(THE_OTHER_ONE.test(text)).toBe(true);
  });

  it.each(['两名外国人被以违反《军事设施保护法》立案', '警方已对二人刑事立案'])('knows a criminal case opened as a step of the law: %s', (text) => {
    expect(LEGAL_STEP.test(text)).toBe(true);
  });

  it.each(['前助理及其丈夫在联邦法院受审', '前助理及其丈夫在聯邦法院接受審判'])('knows a trial as a step of the law: %s', (text) => {
    expect(LEGAL_STEP.test(text)).toBe(true);
  });

  it.each([
    'a spy case in which a student joined a foreign agency',
    'released a case involving a foreign agency',
    'an incident where a drone filmed a naval base',
    'a plot in which officers were recruited',
    'a scheme involving shell companies',
  ])('knows a case reference: %s', (text) => {
    expect(CASE_REFERENCE.test(text)).toBe(true);
  });

  it.each(['said', 'says', 'revealed', 'disclosed', 'warned', 'exposed', 'cited', 'issued', 'published', 'announced', 'unveiled', 'released'])(
    'knows a disclosure on a given day: "%s"',
    (verb) => {
      expect(DATED_DISCLOSURE.test(`The Ministry of State Security ${verb} on Tuesday that smugglers had hidden gallium.`)).toBe(true);
      expect(DATED_DISCLOSURE.test(`On Sept. 3, the ministry ${verb} that smugglers had hidden gallium.`)).toBe(true);
      expect(DATED_DISCLOSURE.test(`The ministry has ${verb} repeatedly that smugglers hide gallium.`)).toBe(false);
    },
  );

  it.each([
    'Separately, two men were charged.',
    'In a separate operation, authorities intercepted antimony.',
    'In a separate incident, a man was arrested.',
    'In a separate development, a woman was charged.',
    'In a separate investigation, two officers were charged.',
    'In a separate raid, police seized gallium.',
    'In a separate prosecution, a sailor was convicted.',
    // What sets it apart may stand among other words before the noun.
    'In an unrelated but similar trade secrets case, two other engineers pleaded guilty.',
    'In a separate espionage case, a clerk was charged.',
  ])('knows a separating marker: %s', (text) => {
    expect(SEPARATE_MARKER.test(text)).toBe(true);
  });

  it.each([
    'Among them was a man surnamed Hsiao.',
    'One of them was a retired officer.',
    'The other, a retired soldier surnamed Chen, recruited him.',
    'Another was sentenced to five years.',
    'Another received a nine-year term.',
    'Both men were released on bail.',
    'Both of them denied the charges.',
  ])('knows words that look back: %s', (text) => {
    expect(LOOKS_BACK.test(text)).toBe(true);
  });

  it('does not look back at "the other case" or "another case"', () => {
    expect(LOOKS_BACK.test('The other case involved a student.')).toBe(false);
    expect(LOOKS_BACK.test('Another case involved a student.')).toBe(false);
  });

  it.each(['sergeant', 'corporal', 'colonel', 'lieutenant', 'commander', 'aide', 'adviser', 'advisor', 'assistant'])('knows the role "%s"', (role) => {
    expect(new RegExp(`^${ROLE_NOUN}$`, 'i').test(role)).toBe(true);
  });

  it.each(['another', 'the other', 'a second', 'the second', 'a third', 'the third', 'a fourth', 'the fourth', 'the last'])(
    'knows "%s" as the start of a later item of a list of cases',
    (words) => {
      expect('one involving a clerk and X a courier'.replace('X', words).split(LATER_ITEM)).toEqual(['one involving a clerk', 'a courier']);
    },
  );

  it.each(['involving', 'in which', 'where', 'of', 'concerning'])('knows "%s" after the first item and after each item', (link) => {
    expect(FIRST_ITEM.test(`two cases, one ${link} a clerk`)).toBe(true);
    expect(FIRST_ITEM.test(`cases, including one ${link} a clerk`)).toBe(true);
    expect(ITEM_LINK.test(`${link} a clerk`)).toBe(true);
  });

  it.each(['previous', 'previously', 'earlier', 'prior', 'past', 'other', 'similar', 'separate'])('knows "%s" as setting cases apart', (word) => {
    expect(EARLIER_CASES.test(`The ministry has ${word} exposed cases`)).toBe(true);
  });

  it.each(['previous', 'earlier', 'prior', 'past', 'similar', 'separate'])('knows "a %s case in which" in passing', (word) => {
    expect(ONE_EARLIER_CASE.test(`recalling a ${word} case in which a fisherman found a device`)).toBe(true);
    expect(ONE_EARLIER_CASE.test(`recalling one ${word} case involving a fisherman`)).toBe(true);
  });
});

describe('one more defendant counted on from those named', () => {
  it.each(['A third suspect, ', 'another defendant ', 'a second co-defendant, ', '第三被告', '另一名被告', '另一名嫌犯，'])(
    'reads "%s" before a name',
    async (before) => {
      const { COUNTED_CO_DEFENDANT } = await import('../../../src/vocab/incidents.ts');
      expect(COUNTED_CO_DEFENDANT.test(before)).toBe(true);
    },
  );

  it('leaves another of a kind who may be of another case alone', async () => {
    const { COUNTED_CO_DEFENDANT } = await import('../../../src/vocab/incidents.ts');
    expect(COUNTED_CO_DEFENDANT.test('Wei and another sailor, ')).toBe(false);
  });
});
