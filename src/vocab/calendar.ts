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
