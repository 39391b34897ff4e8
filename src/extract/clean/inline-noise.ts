/**
 * Noise inside a line of scraped text that is not the story: forum markup ("[size=0.8]"), links in brackets after
 * a product's name ("(参数|询价)"), the scrambled characters a forum hides between sentences so that copied text is
 * spoiled ("W/ G! T- C& C4 m3"), and markup a page carries as an escaped string ("\u003cp style=\"...\"\u003e").
 * Each is taken out of the line and recorded, so the line's own words stay.
 */
import type { RemovedLine } from '../../model/schema.ts';
import { CLICK_PROMPTS } from '../../vocab/page-furniture.ts';
import { alternation } from '../../vocab/regex.ts';

// BBCode, the markup of web forums: "[size=0.8]", "[/color]", "[b]", "[url=https://…]".
const BBCODE_RE =
  /\[\/?(?:size|color|colour|font|b|i|u|s|url|img|align|quote|backcolor|p|table|tr|td|list|\*|hr|indent|float|attach|media|email|code|sup|sub)(?:=[^\]\n]{0,80})?\]/gi;

// A run of five or more tokens of one or two printable ASCII characters each, set off by single spaces, standing
// between non-Latin text, spaces or the line's ends. Prose has such runs only as numbered lists ("1. 2. 3."),
// which carry no other mark.
const SHORT_TOKEN_RUN_RE = /(?:^|(?<=[^\x00-\x7f]|\s))(?:[!-~]{1,2} ){4,}[!-~]{1,2}(?=[^\x00-\x7f]|\s|$)/gu;

/**
 * A run of short tokens is scrambled text when a third of them or more carry a mark that is in no word (a
 * letter glued to "#", "$", "&", "(", ...), besides a full stop closing a list number or initial.
 */
function isScrambled(run: string): boolean {
  const tokens = run.split(' ');
  const marked = tokens.filter((t) => /[^A-Za-z0-9.]|\.(?=.)/.test(t)).length;
  return marked >= 2 && marked * 3 >= tokens.length;
}

// "Grecale(参数|询价)", "(Specs | Price)": links a site puts after a product's name, short labels parted by bars in
// brackets. Prose does not write choices so.
const LINK_ROW_RE = /[（(]\s*[^()（）|｜\n]{1,8}?(?:\s*[|｜]\s*[^()（）|｜\n]{1,8}?)+\s*[)）]/gu;

// "…被判处两年多监禁。(点击这里看原文)": a link in brackets that asks to be clicked.
const CLICK_PROMPT_RE = new RegExp(`\\s*[（(]\\s*${alternation(CLICK_PROMPTS)}[^（()）\\n]{0,24}[)）]`, 'giu');
/** Characters every prompt contains, for a cheap test before the expression: "点", "點", "按", "lick", "tap". */
const CLICK_HINT_RE = /[点點按]|lick|tap/i;

// "\u003cp\u003e", "\u003c!--MID_AD_0--\u003e": HTML carried as an escaped string in the page's script data.
const ESCAPED_MARKUP_RE = /\\u003c\/?[!a-zA-Z][\s\S]{0,2000}?\\u003e/;

/** Text whose markup was written as an escaped string, unescaped so that its tags can be stripped like any other. */
export function unescapeMarkup(text: string): string {
  if (!ESCAPED_MARKUP_RE.test(text)) return text;
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\n/g, '\n')
    .replace(/\\(["/\\])/g, '$1');
}

/** The line without forum markup and scrambled runs; every piece taken out is recorded once. */
export function withoutInlineNoise(line: string, removed: RemovedLine[], seen: Set<string>): string {
  const record = (piece: string, reason: string) => {
    const text = piece.trim();
    if (text && !seen.has(text)) {
      seen.add(text);
      removed.push({ text, reason });
    }
  };
  const unmarked = line.includes('[')
    ? line.replace(BBCODE_RE, (m) => {
        record(m, 'markup');
        return '';
      })
    : line;
  const unlinked = /[|｜]/.test(unmarked)
    ? unmarked.replace(LINK_ROW_RE, (m) => {
        record(m, 'navigation');
        return '';
      })
    : unmarked;
  const unprompted =
    (unlinked.includes('(') || unlinked.includes('（')) && CLICK_HINT_RE.test(unlinked)
      ? unlinked.replace(CLICK_PROMPT_RE, (m) => {
          record(m, 'navigation');
          return '';
        })
      : unlinked;
  return unprompted.replace(SHORT_TOKEN_RUN_RE, (run) => {
    if (!isScrambled(run)) return run;
    record(run, 'copy-protection');
    return ' ';
  });
}
