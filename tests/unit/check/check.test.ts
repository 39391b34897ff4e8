/**
 * `npm run check`: one broken fixture per kind of mistake, each must be
 * reported as `path:line: message`; the valid base must pass.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/check.ts';
import { checkContent, formatProblem } from '../../../src/check/check.ts';

import { ARTICLE, base, CASE, TOPIC } from './fixture-content.ts';

function errors(files: Map<string, string>): string[] {
  return checkContent(files)
    .filter((p) => p.severity === 'error')
    .map(formatProblem);
}

describe('npm run check', () => {
  it('passes valid content', () => {
    expect(errors(base())).toEqual([]);
  });

  it.each<[string, (f: Map<string, string>) => void, RegExp]>([
    [
      'a schema error in front matter',
      (f) => f.set('content/cases/a-case.mdx', CASE.replace('title: "A case"', 'title: "A case"\ndramatization: "maybe"')),
      /^content\/cases\/a-case\.mdx:3: dramatization: /,
    ],
    [
      'invalid YAML',
      (f) => f.set('content/cases/a-case.mdx', CASE.replace('title: "A case"', 'title: "A case\nx: [')),
      /^content\/cases\/a-case\.mdx:\d+: front matter is not valid YAML/,
    ],
    [
      'an unknown topic',
      (f) => f.set('content/cases/a-case.mdx', CASE.replace('[gallium]', '[galium]')),
      /^content\/cases\/a-case\.mdx:3: unknown topic 'galium'/,
    ],
    [
      'an unknown entity',
      (f) => f.set('content/cases/a-case.mdx', CASE.replace('title: "A case"', 'title: "A case"\npeople: [person-nobody]')),
      /^content\/cases\/a-case\.mdx:3: unknown entity 'person-nobody'/,
    ],
    [
      'an unknown source paragraph',
      (f) => f.set('content/cases/a-case.mdx', CASE.replace('[p1]', '[p9]')),
      /^content\/cases\/a-case\.mdx:6: article 'an-article' has no paragraph 'p9'/,
    ],
    [
      'a broken internal link',
      (f) => f.set('content/cases/a-case.mdx', `${CASE}\nSee [the other case](/cases/no-such-case/).\n`),
      /^content\/cases\/a-case\.mdx:11: broken link to \/cases\/no-such-case\//,
    ],
    ['a duplicate id', (f) => f.set('content/cases/a-case.md', CASE), /duplicate id 'a-case'/],
    [
      'MDX that does not compile',
      (f) => f.set('content/cases/a-case.mdx', `${CASE}\nA price {of <3.14\n`),
      /^content\/cases\/a-case\.mdx:\d+: MDX does not compile/,
    ],
    [
      'an unknown component',
      (f) => f.set('content/cases/a-case.mdx', `${CASE}\n<Chart data="x" />\n`),
      /^content\/cases\/a-case\.mdx:11: unknown component <Chart>/,
    ],
    [
      'a pattern that matches everything',
      (f) => f.set('content/topics/gallium.mdx', TOPIC.replace('"\\\\bgallium\\\\b"', '"x*"')),
      /^content\/topics\/gallium\.mdx:5: pattern "x\*" matches the empty string/,
    ],
    [
      'an invalid pattern',
      (f) => f.set('content/topics/gallium.mdx', TOPIC.replace('"\\\\bgallium\\\\b"', '"(unclosed"')),
      /^content\/topics\/gallium\.mdx:5: pattern .* is not a valid regular expression/,
    ],
    [
      'a redirect to nowhere',
      (f) => f.set('content/redirects.yaml', '- from: cases/old-id/\n  to: cases/missing/\n'),
      /^content\/redirects\.yaml:1: redirect cases\/old-id\/ -> cases\/missing\/: the target does not exist/,
    ],
    [
      "redirects.yaml that is not YAML, at the parser's line",
      (f) => f.set('content/redirects.yaml', '# forwards\n- from: cases/old-id/\n  to: [unclosed\n- from: cases/b/\n'),
      /^content\/redirects\.yaml:[34]: not valid YAML: .* — fix it/,
    ],
    [
      'a redirect entry of the wrong shape, at its line',
      (f) => f.set('content/redirects.yaml', '# forwards\n- from: cases/old-id/\n  to: nowhere\n'),
      /^content\/redirects\.yaml:2: entry 0\.to: must look like cases\/<id>\//,
    ],
    ['a bad judgement', (f) => f.set('content/judgements.yaml', '- merge: [a-case]\n'), /^content\/judgements\.yaml:1: /],
  ])('reports %s', (_name, breakIt, expected) => {
    const files = base();
    breakIt(files);
    const found = errors(files);
    expect(
      found.some((line) => expected.test(line)),
      found.join('\n'),
    ).toBe(true);
  });

  it('reports MDX that does not compile in a topic page, at its line', () => {
    const files = base();
    files.set('content/topics/gallium.mdx', `${TOPIC}\nA price {of gallium\n`);
    expect(errors(files)).toEqual([expect.stringMatching(/^content\/topics\/gallium\.mdx:10: MDX does not compile/)]);
  });

  it("reports invalid YAML in a topic page at the parser's line, mapped to the file", () => {
    const files = base();
    files.set('content/topics/gallium.mdx', TOPIC.replace('label: Gallium', 'label: Gallium\ndescription: "unclosed\nx: ['));
    expect(errors(files).filter((l) => l.startsWith('content/topics/'))).toEqual([
      expect.stringMatching(/^content\/topics\/gallium\.mdx:4: front matter is not valid YAML: Missing closing "quote/),
    ]);
  });

  it('reports every error of a topic file, not only the first', () => {
    const files = base();
    const broken = TOPIC.replace('kind: material', 'kind: metal').replace('patterns:\n', 'patterns:\n  - "(unclosed"\n  - "[z-a]"\n');
    files.set('content/topics/gallium.mdx', `${broken}\nA price {of gallium\n`);
    const found = errors(files).filter((l) => l.startsWith('content/topics/gallium.mdx'));
    expect(found.map((l) => l.split(': ')[0])).toEqual([
      'content/topics/gallium.mdx:2',
      'content/topics/gallium.mdx:5',
      'content/topics/gallium.mdx:6',
      'content/topics/gallium.mdx:12',
    ]);
  });

  it('reports front matter errors of a page whose MDX does not compile, too', () => {
    const files = base();
    files.set(
      'content/cases/a-case.mdx',
      `${CASE.replace('[gallium]', '[galium]').replace('title: "A case"', 'title: "A case"\ndramatization: "maybe"')}\nA price {of\n`,
    );
    const found = errors(files);
    expect(found).toContainEqual(expect.stringMatching(/^content\/cases\/a-case\.mdx:\d+: MDX does not compile/));
    expect(found).toContainEqual(expect.stringMatching(/^content\/cases\/a-case\.mdx:3: dramatization: /));
  });

  it('warns about a pattern that matches no article', () => {
    const files = base();
    files.set('content/topics/gallium.mdx', TOPIC.replace('patterns:\n', 'patterns:\n  - "\\\\bindium\\\\b"\n'));
    const warnings = checkContent(files)
      .filter((p) => p.severity === 'warning')
      .map(formatProblem);
    expect(warnings).toContain('content/topics/gallium.mdx:5: warning: pattern "\\\\bindium\\\\b" matches no article yet');
  });

  it('tells a pattern that matches within one paragraph from one that only spans two (texts are scanned joined first)', () => {
    const files = base();
    files.set('content/articles/an-article.mdx', `${ARTICLE}\n<Para id="p2">\n  Customs seized it.\n</Para>\n`);
    const spans = ['"airport\\\\.\\\\sCustoms"', '"[^x]customs\\\\b"'];
    const within = ['"^customs"', '"airport\\\\.$"', '"(?<![a-z])customs"', '"\\\\bseized\\\\b"'];
    files.set('content/topics/gallium.mdx', TOPIC.replace('patterns:\n', `patterns:\n${[...spans, ...within].map((p) => `  - ${p}\n`).join('')}`));
    const warnings = checkContent(files)
      .filter((p) => p.severity === 'warning')
      .map((p) => p.message);
    for (const p of spans) expect(warnings).toContain(`pattern ${JSON.stringify(JSON.parse(p))} matches no article yet`);
    for (const p of within) expect(warnings).not.toContain(`pattern ${JSON.stringify(JSON.parse(p))} matches no article yet`);
  });

  it('exits non-zero on a content folder with an error, zero on the real one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-check-'));
    try {
      for (const [path, text] of base()) {
        const target = join(dir, path);
        mkdirSync(join(target, '..'), { recursive: true });
        writeFileSync(target, path.endsWith('a-case.mdx') ? text.replace('[gallium]', '[nope]') : text);
      }
      const lines: string[] = [];
      expect(await runCheck(join(dir, 'content'), (l) => lines.push(l))).toBe(1);
      // The error is the last line before the count, never scrolled away by warnings.
      expect(lines.at(-2)).toMatch(/a-case\.mdx:3: unknown topic/);
      expect(lines.some((l) => l.startsWith(`${relative(process.cwd(), join(dir, 'content'))}/cases/a-case.mdx:3: unknown topic`))).toBe(true);
      expect(await runCheck('content', () => {})).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
