import { describe, expect, it } from 'vitest';
import { GoldCase } from '../../../src/eval/gold.ts';
import { goldPeopleByGroup, roleGroup } from '../../../src/eval/people-roles.ts';

describe('roleGroup', () => {
  it.each([
    ['suspect', 'parties'],
    ['Defendant', 'parties'],
    ['accused', 'parties'],
    ['convict', 'parties'],
    ['spy', 'parties'],
    ['agent', 'parties'],
    ['accomplice', 'parties'],
    ['co-conspirator', 'parties'],
    ['recruiter', 'parties'],
    ['handler', 'parties'],
    ['courier', 'parties'],
    ['informant', 'parties'],
    ['victim', 'parties'],
    ['official', 'others'],
    ['judge', 'others'],
    ['expert', 'others'],
    [undefined, 'unstated'],
    [' ', 'unstated'],
  ])('%s is %s', (role, group) => expect(roleGroup(role)).toBe(group));
});

describe('goldPeopleByGroup', () => {
  it('groups each person once, by the first role a case gives them', () => {
    const cases = [
      GoldCase.parse({ label: 'a', people: ['Wang', 'Judge Li'], roles: { Wang: 'suspect', 'Judge Li': 'judge' } }),
      GoldCase.parse({ label: 'b', people: ['Wang', 'Zhao'], roles: { Wang: 'official' } }),
    ];
    expect([...goldPeopleByGroup(cases)]).toEqual([
      ['Wang', 'parties'],
      ['Judge Li', 'others'],
      ['Zhao', 'unstated'],
    ]);
  });
});
