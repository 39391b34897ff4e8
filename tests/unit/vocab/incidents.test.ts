import { describe, expect, it } from 'vitest';
import { CASE_REFERENCE, DATED_DISCLOSURE, LOOKS_BACK, SEPARATE_MARKER } from '../../../src/vocab/incidents.ts';
import { ROLE_NOUN } from '../../../src/vocab/roles.ts';

describe('incident vocabulary', () => {
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
});
