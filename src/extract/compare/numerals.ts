/**
 * Numbers as reports write them: digits ("1,500", "1.5"), digits with a scale
 * ("1.2 million", "5万"), English words ("twenty-five", "two hundred") and
 * Chinese numerals ("四", "二十五", "一千五百", "三万五千"), so "four years",
 * "4 years" and "四年" read as one value.
 */
import { HAN_DIGITS, HAN_MYRIADS, HAN_UNITS, NUMBER_WORDS, numberWordValue, ONE_ARTICLES, SCALE_WORDS, TENS_WORDS } from '../../vocab/numbers.ts';
import { alternation } from '../../vocab/regex.ts';

const HAN_NUMERAL_CHARS = [...Object.keys(HAN_DIGITS), ...Object.keys(HAN_UNITS), ...Object.keys(HAN_MYRIADS)].join('');
const WORD = alternation([...NUMBER_WORDS, ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS)]);
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/**
 * A regular-expression source (no capturing group) for one number: digits with an optional scale word or
 * Chinese myriad, a run of English number words ("one hundred and fifty"), "a"/"an" (one, before a unit),
 * or Chinese numerals. English alternatives are whole words; callers add the `i` flag.
 */
export const NUMBER_SOURCE = [
  String.raw`(?<![\d.,])(?:${DIGITS})(?:\s?${alternation(Object.keys(SCALE_WORDS))}\b|\s?[${Object.keys(HAN_MYRIADS).join('')}])?`,
  String.raw`\b${WORD}(?:(?:[\s-]+|\s+and\s+)${WORD})*\b`,
  String.raw`\b${alternation(ONE_ARTICLES)}\b`,
  `[${HAN_NUMERAL_CHARS}]+`,
].join('|');

/** The value of a number as NUMBER_SOURCE matches it, or null when it is none. */
export function numberValue(text: string): number | null {
  const t = text.trim();
  if (/^\d/.test(t)) return digitsValue(t);
  if (new RegExp(`^[${HAN_NUMERAL_CHARS}]+$`).test(t)) return hanValue(t);
  return wordsValue(t);
}

function digitsValue(text: string): number | null {
  const m = /^([\d,]+(?:\.\d+)?)\s*(.*)$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  const scale = m[2]!.toLowerCase();
  if (!scale) return n;
  const by = SCALE_WORDS[scale] ?? HAN_MYRIADS[scale];
  return by === undefined ? null : n * by;
}

/** "one hundred and fifty" → 150, "twenty-five" → 25, "a" → 1, "two million" → 2000000. */
function wordsValue(text: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of text.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    const small = numberWordValue(word) ?? TENS_WORDS[word] ?? ((ONE_ARTICLES as readonly string[]).includes(word) ? 1 : undefined);
    const scale = SCALE_WORDS[word];
    if (small !== undefined) current += small;
    else if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

/** 四 → 4, 十二 → 12, 二十五 → 25, 一千五百 → 1500, 三万五千 → 35000, 一亿五千万 → 150000000, 二〇二三 → 2023. */
export function hanValue(text: string): number | null {
  // Digit by digit, with no unit (二〇二三): a number read out as digits.
  if ([...text].every((c) => c in HAN_DIGITS) && text.length > 1) return Number([...text].map((c) => HAN_DIGITS[c]).join(''));
  // The largest myriad splits the number: what stands before it counts that many myriads.
  for (const [mark, size] of Object.entries(HAN_MYRIADS).sort(([, a], [, b]) => b - a)) {
    const at = text.lastIndexOf(mark);
    if (at < 0) continue;
    const high = at === 0 ? 1 : hanValue(text.slice(0, at));
    const low = at === text.length - 1 ? 0 : hanValue(text.slice(at + 1));
    return high === null || low === null ? null : high * size + low;
  }
  let section = 0;
  let digit = 0;
  for (const c of text) {
    if (c in HAN_DIGITS) digit = HAN_DIGITS[c]!;
    else if (c in HAN_UNITS) {
      section += (digit || 1) * HAN_UNITS[c]!;
      digit = 0;
    } else return null;
  }
  return section + digit;
}
