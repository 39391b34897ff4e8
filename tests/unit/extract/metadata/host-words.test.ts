import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { nameFromAddress, splitWords } from '../../../../src/extract/metadata/host-words.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';
import { MASTHEAD_WORDS, NAME_LOWER_WORDS } from '../../../../src/vocab/outlets.ts';

function outletOf(text: string) {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  const meta = readMetadata(read.seed, cleanArticle(read.seed));
  return { value: meta.outlet, from: meta.provenance.outlet };
}

const EN =
  'Radar technician jailed for selling test data\n\nThe city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent.\n\nProsecutors said he was paid in cash.';
const ZH = '退將淪共諜案 檢方起訴三人\n\n檢方今天依違反國家安全法起訴退役少將等三人,指控他們為中共發展組織。\n\n起訴書指出,三人多次赴陸接受招待。';

describe('splitWords', () => {
  it('splits a run of letters into the commonest words that spell it', () => {
    expect(splitWords('harbortimes')).toEqual(['harbor', 'times']);
    expect(splitWords('theasiareview')).toEqual(['the', 'asia', 'review']);
  });
  it('gives null when no common words spell the run', () => expect(splitWords('xqzvnews')).toBeNull());
});

describe('nameFromAddress', () => {
  it.each([
    ['https://www.harbortimes.example/a/1', 'Harbor Times'],
    ['https://theasiareview.example/?p=1', 'The Asia Review'],
    ['https://m.riverbeacon.example/2024/06/04/story', 'River Beacon'],
    ['https://www.mountain-valley-news.example/x', 'Mountain Valley News'],
  ])('%s is named %s', (url, name) => expect(nameFromAddress(url)).toBe(name));
  it.each([
    // A brand that splits into words but ends in no masthead word keeps its address.
    ['https://www.bloomberg.example/a', null],
    // Two-letter pieces are initials or syllables, not words ("ab" + "today").
    ['https://www.abtoday.example/a', null],
    ['https://www.news.example/a', null],
    // Three-letter pieces before the masthead word are syllables as often as words.
    ['https://chinanworld.blogspot.com/2025/09/a.html', null],
    ['https://www.news24.example/a', null],
  ])('%s is not read as a name', (url, name) => expect(nameFromAddress(url)).toBe(name));
  it.each([
    // "sun" and "sports" end mastheads; "fox", "red", "bay" are everyday words, not syllables.
    ['https://www.foxsports.example/stories/1', 'Fox Sports'],
    ['https://thesun.example/world-news/1', 'The Sun'],
    ['https://www.redbaynews.example/a', 'Red Bay News'],
    // Letters that spell no word before a masthead word are initials.
    ['https://qrtnews.example/story', 'QRT News'],
    ['https://www.ktvunews.example/story', 'KTVU News'],
  ])('%s is named %s', (url, name) => expect(nameFromAddress(url)).toBe(name));
  it('keeps the address of four letters said as a word before a masthead word', () => {
    expect(nameFromAddress('https://essanews.example/a')).toBeNull();
  });
  it.each(MASTHEAD_WORDS.map((w) => [w]))('a name may end in "%s"', (word) => {
    expect(nameFromAddress(`https://www.harbor${word}.example/`)).toBe(`Harbor ${word[0]!.toUpperCase()}${word.slice(1)}`);
  });
  it.each([
    ['and', 'https://www.theglobeandmail.example/', 'The Globe and Mail'],
    ['of', 'https://www.cityofsydneynews.example/', 'City of Sydney News'],
  ])('"%s" stays lower case inside a name', (word, url, name) => {
    expect(NAME_LOWER_WORDS).toContain(word);
    expect(nameFromAddress(url)).toBe(name);
  });
});

describe('the outlet of a page no table entry and no line names', () => {
  it('is the name its address spells, labelled as read from the URL', () => {
    expect(outletOf(`https://www.harbortimes.example/story/1\n\n${EN}`)).toEqual({ value: 'Harbor Times', from: 'url' });
  });
  it('is the address itself on a Chinese page, whose address spells pinyin', () => {
    expect(outletOf(`https://www.laitimes.example/a/1.html\n\n${ZH}`)).toEqual({ value: 'laitimes.example', from: 'url' });
  });
});
