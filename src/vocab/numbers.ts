/**
 * Numbers as words: "sentenced to ten years", "Case two:", "two years and
 * six months".
 */

export const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const;

/** The value of a number word ("ten" → 10), or undefined. */
export function numberWordValue(word: string): number | undefined {
  const i = (NUMBER_WORDS as readonly string[]).indexOf(word.toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** Digits or a number word up to twenty, captured: "10", "ten". */
export const COUNT_PATTERN = `(\\d+|${NUMBER_WORDS.join('|')})`;

/** A case number in a heading: "Case 2", "Case two", "Case IV". */
export const CASE_NUMBER_PATTERN = `(?:\\d+|${NUMBER_WORDS.slice(0, 10).join('|')}|[ivx]+)`;

/** Words that make a number a round one: "jailed for almost five years" (four years and nine months). */
export const APPROXIMATORS = ['almost', 'nearly', 'about', 'more than'] as const;

/**
 * Words that make a year the start of something that goes on: "employed by Chinese intelligence services since
 * 2002" (before the year), "早在2002年就开始替中国情报机构工作" (after it).
 */
export const ONGOING_BEFORE_YEAR = ['since'] as const;
export const ONGOING_AFTER_YEAR = ['开始'] as const;
