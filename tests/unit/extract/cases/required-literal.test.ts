import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTopicFile } from '../../../../src/emit/topic-page.ts';
import { foldForKeys, keysOfAny, requiredKeys } from '../../../../src/extract/cases/required-literal.ts';
import { bothScripts } from '../../../../src/vocab/han-variants.ts';

describe('the words a pattern needs', () => {
  it.each([
    ['\\bsmuggl\\w*', ['smuggl']],
    ['\\bdebts?\\b', ['debt']],
    ['\\bNdFeB\\b', ['ndfeb']],
    ['\\bvisiting scholars?\\b', ['visiting scholar']],
    ['\\b(?:hand|checked|carry) luggage\\b', ['hand', 'checked', 'carry']],
    ['镝', ['镝', '鏑']],
    ['[镝铽]', ['镝', '鏑', '铽', '鋱']],
    ['走私出境', ['走']],
  ])('%s needs one of %j', (pattern, keys) => {
    expect(requiredKeys(pattern)).toEqual(keys);
  });

  it.each([
    '\\b(?:secretly )?retained\\b', // an optional start
    '(?:重要|关键){1,2}资料', // a repeated choice
    'gallium|germanium', // an alternative of the whole
    '\\be-?mails?\\b', // one certain letter is too little to look for
    '[a-z]+ium', // a range
    '(?<!not )arrested', // a lookbehind
    '镝?', // an optional character
  ])('%s needs nothing certain', (pattern) => {
    expect(requiredKeys(pattern)).toBeNull();
  });

  it('needs a key of every pattern of a list, or has none', () => {
    expect(keysOfAny(['\\bgallium\\b', '镓'])).toEqual(['gallium', '镓', '鎵']);
    expect(keysOfAny(['\\bgallium\\b', '\\b(?:a )?metal'])).toBeNull();
  });

  it('folds a text as a case-insensitive Unicode expression does', () => {
    expect(foldForKeys('SMUGGLED by ſhip')).toBe('smuggled by ship');
    expect(/\bship/iu.test('ſhip')).toBe(true);
  });
});

// The keys are a shortcut only: wherever a topic's pattern matches, one of its keys is in the folded text.
const topics = readdirSync('content/topics')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => parseTopicFile(`content/topics/${f}`, readFileSync(`content/topics/${f}`, 'utf8')))
  .flatMap((r) => (r.ok ? [r.entry] : []));
const samples = [
  'He was ARRESTED after SMUGGLING 10 kg of gallium; the court FINED him.',
  'The ſmuggling of germanium was stopped at the border; he carried it in hand luggage.',
  '被告走私出境鎵和鍺，經國家安全機關偵查，法院判處有期徒刑。',
  '他通过网络联系境外间谍，出卖国家秘密，被刑事拘留。',
];

describe('every topic of the taxonomy', () => {
  it.each(topics.map((t) => [t.id, t] as const))('%s: a text its patterns match holds one of its keys', (_, topic) => {
    const keys = keysOfAny(topic.patterns);
    if (!keys) return;
    for (const text of [...samples, topic.description]) {
      const matches = topic.patterns.some((p) => new RegExp(bothScripts(p), 'iu').exec(text)?.[0]);
      if (matches)
        expect(
          keys.some((k) => foldForKeys(text).includes(k)),
          text,
        ).toBe(true);
    }
  });
});
