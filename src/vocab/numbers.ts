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

/** Tens past twenty, as reports write a term or a count ("thirty documents", "forty-five kilograms"). */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that multiply what stands before them: "two hundred", "1.2 million", "5 thousand". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** "a year", "an ounce": the article stands for one before a unit. */
export const ONE_ARTICLES = ['a', 'an'] as const;

/** "one and a half years", "一年半": half of the unit after a whole number. */
export const HALF_WORDS = ['and a half', '半'] as const;

/**
 * Chinese digits in both scripts (两/兩 is "two" before a unit; 〇 and 零 are zero, and 零 also joins
 * "三年零六个月", three years and six months).
 */
export const HAN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese units inside a group of four digits: 十 ten, 百 hundred, 千 thousand. */
export const HAN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1_000 };

/** Chinese myriads, which multiply everything before them: 万 ten thousand, 亿 a hundred million (both scripts). */
export const HAN_MYRIADS: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

/** Words that make a number a round one: "jailed for almost five years" (four years and nine months). */
export const APPROXIMATORS = ['almost', 'nearly', 'about', 'more than'] as const;

/**
 * Words that make a year the start of something that goes on: "employed by Chinese intelligence services since
 * 2002" (before the year), "早在2002年就开始替中国情报机构工作" (after it).
 */
export const ONGOING_BEFORE_YEAR = ['since'] as const;
export const ONGOING_AFTER_YEAR = ['开始'] as const;
