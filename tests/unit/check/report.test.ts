/** What `npm run check` prints: errors in full and last, warnings one line per kind unless --verbose. */

import { describe, expect, it } from 'vitest';
import { error, notice, warning } from '../../../src/check/problem.ts';
import { reportLines } from '../../../src/check/report.ts';

const problems = [
  ...Array.from({ length: 289 }, (_, i) => warning(`content/topics/t${i}.mdx`, 5, `pattern "x${i}" matches no article yet`, 'pattern matches no article yet')),
  ...Array.from({ length: 22 }, (_, i) => warning(`content/topics/t${i}.mdx`, 1, `topic 't${i}' has no case yet`, 'topic has no case yet')),
  error('content/topics/z.mdx', 7, 'MDX does not compile: Unexpected end of file'),
  notice('content/cases/x.mdx', 4, 'declares allow-code: true'),
];

describe('check report', () => {
  it('summarises warnings as one line per kind with a count, and ends with the errors and the count', () => {
    expect(reportLines(problems, 97)).toEqual([
      'check: 289 warnings: pattern matches no article yet (`npm run check -- --verbose` lists them)',
      'check: 22 warnings: topic has no case yet (`npm run check -- --verbose` lists them)',
      'content/cases/x.mdx:4: note: declares allow-code: true',
      'content/topics/z.mdx:7: MDX does not compile: Unexpected end of file',
      'check: 97 files, 1 errors, 311 warnings, 1 page with code (allow-code)',
    ]);
  });

  it('lists every warning with --verbose, errors still last', () => {
    const lines = reportLines(problems, 97, { verbose: true });
    expect(lines).toHaveLength(311 + 3);
    expect(lines[0]).toBe('content/topics/t0.mdx:5: warning: pattern "x0" matches no article yet');
    expect(lines.at(-2)).toBe('content/topics/z.mdx:7: MDX does not compile: Unexpected end of file');
  });

  it('leaves warnings out with --quiet, but never a page with code', () => {
    expect(reportLines(problems, 97, { quiet: true })).toEqual([
      'content/cases/x.mdx:4: note: declares allow-code: true',
      'content/topics/z.mdx:7: MDX does not compile: Unexpected end of file',
      'check: 97 files, 1 errors, 311 warnings, 1 page with code (allow-code)',
    ]);
  });
});
