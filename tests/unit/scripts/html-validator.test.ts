import { describe, expect, it } from 'vitest';
import { formatHtmlCheck, parseVnuReport } from '../../../scripts/lib/html-validator.ts';

describe('the Nu Html Checker report', () => {
  const report = JSON.stringify({
    messages: [
      { type: 'error', url: 'file:/site/topics/index.html', lastLine: 3, message: 'The “aria-label” attribute must not be specified on any “span” element.' },
      { type: 'info', subType: 'warning', url: 'file:/site/index.html', message: 'A warning.' },
      { type: 'error', url: 'file:/site/search/index.html', lastLine: 1, message: 'Stray start tag “script”.' },
    ],
  });
  it('keeps errors, by page path under the site folder', () => {
    expect(parseVnuReport(report, '/site')).toEqual([
      { file: 'topics/index.html', line: 3, message: 'The “aria-label” attribute must not be specified on any “span” element.' },
      { file: 'search/index.html', line: 1, message: 'Stray start tag “script”.' },
    ]);
  });
  it('words the result as the audit does', () => {
    expect(formatHtmlCheck({ ok: true, pages: 3, errors: [] })).toEqual(['audit: html: ok (Nu Html Checker, 3 pages)']);
    expect(formatHtmlCheck({ ok: true, pages: 3, errors: parseVnuReport(report, '/site') })[2]).toBe('  search/index.html:1: Stray start tag “script”.');
    expect(formatHtmlCheck({ ok: false, reason: 'no java' })).toEqual(['audit: html: could not run: no java']);
  });
});
