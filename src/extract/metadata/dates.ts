/**
 * Dates as news pages write them, read into PartialDate with an honest
 * precision. Pure functions, no clock: nothing here resolves "on Friday" or
 * "an hour ago", because without an anchor that would be inventing a date.
 */
import type { PartialDate, Precision } from '../../model/schema.ts';
import { urlPath } from '../../util/url-parts.ts';
import { MONTH_PATTERN, monthNumber, WEEKDAY_PATTERN, WEEKDAYS } from '../../vocab/calendar.ts';

export interface FoundDate extends PartialDate {
  /** The words that stated the date, as written. */
  text: string;
  /** Offset of `text` in the searched string. */
  index: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A valid calendar date as PartialDate, or null (Feb 30 is not a date). */
export function makeDate(year: number, month?: number | null, day?: number | null): PartialDate | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (month == null) return { date: String(year), precision: 'year' };
  if (month < 1 || month > 12) return null;
  if (day == null) return { date: `${year}-${pad(month)}`, precision: 'month' };
  if (day < 1 || day > daysIn(year, month)) return null;
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** 0 = Sunday. */
export function weekdayOf(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDay() : null;
}

export function weekdayNumber(name: string): number | null {
  const i = WEEKDAYS.findIndex((w) => w.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i;
}

/**
 * Day and month from two numbers whose order the page did not say: only
 * decided when one of them cannot be a month (13 or more).
 */
export function resolveNumeric(a: number, b: number, year: number): PartialDate | null {
  if (a > 12 && b <= 12) return makeDate(year, b, a);
  if (b > 12 && a <= 12) return makeDate(year, a, b);
  if (a === b && a <= 12) return makeDate(year, a, a);
  return null;
}

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => PartialDate | null;
}

// Order matters: the most specific forms claim their text first.
const PATTERNS: Pattern[] = [
  // 2024-02-04, 2024/02/04, 2024.02.04, ISO timestamps: year first is always Y-M-D.
  {
    re: /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])/g,
    read: (m) => makeDate(+m[1]!, +m[2]!, +m[3]!),
  },
  // 2023年8月5日 / 2023年8月
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g, read: (m) => makeDate(+m[1]!, +m[2]!, m[3] ? +m[3] : null) },
  // Monday, February 4, 2024 / Feb. 4, 2024 / Feb 04, 2024
  {
    re: new RegExp(`(?:${WEEKDAY_PATTERN},?\\s+)?\\b${MONTH_PATTERN}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => makeDate(+m[4]!, monthNumber(m[2]!), +m[3]!),
  },
  // 4 February 2024 / Monday 4 Feb. 2024
  {
    re: new RegExp(`(?:${WEEKDAY_PATTERN},?\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?:of\\s+)?${MONTH_PATTERN}\\.?,?(?:\\s+|-)(\\d{4})\\b`, 'gi'),
    read: (m) => makeDate(+m[4]!, monthNumber(m[3]!), +m[2]!),
  },
  // 12.03.2025: with dots the day comes first (European usage).
  { re: /(?<![\d./-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g, read: (m) => makeDate(+m[3]!, +m[2]!, +m[1]!) },
  // 25/09/2023, 09-25-2023: decided only when unambiguous.
  { re: /(?<![\d./-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d])/g, read: (m) => resolveNumeric(+m[1]!, +m[2]!, +m[3]!) },
  // August 2023 / Aug. 2023 / mid-August 2023
  { re: new RegExp(`\\b${MONTH_PATTERN}\\.?,?\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'), read: (m) => makeDate(+m[2]!, monthNumber(m[1]!)) },
  // in 2023 / since 2019 / early 2022: a bare year only after a word that makes it a time.
  {
    re: /\b(?:in|since|by|during|until|till|from|of|early|late|mid|mid-|end of|start of|beginning of|throughout|before|after)\s*-?\s*((?:19|20)\d{2})(?!\d|,\d)\b/gi,
    read: (m) => makeDate(+m[1]!),
  },
  // 2023年 (year alone in Chinese)
  { re: /((?:19|20)\d{2})\s*年(?!\s*\d)/g, read: (m) => makeDate(+m[1]!) },
];

// Dates said relative to the year of publication: "今年3月" (March this year), "去年8月", "in March last year", "this March".
const relativeByYear = new Map<number, Pattern[]>();

function relativePatterns(year: number): Pattern[] {
  let patterns = relativeByYear.get(year);
  if (!patterns) relativeByYear.set(year, (patterns = compileRelative(year)));
  return patterns;
}

function compileRelative(year: number): Pattern[] {
  const back = (word: string) => (/^(?:去年|last)$/i.test(word) ? 1 : /^前年$/.test(word) ? 2 : 0);
  return [
    { re: /(今年|去年|前年)\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?/g, read: (m) => makeDate(year - back(m[1]!), +m[2]!, m[3] ? +m[3] : null) },
    { re: new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+(?:of\\s+)?(this|last)\\s+year\\b`, 'gi'), read: (m) => makeDate(year - back(m[2]!), monthNumber(m[1]!)) },
    { re: new RegExp(`\\bthis\\s+${MONTH_PATTERN}\\b`, 'gi'), read: (m) => makeDate(year, monthNumber(m[1]!)) },
  ];
}

/**
 * Every date stated in `text`, in order: full dates, months, and years said
 * as times ("in 2023"). Month-and-day without a year is not returned: the
 * year would be a guess. Given the year the text was published in, dates
 * said relative to it ("今年3月", "in March last year") are read too.
 */
export function findDates(text: string, publishedYear: number | null = null): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, read } of publishedYear ? [...relativePatterns(publishedYear), ...PATTERNS] : PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const date = read(m);
      if (!date) continue;
      taken.push([start, end]);
      const yearOnly = date.precision === 'year' && !/年/.test(m[0]);
      // For "in 2023" the date is the year; keep the preposition out of `text`.
      const shown = yearOnly ? m[1]! : m[0];
      const offset = yearOnly ? m[0].lastIndexOf(m[1]!) : 0;
      found.push({ ...date, text: shown, index: start + offset });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A string that is only a date (perhaps with a time), as in a "Published:"
 * line or front matter: `Sep 25, 2023 10:59 AM`, `2024-03-12 14:05`,
 * `2024-02-04T09:50:00+08:00`, `2023-09`, `2023`.
 */
export function parseDate(input: string | Date): PartialDate | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return makeDate(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  const text = input.trim();
  const ym = /^(\d{4})(?:-(\d{1,2}))?$/.exec(text);
  if (ym) return makeDate(+ym[1]!, ym[2] ? +ym[2] : null);
  // A stray "in 2023" inside a longer string is not this string's date.
  const first = findDates(text).find((d) => d.precision !== 'year' || /年/.test(d.text));
  return first ? { date: first.date, precision: first.precision } : null;
}

// "LONDON (4th March 2025) – ...": the place in capitals, then the full date in brackets.
const PLACE_DATE_DATELINE_RE = /^\s*([A-Z][A-Z .'’-]{2,30}?)\s*\(([^()]{6,30})\)\s*(?:--|-|–|—|:)\s*/;
// "March 4, 2025The city court...", "Mar 4, 2025 — The city court...": a date stamp opening the first paragraph,
// run into it by the scrape or set off by a dash. A date in a sentence is followed by a comma or a word.
const LEADING_STAMP_RE = new RegExp(
  `^\\s*((?:${WEEKDAY_PATTERN},?\\s+)?(?:${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}))(?:(?=\\p{Lu}\\p{Ll})|\\s*(?:--|–|—|\\|)\\s*)`,
  'u',
);

/** A dateline that states the whole day: a place with the date in brackets, or a date stamp opening the paragraph. */
function statedDateline(paragraph: string): Dateline | null {
  const placed = PLACE_DATE_DATELINE_RE.exec(paragraph);
  const stamp = placed ? null : LEADING_STAMP_RE.exec(paragraph);
  const m = placed ?? stamp;
  const date = m ? parseDate(placed ? placed[2]! : stamp![1]!) : null;
  if (!m || date?.precision !== 'day') return null;
  const [year, month, day] = date.date.split('-').map(Number);
  return { place: placed ? placed[1]!.trim() : '', month: month!, day: day!, year: year!, agency: null, text: m[0].trim() };
}

/** Month and day from a wire dateline, year only if it is stated. */
export interface Dateline {
  place: string;
  month: number | null;
  day: number | null;
  year: number | null;
  agency: string | null;
  text: string;
}

const DATELINE_RE = new RegExp(
  `^\\s*([A-Z][A-Za-z.'’ -]{1,40}?)(?:,\\s*[A-Z][A-Za-z. ]{1,25}?)?\\s*[,，]\\s*(?:${WEEKDAY_PATTERN},?\\s+)?${MONTH_PATTERN}\\.?\\s+(\\d{1,2})(?:,?\\s*(\\d{4}))?\\s*(?:\\(([^)]{2,40})\\))?\\s*(?:--|-|–|—|:)\\s*`,
);
const DATE_FIRST_DATELINE_RE = /^\s*([\p{L}\d][\p{L}\d ,./-]{5,28}?)\s*(?:[–—-]+\s*)?\(([^()]{2,40})\)\s*/u;
const PLACE_ONLY_DATELINE_RE = /^\s*([A-Z][A-Z .'’-]{2,30})\s*(?:\(([^)]{2,40})\))?\s*(?:--|–|—)\s*/;
const ZH_DATELINE_RE =
  /^\s*[（(]?\s*(新华社|中新社|中新网|央视新闻|人民网|环球时报|環球時報)?\s*([\u4e00-\u9fff]{2,6})?\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*电/;
// "【大纪元2022年11月22日讯】": the outlet and the full date in brackets, "news of" (讯) or "wired" (电) that day.
const ZH_BRACKET_DATELINE_RE = /^\s*【\s*([\u4e00-\u9fff]{2,8}?)\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:讯|訊|电|電)\s*】/u;

/** The dateline opening a wire story ("BEIJING, Jan. 5 (Xinhua) --"), or null. */
export function parseDateline(paragraph: string): Dateline | null {
  const m = DATELINE_RE.exec(paragraph);
  if (m) {
    return { place: m[1]!.trim(), month: monthNumber(m[3]!), day: +m[4]!, year: m[5] ? +m[5] : null, agency: m[6]?.trim() ?? null, text: m[0].trim() };
  }
  const z = ZH_DATELINE_RE.exec(paragraph);
  if (z) return { place: z[2] ?? '', month: +z[4]!, day: +z[5]!, year: z[3] ? +z[3] : null, agency: z[1] ?? null, text: z[0].trim() };
  const b = ZH_BRACKET_DATELINE_RE.exec(paragraph);
  if (b) return { place: '', month: +b[3]!, day: +b[4]!, year: +b[2]!, agency: b[1]!, text: b[0].trim() };
  // "19th May 2024 – (Hong Kong) ...", "14-5-2024 (HONG KONG) ...": the date first, the place in brackets.
  const d = DATE_FIRST_DATELINE_RE.exec(paragraph);
  const date = d ? parseDate(d[1]!) : null;
  if (d && date?.precision === 'day') {
    const [year, month, day] = date.date.split('-').map(Number);
    return { place: d[2]!.trim(), month: month!, day: day!, year: year!, agency: null, text: d[0].trim() };
  }
  const stated = statedDateline(paragraph);
  if (stated) return stated;
  const p = PLACE_ONLY_DATELINE_RE.exec(paragraph);
  if (p && p[1]!.replace(/[^A-Z]/g, '').length >= 3)
    return { place: p[1]!.trim(), month: null, day: null, year: null, agency: p[2]?.trim() ?? null, text: p[0].trim() };
  return null;
}

/** Weekday names used as times ("on Monday", "Friday's statement"), in order. */
export function findWeekdays(text: string): Array<{ weekday: number; text: string; index: number }> {
  const out: Array<{ weekday: number; text: string; index: number }> = [];
  const re = /\b(?:on|last|this|since|from|until|by|late|early)?\s*\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
  for (const m of text.matchAll(re)) out.push({ weekday: weekdayNumber(m[1]!)!, text: m[0].trim(), index: m.index! + m[0].indexOf(m[1]!) });
  return out;
}

/**
 * Warnings where a weekday in the lead does not fit the publication date.
 * News says "on Monday" for the day of publication or the few days before it,
 * so a weekday 0-3 days before the date fits; anything else is worth a look.
 * A weekday written beside a full date must be that date's weekday.
 */
export function checkWeekdays(text: string, published: PartialDate): string[] {
  const warnings: string[] = [];
  const dates = findDates(text);
  for (const d of dates) {
    const named = new RegExp(`^${WEEKDAY_PATTERN}`, 'i').exec(d.text);
    if (!named || d.precision !== 'day') continue;
    const want = weekdayNumber(named[0]);
    const got = weekdayOf(d.date);
    if (want !== got) warnings.push(`"${d.text}" names a ${WEEKDAYS[want!]} but ${d.date} is a ${WEEKDAYS[got!]}`);
  }
  if (published.precision !== 'day') return warnings;
  const pubDay = weekdayOf(published.date)!;
  for (const w of findWeekdays(text)) {
    if (dates.some((d) => w.index >= d.index && w.index < d.index + d.text.length)) continue;
    const back = (pubDay - w.weekday + 7) % 7;
    if (back > 3) warnings.push(`the lead says "${w.text}" but the publication date ${published.date} is a ${WEEKDAYS[pubDay]}; check the date`);
  }
  return warnings;
}

/** A date in a URL path (`/2024/03/12/`, `-2024-10-10/`, `/202403/12/`), or null. */
export function dateFromUrl(url: string | null): PartialDate | null {
  const path = urlPath(url);
  if (path === null) return null;
  const ymd = /(?:^|[/_-])((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=$|[/_.-])/.exec(path);
  if (ymd) return makeDate(+ymd[1]!, +ymd[2]!, +ymd[3]!);
  // "/news/2025/1/20/story.html", "/articles/2025/3/1/89134m.html": year, month and day folders without their zeros.
  const unpadded = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(path);
  const unpaddedDay = unpadded ? makeDate(+unpadded[1]!, +unpadded[2]!, +unpadded[3]!) : null;
  if (unpaddedDay) return unpaddedDay;
  // "/202403/12/", "/20240312/", and the year then month-and-day folders of "/kexue/2023/0823/107039.html".
  const compact =
    /\/((?:19|20)\d{2})(\d{2})\/(\d{2})\//.exec(path) ??
    // "/20240517-hongkong-…": eight digits opening a folder's name; "…-in-canberra-20250804/8053537.html": closing it.
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|_|\.|-|$)/.exec(path) ??
    /-((?:19|20)\d{2})(\d{2})(\d{2})(?=\/)/.exec(path) ??
    /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//.exec(path);
  if (compact) return makeDate(+compact[1]!, +compact[2]!, +compact[3]!);
  // "/article/2025110409040191082", "…-offence--20250804145037": a timestamp naming the article, the day then its hour
  // and minute (a valid hour and minute after a valid day: an article number seldom reads so), perhaps a number after.
  const stamp = /(?:^|[/_=-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d\d*(?=$|[/_.-])/.exec(path);
  if (stamp) return makeDate(+stamp[1]!, +stamp[2]!, +stamp[3]!);
  // A month archive or a dated folder: "/2025/07/how-foreign-spies...", "/date/2025/04", "/page/202403/1309684.shtml",
  // and a month without its zero, "/sitemap/free/2000/4/article/...".
  const ym = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])(?=\/|$)/.exec(path) ?? /\/((?:19|20)\d{2})(0[1-9]|1[0-2])\//.exec(path);
  if (ym) return makeDate(+ym[1]!, +ym[2]!);
  return null;
}

export function comparePrecision(a: Precision, b: Precision): number {
  const rank = { year: 0, month: 1, day: 2 };
  return rank[a] - rank[b];
}

/** Taiwan numbers its years from 1912: year 113 of the Republic is 2024. */
const ROC_YEAR_OFFSET = 1911;
// "…（編輯：李大同）1131219": Taiwan's news agency closes its copy with the desk's credit and the day it was filed,
// the year counted from 1912, then the month and the day. A bare number is no date; after a credit it is.
const ROC_STAMP_RE = /[（(][^（()）]{1,30}[:：][^（()）]{1,30}[）)]\s*(1[0-4]\d)(\d{2})(\d{2})\s*$/u;

/** The day a Taiwanese agency's stamp closing the story gives, or null. */
export function rocStampDate(lastParagraph: string): PartialDate | null {
  const m = ROC_STAMP_RE.exec(lastParagraph);
  return m ? makeDate(+m[1]! + ROC_YEAR_OFFSET, +m[2]!, +m[3]!) : null;
}
