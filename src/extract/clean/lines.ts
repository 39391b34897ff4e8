/**
 * Text -> logical lines. Pages separate paragraphs by blank lines or by single
 * newlines, and scrapers break lines mid-sentence; this rejoins a line with
 * the next when the sentence plainly runs on, and unwraps hard-wrapped
 * blocks, so each unit is one paragraph or one piece of furniture.
 */

import { DATE_LABELS } from '../../vocab/date-labels.ts';
import { alternation } from '../../vocab/regex.ts';
import { cjkCount, endsSentence, isListItem, tidy, wordCount } from '../text-shape.ts';
import { DESK_CREDIT, lineKind } from './boilerplate.ts';

export interface Unit {
  text: string;
  /** A blank line came before it in the source. */
  blankBefore: boolean;
}

const TIMESTAMP_RE = /^(\d{1,2}:)?\d{1,2}:\d{2}$/;

/** The next line continues this one's sentence. */
function runsOn(a: string, b: string, acrossBlank: boolean, cjk: boolean): boolean {
  if (endsSentence(a) || /[:：]$/.test(a) || TIMESTAMP_RE.test(a)) return false;
  // "19 October, 2025" above the text: a date line ends where it ends; so does a picture's caption closing with
  // its credit ("圖為大陸某銅礦作業場景。（新華社）").
  const kind = lineKind(a)?.reason;
  if (kind === 'published-line' || kind === 'caption') return false;
  // "by Marcus Teo" under a standfirst, "澎湃新闻记者 周雨桐" under a headline: a line of its own.
  const next = lineKind(b)?.reason;
  if (next === 'byline' || next === 'published-line' || (cjk && /记者|記者|撰文|来源|來源/.test(b) && b.length <= 30)) return false;
  // "to 'steal'" + "rare earths , the country's...": a lowercase word or
  // trailing punctuation cannot start a paragraph.
  const lowerStart = /^[a-z]/.test(b) || /^[,;)\]’”]/.test(b);
  if (lowerStart) return acrossBlank ? wordCount(a) >= 8 : wordCount(a) >= 3 || /[,;(\-–—]$/.test(a);
  // Chinese wraps anywhere; a long CJK line of prose (it has clause commas) without 。 continues.
  // A headline has no clause comma, and the standfirst under it is a line of its own.
  if (cjk && !acrossBlank && cjkCount(a) >= 20 && !/\s/.test(a) && /[，、；]/.test(a) && /^[\u3400-\u9fff“「（]/.test(b)) return true;
  return false;
}

/** A block of lines wrapped at a fixed width: most lines run to about the same length without ending. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  // A numbered or bulleted list ("Most Read" then "1 Bitcoin slides...") is lines of its own.
  if (lines.filter(isListItem).length >= 2) return false;
  // Nor is a page head of lines that are furniture by themselves (headline, "Published: ...", "Updated: ...").
  if (lines.some((l, i) => i > 0 && lineKind(l))) return false;
  // Nor a list of headlines: prose wrapped at a width breaks before any word, so most of its lines start in lower case.
  if (lines.slice(1).filter((l) => /^[\p{Lu}"“‘']/u.test(l)).length >= 0.6 * (lines.length - 1)) return false;
  const body = lines.slice(0, -1);
  const open = body.filter((l) => !endsSentence(l)).length;
  const lengths = body.map((l) => l.length);
  const max = Math.max(...lengths);
  // Short lines (a name, a menu) repeated are not a wrapped paragraph.
  if (max > 100 || max < 45 || new Set(body).size < body.length) return false;
  return open / body.length >= 0.6 && lengths.filter((n) => n >= max * 0.6).length / body.length >= 0.8;
}

// "date 2024-04-22 Germany has detained...", "2025-07-25 Two Chinese men have been...": a page's date stamp
// run into the first line of the story. Only an ISO date is taken this way: it cannot be the story's own words.
const LEADING_STAMP_RE = new RegExp(
  `^((?:${alternation(DATE_LABELS)}\\s*[:：]?\\s*)?(?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s+(?=\\S)(.*)$`,
  'iu',
);

/** A date stamp and the prose it was run into, as two lines; any other line as it is. */
export function splitLeadingStamp(line: string): string[] {
  const m = LEADING_STAMP_RE.exec(line);
  if (!m) return [line];
  const rest = m[2]!;
  // "2024-11-06 20:26 新华网", "2025-11-26 14:20 聯合報／ 記者林宛蓉／台北即時報導": a date line with its source
  // and credits, not a stamp before prose.
  // A picture's caption after the stamp ("date 2025-09-26 ▲台北市議員。（圖／記者王小明攝）") is not a credit.
  const restKind = lineKind(rest)?.reason ?? '';
  const credits = restKind !== 'caption' && (/[|｜／/]/.test(rest) || ['byline', 'published-line'].includes(restKind));
  return (wordCount(rest) >= 6 || cjkCount(rest) >= 6) && !credits ? [m[1]!, rest] : [line];
}

