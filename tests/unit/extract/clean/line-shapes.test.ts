/**
 * Lines of page furniture by their shape, written for the test: an icon's glyph before a menu row says nothing.
 */
import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../../src/extract/clean/boilerplate.ts';
import { dropStrayLines } from '../../../../src/extract/clean/prose-runs.ts';
import { cleanText } from '../../../helpers/clean-text.ts';

describe('lines after an icon', () => {
  it.each([
    ['↺ 返回 电子报 正體版', 'navigation'],
    ['⏰ Published: 4 March 2025', 'published-line'],
    ['📅 2025-03-04', 'published-line'],
  ])('%s is %s', (line, reason) => expect(lineKind(line)?.reason).toBe(reason));
  it('keeps the marks that mean something', () => {
    expect(lineKind('© 2025 Harbour Watch')?.reason).toBe('copyright');
  });
});

describe('captions under a mark', () => {
  it.each(['▲專業試車手老王。', '▲ 退役中將曾怒嗆記者，但仍遭判刑。', '△ The test car wrapped in white cloth at a petrol station.'])(
    '%s is a caption',
    (line) => expect(lineKind(line)?.reason).toBe('caption'),
  );
  it('leaves a long paragraph after a mark alone', () => {
    const long = `▲${'檢方調查發現，涉案的退役軍官多次前往對岸接受招待，並被要求蒐集基地資訊。'.repeat(3)}`;
    expect(lineKind(long)?.reason).not.toBe('caption');
  });
});

describe('a labelled picture credit closing a caption', () => {
  it.each(['The lead actor gives a warm performance. Image Credit: 20th Century Studios', 'Heist. Photo credit: 21 Laps Entertainment.'])(
    '%s is a caption',
    (line) => expect(lineKind(line)?.reason).toBe('caption'),
  );
  it('leaves a sentence that mentions credit alone', () => {
    expect(lineKind('The bank extended credit to the firm for two more years.')).toBeNull();
  });
});

describe('a photographer credited in brackets', () => {
  it('makes a caption of a line closing on "(…攝)", however long the photographer\'s title', () => {
    const line = '2026年3月2日，經貿辦案在中央刑事法院開審。被告當日休庭後離開法院。（本報駐英國特約記者Harrison攝）';
    expect(lineKind(line)?.reason).toBe('caption');
  });
});

describe('the last line of the body', () => {
  const story = 'The former sailor was sentenced to sixteen years in prison on Monday for selling military manuals to an officer of a foreign service.';
  it('is a list, not the story cut off, when it has almost no grammar words', () => {
    const decisions: Array<{ reason: string | null }> = [{ reason: null }, { reason: null }];
    dropStrayLines(decisions, [{ text: story }, { text: 'espionage 100% navy 90% selling information 70% sailor 70% sentenced 50% military manuals 40%' }]);
    expect(decisions[1]!.reason).toBe('stray');
  });
  it('is the story cut off when it still reads as prose', () => {
    const decisions: Array<{ reason: string | null }> = [{ reason: null }, { reason: null }];
    dropStrayLines(decisions, [{ text: story }, { text: "Beijing's highly secretive Ministry of State Se" }]);
    expect(decisions[1]!.reason).toBeNull();
  });
});

describe('a relative time under a post', () => {
  it.each(['in #world10 days ago', 'in #asia 3 hours ago', 'posted by harbourwatch 2 days ago', 'Updated 5 minutes ago'])('%s is a date line', (line) =>
    expect(lineKind(line)?.reason).toBe('published-line'),
  );
  it('is not a sentence that says how long ago', () => expect(lineKind('He was arrested 10 days ago')).toBeNull());
});

describe('a post title over its tag and time', () => {
  it('is not run on into the line under it', () => {
    const text = `https://blog.example/uk/@writer/two-defendants-granted-bail\n\nTwo defendants granted bail and will appear in court again in November\n\nin #uk10 days ago\n\nThe case had a preliminary hearing on Friday morning, and the two men were granted bail by the judge.\n\nThey will appear in court again in November, when a trial date is expected to be set.`;
    expect(cleanText(text).headline).toBe('Two defendants granted bail and will appear in court again in November');
  });
});

describe('the story cut off at its end', () => {
  it('is kept after a teaser set between its paragraphs', () => {
    const text = `https://news.example/a/1\n\nThree citizens arrested on suspicion of espionage\n\nOfficials said the three were detained after they were found loitering near military facilities on several occasions.\n\nThe embassy urged both sides to handle the cases in a lawful and just manner and to protect the rights of citizens.\n\nREAD MORE: Scholar seeks more talks on regional ties\n\nSecurity authorities said the three were arrested after investigators obtained conclusive evidence o`;
    expect(cleanText(text).paragraphs.at(-1)).toMatch(/^Security authorities said/);
  });
});

describe('a title bar that labels the headline', () => {
  it('gives way to the headline repeated under it without the label', () => {
    const text = `https://legal.news.example/2024-07/24/content_1.htm\n\n正在阅读:以案说法|泄露军工资料是行为犯\n首页> 法治频道> 正文\n\n以案说法|泄露军工资料是行为犯\n\n来源:国家安全部微信公众号2024-07-24 09:58\n\n检方调查发现，涉案人员多次向境外人员提供军工资料，并收取报酬，全案已移送法院审理。\n\n法院审理后认为被告犯行明确，依法判处有期徒刑六年，全案仍可上诉。`;
    expect(cleanText(text).headline).toBe('以案说法|泄露军工资料是行为犯');
  });
});
