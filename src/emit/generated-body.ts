/**
 * Read a `.md` page body that is exactly in the shape src/emit/mdx.ts
 * writes (anchored paragraphs, one line of escaped text each) without a
 * Markdown parser. The site model reads every article body back into its
 * paragraphs on every build; parsing them (remark-parse, micromark underneath)
 * was the largest single cost of page generation we own (1.6 s at 3,000
 * articles). Anything this reader is not certain of (a raw character with a
 * meaning in Markdown, a line break, a named character reference, a block it
 * did not write) makes it answer null, and the caller parses the body with
 * remark-parse as before: contributors' edits always take that path unless
 * they keep the shape.
 * tests/unit/emit/generated-body.test.ts holds both readers to the same result.
 */

import type { Paragraph } from '../model/schema.ts';
import { paraOpenTag } from './mdx.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** ASCII punctuation: what a backslash escapes in CommonMark. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Characters that, unescaped, may start Markdown syntax inside a line (emphasis, code, links, HTML, autolinks), or end the line. */
const INLINE_SYNTAX = new Set('*_`[]<\n\r\0');
/** Anything the loop below would look at twice; most lines have none. */
const ANY_SPECIAL = /[\\&*_`[\]<\n\r\0]/;
/**
 * A line start that may open a block (heading, quote, list, thematic break, indented code, HTML), or a
 * byte-order mark, which a parser drops at the start of a document so that what follows it can open a
 * block ("\uFEFF1) " is an empty list item).
 */
const BLOCK_START = /^(?:\uFEFF|[ \t#>+\-*=_<|~]|\d{1,9}[.)])/;
const NUMERIC_REFERENCE = /^&#(?:[xX]([0-9A-Fa-f]{1,6})|(\d{1,7}));/;
const NAMED_REFERENCE = /^&[A-Za-z][A-Za-z0-9]{1,31};/;

/**
 * The text of one generated paragraph line: backslash escapes and numeric
 * character references undone; null where Markdown could read more into it.
 */
export function plainLine(line: string): string | null {
  if (!line || BLOCK_START.test(line)) return null;
  if (!ANY_SPECIAL.test(line)) return line;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length && PUNCTUATION.test(line[i + 1]!)) {
      out += line[++i];
    } else if (INLINE_SYNTAX.has(c)) {
      return null;
    } else if (c === '&') {
      const rest = line.slice(i, i + 40);
      const numeric = NUMERIC_REFERENCE.exec(rest);
      if (numeric) {
        const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2]!, 10);
        // micromark turns these (controls, surrogates, noncharacters, beyond Unicode) into U+FFFD; rare enough to leave to it.
        if (
          code < 9 ||
          code === 11 ||
          (code > 13 && code < 32) ||
          (code > 126 && code < 160) ||
          (code > 0xd7ff && code < 0xe000) ||
          (code > 0xfdcf && code < 0xfdf0) ||
          (code & 0xfffe) === 0xfffe ||
          code > 0x10ffff
        )
          return null;
        out += String.fromCodePoint(code);
        i += numeric[0].length - 1;
      } else if (NAMED_REFERENCE.test(rest))
        return null; // only a parser knows HTML's entity names
      else out += c;
    } else out += c;
  }
  return out;
}

/** The anchored paragraphs of a generated `.md` article body, or null if the body is not exactly that shape. */
export function generatedParagraphs(body: string): Paragraph[] | null {
  const blocks = body.replace(/^\n+|\n+$/g, '').split('\n\n');
  if (blocks.length % 3 !== 0) return null;
  const paragraphs: Paragraph[] = [];
  for (let b = 0; b < blocks.length; b += 3) {
    // The id as PARAGRAPH_ID allows it; then the whole block must be what emit writes for that id.
    const id = /^<div class="para" id="(p[1-9]\d*)">/.exec(blocks[b]!)?.[1];
    if (!id || blocks[b] !== paraOpenTag(id) || blocks[b + 2] !== '</div>') return null;
    const line = plainLine(blocks[b + 1]!);
    const text = line === null ? '' : squash(line);
    if (!text) return null;
    paragraphs.push({ id, text });
  }
  return paragraphs;
}

/** The single paragraph of a generated `.md` case body (its summary), or null if the body is anything else. */
export function generatedSummary(body: string): string | null {
  const line = plainLine(body.replace(/^\n+|\n+$/g, ''));
  const text = line === null ? '' : squash(line);
  return text || null;
}
