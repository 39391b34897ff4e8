/**
 * Month and weekday names as English news writes them: "Dec. 3, 2025",
 * "Wed, November 12, 2025", "3rd of March 2024", "Sept 9".
 */

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Every spelling of a month a dateline uses, lowercased, with its number: "sept" in "Sept 9, 2024". */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTH_NAMES.flatMap((name, i) => {
    const full = name.toLowerCase();
    const spellings = new Set([full, full.slice(0, 3)]);
    if (full === 'september') spellings.add('sept');
    return [...spellings].map((s) => [s, i + 1]);
  }),
);

/** A month name or its abbreviation, captured: "Jan", "January", "Sept", "Sep". */
export const MONTH_PATTERN =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** A weekday or its abbreviation, captured: "Wed", "Thurs", "Tuesday". */
export const WEEKDAY_PATTERN = '(Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)(?:day|nesday|sday|urday|rsday)?';

/**
 * Weekdays as Chinese news writes them, often where a subject stands: "台灣媒體周二報道", "，周二遭起訴" (was indicted
 * on Tuesday). 周 is also a common surname, so the weekday reads like a surname and a one-character given name.
 */
export const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日', '周天', '周末'] as const;

/** Capitalised calendar words: they start sentences ("Monday's ruling") and are never a person. */
export const CALENDAR_WORDS: readonly string[] = [...WEEKDAYS, ...MONTH_NAMES];

/** The number of a month name ("Sept." → 9), or null. */
export function monthNumber(name: string): number | null {
  return MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/**
 * A time of the past a history piece tells its spies in: a year before 1950 or its decade ("in 1944", "the
 * 1940s", "the forties and fifties"), or a Chinese dynasty or period ("夏朝", "战国", "秦汉"). (Not the Cold War or a
 * world war, with which reports of today's cases compare them.)
 */
export const PAST_ERA =
  /\b(?:1[0-8]\d\d|19[0-4]\d)s?\b|\b(?:the\s+)?(?:twenties|thirties|forties|fifties)\b|[夏商周秦汉唐宋元明清漢][朝代]|春秋|战国|戰國|秦汉|秦漢/i;

/**
 * A time near the present: a year since 1950, a weekday, "last week", "this year", "recently"; "近日", "去年",
 * "3月5日". A report of a case names one; a history of spies names none.
 */
export const TIME_NEAR_NOW =
  /\b(?:19[5-9]\d|2\d{3})\b|\b(?:today|yesterday|tonight|recently|earlier this|(?:last|this|next) (?:week|month|year)|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)\b|(?:19[5-9]\d|2\d{3})年|近日|日前|近期|昨天|昨日|今天|今日|本月|今年|去年|上月|上周|上週|\d{1,2}月\d{1,2}日/i;