// "back to article McLaren fined $100m for spying": a forum's link back to the story, run into the story's title.
const LEADING_LINK_RE = /^(back to (?:the )?(?:article|story)|返回(?:文章|正文|原文))\s+(?=\S)(.+)$/i;

/** A link back to the story and the title it was run into, as two lines; any other line as it is. */
export function splitLeadingLink(line: string): string[] {
  const m = LEADING_LINK_RE.exec(line);
  return m ? [m[1]!, m[2]!] : [line];
}

function join(a: string, b: string): string {
  // "counter-\nespionage": keep the hyphen; a real compound is commoner on the web than a soft break.
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a + b;
  if (/[\u3400-\u9fff，、]$/.test(a) && /^[\u3400-\u9fff]/.test(b)) return a + b;
  return `${a} ${b}`;
}

// "…才能守住军工命脉,护好国家根本。   深圳走私大案告破 守护国家战略资源": after the last sentence, a run of spaces
// and a short line that ends no sentence (a picture's title, a tagline) that the scrape put on the same line.
const TRAILING_TITLE_RE = /(?<=[.!?。！？”"])[ \t\u00a0\u3000]{3,}(?=[^ \t\u00a0\u3000])([^。！？!?.]{4,40})$/u;

/** A line, or a paragraph and the short title run onto its end after a gap of spaces. */
export function splitTrailingTitle(line: string): string[] {
  const m = TRAILING_TITLE_RE.exec(line);
  return m ? [line.slice(0, m.index), m[1]!] : [line];
}

// "…沒有公布相關證據。(編輯:王小明/李大同)1131219": the desk editors' credit and the day the copy was filed,
// run onto the end of the story's last sentence.
const CLOSING_DESK_CREDIT_RE = new RegExp(`(?<=[。！？」”])\\s*(${DESK_CREDIT})\\s*$`, 'u');

/** A line, or a story's last sentence and the desk credit run onto it. */
export function splitClosingDeskCredit(line: string): string[] {
  const m = CLOSING_DESK_CREDIT_RE.exec(line);
  return m && m.index > 0 ? [line.slice(0, m.index), m[1]!] : [line];
}

/** `cjk`: the article is in Chinese, whose lines wrap without spaces. */
export function toUnits(text: string, cjk = false): Unit[] {
  const blocks = text.split(/\n[ \t\u00a0]*\n/);
  const units: Unit[] = [];
  blocks.forEach((block, bi) => {
    const lines = block.split('\n').flatMap(splitTrailingTitle).map(tidy).filter(Boolean);
    if (lines.length === 0) return;
    if (isHardWrapped(lines)) {
      pushUnit(units, lines.reduce(join), bi > 0, cjk);
      return;
    }
    lines
      .flatMap(splitLeadingStamp)
      .flatMap(splitLeadingLink)
      .flatMap(splitClosingDeskCredit)
      .forEach((line, li) => pushUnit(units, line, bi > 0 && li === 0, cjk));
  });
  return units;
}

function pushUnit(units: Unit[], text: string, blankBefore: boolean, cjk: boolean): void {
  const prev = units[units.length - 1];
  if (prev && runsOn(prev.text, text, blankBefore, cjk)) {
    prev.text = tidy(join(prev.text, text));
    return;
  }
  units.push({ text, blankBefore });
}
