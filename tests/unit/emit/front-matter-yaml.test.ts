/**
 * The direct front-matter writer (src/emit/front-matter-yaml.ts) must
 * write exactly what the yaml package writes for the same data, or decline.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { frontMatterYaml } from '../../../src/emit/front-matter-yaml.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

function byPackage(data: Record<string, unknown>, header: string[]): string {
  const doc = new Document(data, { schema: 'yaml-1.1' });
  if (header.length) doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return doc.toString({ lineWidth: 0, blockQuote: false, doubleQuotedAsJSON: true });
}

// Strings that YAML reads as something else, or that need quoting, mixed with ordinary words.
const tricky = fc.constantFrom(
  '',
  ' ',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'null',
  '~',
  'true',
  'False',
  '2023',
  '2024-06',
  '2024-06-18',
  '2024-06-18T10:00:00Z',
  '0x1f',
  '0o17',
  '0b101',
  '1_000',
  '1:30',
  '190:20:30',
  '.5',
  '1e3',
  '.inf',
  '-.Inf',
  '.nan',
  '+1',
  '-',
  '?',
  '- a',
  '? a',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  '#a',
  'a ',
  ' a',
  'a:',
  '%a',
  '---',
  '--- a',
  '...',
  '@a',
  '`a',
  '"a"',
  "'a'",
  'it\'s "x"',
  'say "hi"',
  "it's",
  '[a]',
  '{a}',
  'a, b',
  '&a',
  '*a',
  '!a',
  '|a',
  '>a',
  'a\tb',
  'a\nb',
  'a\rb',
  '\u0085',
  '\u2028x',
  '\ud800',
  'é',
  'p12',
  'case-abc-123',
  'Ministry of State Security',
  '<<',
  '=',
  'Case of Student Xiao; sentenced to 6 years',
);
const str = fc.oneof(tricky, fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/));
const keyName = fc.oneof(
  fc.constantFrom('id', 'title', 'yes', 'on', 'n', 'null', 'a b', '1', '2024', 'x:y', '', 'curated', 'paragraphs'),
  fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/),
);
const scalar = fc.oneof(str, fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.constant(undefined));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(keyName, tie('value'), { maxKeys: 5 }),
}));
const frontMatter = fc.dictionary(keyName, value, { maxKeys: 8 });
const header = fc.array(fc.oneof(fc.constantFrom('', ' ', 'generated-by: casebook ingest from a.txt'), fc.string()), { maxLength: 3 });

describe('frontMatterYaml', () => {
  it('writes a case page as the yaml package does', () => {
    const shared = { article: 'a', paragraph: 'p2' };
    const data = {
      id: 'xiao-chengxiang-63c259',
      title: 'Case of Student Xiao Chengxiang; sentenced to 6 years',
      dramatization: false,
      people: ['person-xiao'],
      organisations: [],
      outcome: { kind: 'sentenced', text: 'sentenced: 6 years', source: { article: 'a', paragraph: 'p10' } },
      events: [
        { date: '2024-06', precision: 'month', label: 'In June 2024, the "scheme" was uncovered.', source: { ...shared } },
        { date: '2023', label: "it's", source: {} },
      ],
      sources: [{ article: 'a', paragraphs: ['p8', 'p9'] }],
      published: null,
      count: 3,
    };
    const head = ['generated-by: casebook ingest from seeds/a.txt', 'Edit freely: `npm run ingest` keeps edited pages'];
    expect(frontMatterYaml(data, head)).toBe(byPackage(data, head));
  });

  it('declines what it does not cover: an object twice (the package writes an alias), multi-line text', () => {
    const shared = { article: 'a' };
    expect(frontMatterYaml({ a: shared, b: shared }, [])).toBeNull();
    expect(frontMatterYaml({ a: 'x\ny' }, [])).toBeNull();
  });

  it(`writes what the yaml package writes, or declines (${RUNS} runs)`, () => {
    let written = 0;
    fc.assert(
      fc.property(frontMatter, header, (data, head) => {
        const direct = frontMatterYaml(data, head);
        if (direct === null) return;
        written++;
        expect(direct).toBe(byPackage(data, head));
      }),
      { numRuns: RUNS },
    );
    // The property says something only if the writer takes most inputs.
    expect(written).toBeGreaterThan(RUNS / 10);
  });
});
