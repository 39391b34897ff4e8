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

/** Capitalised calendar words: they start sentences ("Monday's ruling") and are never a person. */
export const CALENDAR_WORDS: readonly string[] = [...WEEKDAYS, ...MONTH_NAMES];

/** The number of a month name ("Sept." → 9), or null. */
export function monthNumber(name: string): number | null {
  return MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}
