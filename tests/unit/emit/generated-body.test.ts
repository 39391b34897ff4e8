import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../src/emit/emit.ts';
import { generatedParagraphs, generatedSummary, plainLine } from '../../../src/emit/generated-body.ts';
import { paragraph, paraOpenTag, toPage } from '../../../src/emit/mdx.ts';
import { parsedParagraphsOfBody, parsedSummaryOfBody } from '../../../src/emit/read-page.ts';
import { articleOf, paragraphText } from '../../helpers/hostile-property.ts';

/** The body Astro's loader hands the site: the page after its front matter. */
const bodyOf = (page: string) => page.slice(page.indexOf('\n---\n', 4) + 5);
const articleBody = (paragraphs: string[]) => bodyOf(articleMarkdown(articleOf('t', paragraphs)));
const caseBody = (summary: string) => bodyOf(toPage({ id: 'c' }, [paragraph(summary)], [], 'md'));

/** News prose: what most generated pages hold, so the reader must take it without the parser. */
const prose = fc
  .array(fc.constantFrom(...'abcXYZ019 ,.;:\'"()%$/-?!@#+=|~^’“”—é张'.split(''), 'word', 'U.S.', '1.', 'A&B', 'R&amp;D', '\\', '\u00a0'), {
    minLength: 1,
    maxLength: 30,
  })
  .map((parts) => parts.join(''))
  .filter((s) => /\S/.test(s));

/** Numeric character references, decimal and hex, across the whole range (micromark replaces some with U+FFFD). */
const reference = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 0x110000 }), fc.constantFrom(0, 1, 9, 11, 13, 31, 127, 159, 160, 0xd800, 0xfdd0, 0xfffe, 0x1ffff, 0x10ffff)),
    fc.boolean(),
  )
  .map(([code, hex]) => (hex ? `&#x${code.toString(16)};` : `&#${code};`));
const withReferences = fc.tuple(prose, reference, prose).map((parts) => parts.join(''));

// Thousands of generated cases are CPU-bound: on a loaded machine they outlast the 5 s default.
const PROPERTY_TIMEOUT = 60_000;

describe('generated .md bodies read without a Markdown parser', () => {
  it(
    'gives what micromark gives for any paragraph text, or hands the body to it (hostile text)',
    () => {
      fc.assert(
        fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 4 }), (texts) => {
          const body = articleBody(texts);
          const fast = generatedParagraphs(body);
          if (fast !== null) expect(fast).toEqual(parsedParagraphsOfBody(body, 'md'));
          const summary = caseBody(texts[0]!);
          const fastSummary = generatedSummary(summary);
          if (fastSummary !== null) expect(fastSummary).toEqual(parsedSummaryOfBody(summary, 'md'));
        }),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'gives what micromark gives for any raw Markdown a contributor writes inside the generated shape',
    () => {
      // Unescaped: emphasis, links, references, list markers... typed straight into a paragraph line.
      fc.assert(
        fc.property(fc.array(fc.oneof(paragraphText, prose, withReferences), { minLength: 1, maxLength: 3 }), (lines) => {
          const body = `\n${lines.map((line, i) => `${paraOpenTag(`p${i + 1}`)}\n\n${line}\n\n</div>`).join('\n\n')}\n`;
          const fast = generatedParagraphs(body);
          if (fast !== null) expect(fast).toEqual(parsedParagraphsOfBody(body, 'md'));
          const fastSummary = generatedSummary(lines[0]!);
          if (fastSummary !== null) expect(fastSummary).toEqual(parsedSummaryOfBody(lines[0]!, 'md'));
        }),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'reads news prose itself, with the same result as micromark',
    () => {
      let fast = 0;
      fc.assert(
        fc.property(fc.array(prose, { minLength: 1, maxLength: 4 }), (texts) => {
          const body = articleBody(texts);
          const read = generatedParagraphs(body);
          if (read !== null) fast++;
          expect(read ?? parsedParagraphsOfBody(body, 'md')).toEqual(parsedParagraphsOfBody(body, 'md'));
          const summary = caseBody(texts[0]!);
          expect(generatedSummary(summary) ?? parsedSummaryOfBody(summary, 'md')).toEqual(parsedSummaryOfBody(summary, 'md'));
        }),
        { numRuns: 1500 },
      );
      // Most prose must not need the parser, or the reader saves nothing.
      expect(fast).toBeGreaterThan(1000);
    },
    PROPERTY_TIMEOUT,
  );

  it('reads a real generated body and undoes escapes and character references', () => {
    const body = articleBody(['The MSS said 1. *not* a list, and AT&T paid $5 (50%) to "Li_Wei".', '# Not a heading <b>']);
    expect(generatedParagraphs(body)).toEqual([
      { id: 'p1', text: 'The MSS said 1. *not* a list, and AT&T paid $5 (50%) to "Li_Wei".' },
      { id: 'p2', text: '# Not a heading <b>' },
    ]);
    expect(plainLine('a &#x3C; b \\* c &#169;')).toBe('a < b * c ©');
  });

  it('leaves a line that opens with a byte-order mark to the parser (it drops the mark, and a list may follow)', () => {
    expect(generatedSummary('\uFEFF1) ')).toBeNull();
    expect(generatedSummary('\uFEFF1) a')).toBeNull();
  });

  it('leaves to the parser what only a parser can read', () => {
    expect(plainLine('*emphasis*')).toBeNull();
    expect(plainLine('a [link](https://x.test)')).toBeNull();
    expect(plainLine('&copy; 2024')).toBeNull(); // a named reference: only the parser knows the names
    expect(plainLine('&#0;')).toBeNull();
    expect(plainLine('    indented code')).toBeNull();
    expect(plainLine('- a list')).toBeNull();
    expect(plainLine('two\nlines')).toBeNull();
    // A contributor's edit that leaves the generated shape: another block, a changed anchor.
    const body = articleBody(['One.', 'Two.']);
    expect(generatedParagraphs(`${body}\nA paragraph a contributor added.\n`)).toBeNull();
    expect(generatedParagraphs(body.replace('aria-label="Paragraph 2', 'aria-label="Para 2'))).toBeNull();
    expect(generatedParagraphs(body.replace('id="p2"', 'id="p02"'))).toBeNull();
    expect(generatedSummary('One.\n\nTwo.\n')).toBeNull();
  });
});
