import { describe, expect, it } from 'vitest';
import { titleAndSite } from '../../../../src/extract/metadata/title-site.ts';

describe('a section kicker in capitals run into the headline', () => {
  it('is left out of the title', () =>
    expect(
      titleAndSite('WORLD WATCH Court Jails Former Engineer for Selling Radar Secrets', 'https://news.example.org/2025/court-jails-former-engineer').title,
    ).toBe('Court Jails Former Engineer for Selling Radar Secrets'));
  it.each([
    ['acronyms that open the headline', 'US FBI Arrests Two Men Over Naval Base Photos'],
    ['a kicker the address spells as part of the headline', 'SPY WARS Return as Court Hears Case of Navy Sailor'],
    ['a headline too short to stand without it', 'BREAKING NEWS Spy Jailed'],
  ])('%s stay', (_what, title) => expect(titleAndSite(title, 'https://news.example.org/spy-wars-return-as-court-hears-case').title).toBe(title));
});
