/**
 * The quantities of a case a paragraph states, each normalised so two reports
 * can be compared: the prison term handed down ("sentenced to four years",
 * "判处有期徒刑四年"), a fine ("fined 50,000 yuan", "罚款5万元"), a number of
 * documents ("more than 200 classified documents", "文件200余份") and an
 * amount of material ("1.5 tonnes of gallium", "1,500 kg", "1.5吨").
 * What may happen ("faces up to 10 years") is no sentence, and the years of
 * political rights or of probation after a term are not the term.
 */

import { HALF_WORDS } from '../../vocab/numbers.ts';
import {
  ABOUT_AFTER,
  ABOUT_BEFORE,
  AT_LEAST_AFTER,
  AT_LEAST_BEFORE,
  AT_MOST_BEFORE,
  CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES,
  DEATH_TERMS,
  DOCUMENT_NOUNS,
  DURATION_UNITS,
  FINE_CUES,
  HAN_DOCUMENT_MEASURE,
  HAN_DOCUMENT_NOUNS,
  HAN_MONTHS_AFTER_YEAR,
  LIFE_TERMS,
  MASS_ABBREVIATIONS,
  MASS_UNITS,
  OVER_PARTICLE_VERBS,
  TERM_CUES_AFTER,
  TERM_CUES_BEFORE,
  TERM_HYPOTHETICAL,
  TERM_OF_ANOTHER,
  TERM_SPANS,
  TERM_STOPS,
} from '../../vocab/quantities.ts';
import { alternation, escapeRe } from '../../vocab/regex.ts';
import { clauseAround, sentences } from '../cases/sentences.ts';
import { NUMBER_SOURCE, numberValue } from './numerals.ts';
import { boundMark, boundOf, plain, type Reading, range } from './readings.ts';

const NUM = `(?:${NUMBER_SOURCE})`;
// A bound word stands before the number ("more than 200", "逾200") or after it ("200余份", "200份以上").
const BEFORE = `(?:(?<before>${alternation([...AT_LEAST_BEFORE, ...AT_MOST_BEFORE, ...ABOUT_BEFORE])})\\s*)?`;
const AFTER_NUMBER = `(?<after>${alternation(AT_LEAST_AFTER)})?`;
const AFTER_UNIT = `(?<tail>${alternation(['以上', ...ABOUT_AFTER])})?`;

const EN_DURATION = alternation(Object.keys(DURATION_UNITS).filter((u) => /^[a-z]/.test(u)));
const HAN_YEAR = '年';
const HAN_MONTHS = alternation(Object.keys(DURATION_UNITS).filter((u) => u.endsWith('个月') || u.endsWith('個月')));
/** "two years and six months", "a four-year", "one and a half years", "a year and a half". */
const [EN_HALF, HAN_HALF] = HALF_WORDS.map(escapeRe) as [string, string];
const EN_TERM = `${BEFORE}(?<n1>${NUM})(?<half1>\\s+${EN_HALF})?[\\s-](?<u1>${EN_DURATION})\\b(?![\\s-]old)(?<half2>\\s+${EN_HALF})?(?:,?\\s+and\\s+(?<n2>${NUM})[\\s-]months?\\b)?`;
/** "四年", "3年6个月", "三年零六个月", "一年半", "18个月". */
const HAN_TERM = `(?:(?<zn1>${NUM})${HAN_YEAR}(?<zhalf>${HAN_HALF})?(?:零?(?<zn2>${NUM})(?:${HAN_MONTHS}|${alternation(HAN_MONTHS_AFTER_YEAR)}))?|(?<zm>${NUM})${HAN_MONTHS})`;
const TERM = `(?<term>${EN_TERM}|${HAN_TERM})`;
// The word of a duration every term holds: a sentence without one states no term, and the expressions that try
// a number at every word (TERM) are not run on it.
const HAS_DURATION = new RegExp(`${EN_DURATION}|${HAN_YEAR}|${HAN_MONTHS}`, 'iu');
const FILL = '(?<fill>[^.;。；!?！？]{0,60}?)';
const TERM_AFTER_CUE = new RegExp(`${alternation(TERM_CUES_BEFORE)}${FILL}${TERM}`, 'giu');
// "判處2年以上監禁", "判刑3年多": a word right after a Chinese term makes it a lower bound.
const TERM_LOWER_BOUND_AFTER = new RegExp(`^(?:${alternation(AT_LEAST_AFTER)})`, 'u');
const TERM_BEFORE_CUE = new RegExp(`${TERM}\\s*['’]?\\s*${alternation(TERM_CUES_AFTER)}\\b`, 'giu');
const LIFE = new RegExp(alternation(LIFE_TERMS), 'giu');
const DEATH = new RegExp(alternation(DEATH_TERMS), 'giu');
const STOP = new RegExp(alternation(TERM_STOPS), 'iu');
// A stop word right after a term names what the term is of ("a two-year reprieve").
const STOP_NEXT = new RegExp(`^[\\s-]*${alternation(TERM_STOPS)}`, 'iu');
const ANOTHER = new RegExp(`(?<!\\p{Script=Latin})${alternation(TERM_OF_ANOTHER)}(?![\\p{Ll}])`, 'iu');
const SPAN = new RegExp(`(?<!\\p{Script=Latin})${alternation(TERM_SPANS)}(?![\\p{Ll}])`, 'iu');
const HYPOTHETICAL = new RegExp(`(?<!\\p{Script=Latin})${alternation(TERM_HYPOTHETICAL)}(?![\\p{Ll}])`, 'iu');
// Sentinels beyond any fixed term, so "life" disagrees with "10 years" and with "death".
const LIFE_MONTHS = 100_000;
const DEATH_MONTHS = 200_000;

/** Every quantity a paragraph states, in text order. */
export function readQuantities(text: string): Reading[] {
  const out: Reading[] = [];
  for (const s of sentences(text)) {
    out.push(...prisonTerms(s.text), ...fines(s.text), ...documentCounts(s.text), ...materialAmounts(s.text));
  }
  return out;
}

/** Readings at distinct places of a sentence: a term matched both after its cue and before another is read once. */
function distinct(readings: Reading[]): Reading[] {
  const seen = new Set<number>();
  return readings.filter((r) => !seen.has(r.index) && seen.add(r.index));
}

function stated(sentence: string, index: number, length: number): boolean {
  const clause = clauseAround(sentence, index, length);
  return !HYPOTHETICAL.test(clause) && !SPAN.test(clause);
}

const PARTICLE_VERB = new RegExp(`\\b${alternation(OVER_PARTICLE_VERBS)}\\s+$`, 'i');

/**
 * The bound of a reading whose words (`written`, from `index` of the sentence) may open with the bound word
 * `before`; "over" after "handed" belongs to the verb, and the reading is the number itself.
 */
function bounded(sentence: string, index: number, written: string, before: string | undefined, after: string | undefined) {
  if (before?.toLowerCase() === 'over' && PARTICLE_VERB.test(sentence.slice(0, index))) {
    const rest = written.slice(before.length).trimStart();
    return { bound: boundOf(undefined, after), written: rest, index: index + written.length - rest.length };
  }
  return { bound: boundOf(before, after), written, index };
}

export function prisonTerms(sentence: string): Reading[] {
  const out: Reading[] = [];
  if (ANOTHER.test(sentence)) return out;
  for (const re of HAS_DURATION.test(sentence) ? [TERM_AFTER_CUE, TERM_BEFORE_CUE] : []) {
    for (const m of sentence.matchAll(re)) {
      const g = m.groups!;
      // "deprived of political rights for 1 year", "a two-year reprieve": another penalty's length, not the term.
      if ((g.fill && STOP.test(g.fill)) || STOP_NEXT.test(sentence.slice(m.index + m[0].length))) continue;
      const term = termOf(g);
      if (!term) continue;
      const afterWord = g.zn1 || g.zm ? TERM_LOWER_BOUND_AFTER.exec(sentence.slice(m.index + m[0].length))?.[0] : undefined;
      const at = m.index + m[0].lastIndexOf(g.term!);
      const { bound, written, index } = bounded(sentence, at, `${g.term!}${afterWord ?? ''}`, g.before, afterWord);
      if (!stated(sentence, index, written.length)) continue;
      const { low, high } = range(bound, term);
      out.push({ kind: 'prison-term', written, normalised: `${boundMark(bound)}${months(term)}`, unit: 'months', low, high, index });
    }
  }
  for (const [re, value, name] of [
    [LIFE, LIFE_MONTHS, 'life'],
    [DEATH, DEATH_MONTHS, 'death'],
  ] as const) {
    for (const m of sentence.matchAll(re)) {
      if (!stated(sentence, m.index, m[0].length)) continue;
      out.push({ kind: 'prison-term', written: m[0], normalised: name, unit: 'months', low: value, high: value, index: m.index });
    }
  }
  return distinct(out).sort((a, b) => a.index - b.index);
}

/** The term a match of TERM states, in months. */
function termOf(g: Record<string, string | undefined>): number | null {
  const whole = g.n1 ?? g.zn1;
  const unit = g.u1 ?? (g.zn1 ? HAN_YEAR : g.zm ? '个月' : undefined);
  const first = numberValue(whole ?? g.zm ?? '');
  if (first === null || unit === undefined) return null;
  const perUnit = DURATION_UNITS[unit.toLowerCase()] ?? 12;
  let total = first * perUnit;
  if (g.half1 || g.half2 || g.zhalf) total += perUnit / 2;
  const extra = g.n2 ?? g.zn2;
  if (extra) total += numberValue(extra) ?? Number.NaN;
  // A hundred years and more is a date read as a term ("2023年"), not a sentence.
  if (!Number.isFinite(total) || total <= 0 || total >= 1200) return null;
  return total;
}

/** "48 months" as "4 years", "54 months" as "4 years 6 months". */
function months(total: number): string {
  if (total >= LIFE_MONTHS) return total >= DEATH_MONTHS ? 'death' : 'life';
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const parts = [y ? `${y} year${y === 1 ? '' : 's'}` : '', m ? `${plain(m)} month${m === 1 ? '' : 's'}` : ''].filter(Boolean);
  return parts.join(' ');
}

const PREFIX = alternation(Object.keys(CURRENCY_PREFIXES));
const SUFFIX = alternation(Object.keys(CURRENCY_SUFFIXES));
const MONEY = `${BEFORE}(?:(?<pre>${PREFIX})\\s?)?(?<n>${NUM})${AFTER_NUMBER}(?:\\s?(?<suf>${SUFFIX}))?${AFTER_UNIT}`;
const FINE = new RegExp(`${alternation(FINE_CUES)}(?<fill>[^.;。；!?！？]{0,30}?)(?<money>${MONEY})`, 'giu');

export function fines(sentence: string): Reading[] {
  const out: Reading[] = [];
  for (const m of sentence.matchAll(FINE)) {
    const g = m.groups!;
    const amount = numberValue(g.n!);
    // The currency says it is money: "fined 50,000" alone could be anything; "RMB 50,000 yuan" names it twice.
    const currency = g.pre ? CURRENCY_PREFIXES[matchKey(CURRENCY_PREFIXES, g.pre)] : g.suf ? CURRENCY_SUFFIXES[matchKey(CURRENCY_SUFFIXES, g.suf)] : undefined;
    if (amount === null || !currency) continue;
    const { bound, written, index } = bounded(sentence, m.index + m[0].lastIndexOf(g.money!), g.money!.trim(), g.before, g.after ?? g.tail);
    if (!stated(sentence, index, written.length)) continue;
    out.push({
      kind: 'fine',
      written,
      normalised: `${boundMark(bound)}${currency} ${plain(amount)}`,
      unit: currency,
      ...range(bound, amount),
      index,
    });
  }
  return out;
}

/** The key of `table` a matched word stands for, whatever its case ("Yuan" → "yuan"). */
function matchKey(table: Readonly<Record<string, string>>, word: string): string {
  return Object.keys(table).find((k) => k.toLowerCase() === word.toLowerCase()) ?? word;
}

// A few describing words may stand between the number and the noun ("200 classified military documents"), never "of the".
const DESCRIBING = '(?:(?!(?:of|the|these|those|his|her|their|its|which|that|and|or|to|in)\\b)[\\p{L}-]+\\s+){0,2}';
const EN_DOCUMENTS = new RegExp(`${BEFORE}(?<n>${NUM})\\s+${DESCRIBING}${alternation(DOCUMENT_NOUNS)}\\b`, 'giu');
const HAN_NOUN = alternation(HAN_DOCUMENT_NOUNS);
const HAN_DOCUMENTS = new RegExp(
  `(?:${BEFORE}(?<n>${NUM})${AFTER_NUMBER}${HAN_DOCUMENT_MEASURE}${AFTER_UNIT}[^，。；、]{0,6}?${HAN_NOUN}|${HAN_NOUN}[^，。；、]{0,4}?(?<zbefore>${alternation([...AT_LEAST_BEFORE, ...AT_MOST_BEFORE, ...ABOUT_BEFORE])})?(?<zn>${NUM})(?<zafter>${alternation(AT_LEAST_AFTER)})?${HAN_DOCUMENT_MEASURE})`,
  'gu',
);

// The nouns each count needs, looked for first: both expressions try a number at every word.
const HAS_EN_DOCUMENT_NOUN = new RegExp(alternation(DOCUMENT_NOUNS), 'iu');
const HAS_HAN_DOCUMENT_NOUN = new RegExp(HAN_NOUN, 'u');

export function documentCounts(sentence: string): Reading[] {
  const out: Reading[] = [];
  for (const [re, needs] of [
    [EN_DOCUMENTS, HAS_EN_DOCUMENT_NOUN],
    [HAN_DOCUMENTS, HAS_HAN_DOCUMENT_NOUN],
  ] as const) {
    if (!needs.test(sentence)) continue;
    for (const m of sentence.matchAll(re)) {
      const g = m.groups!;
      const n = g.n ?? g.zn!;
      // "a document" is as often "a document" in general as a count of one.
      if (/^an?$/i.test(n)) continue;
      const count = numberValue(n);
      if (count === null || !Number.isInteger(count)) continue;
      const start = m[0].indexOf(g.before ?? g.zbefore ?? n);
      const { bound, written, index } = bounded(sentence, m.index + start, m[0].slice(start).trim(), g.before ?? g.zbefore, g.after ?? g.zafter ?? g.tail);
      out.push({ kind: 'documents', written, normalised: `${boundMark(bound)}${count} documents`, unit: 'documents', ...range(bound, count), index });
    }
  }
  return out;
}

const MASS_WORD = alternation(Object.keys(MASS_UNITS));
const MASS = new RegExp(`${BEFORE}(?<n>${NUM})${AFTER_NUMBER}[\\s-]?(?<unit>${MASS_WORD})(?!\\p{Script=Latin})${AFTER_UNIT}`, 'giu');
// A unit of mass, looked for first: MASS tries a number at every word.
const HAS_MASS_WORD = new RegExp(MASS_WORD, 'iu');

export function materialAmounts(sentence: string): Reading[] {
  const out: Reading[] = [];
  if (!HAS_MASS_WORD.test(sentence)) return out;
  for (const m of sentence.matchAll(MASS)) {
    const g = m.groups!;
    const key = Object.keys(MASS_UNITS).find((u) => u.toLowerCase() === g.unit!.toLowerCase())!;
    // "5G" is no mass: abbreviations count only as written; "pounds" alone may be money.
    if ((MASS_ABBREVIATIONS as readonly string[]).includes(key) && g.unit !== key) continue;
    if (/^pounds?$/i.test(key) && !/^\s+of\b/.test(sentence.slice(m.index + m[0].length))) continue;
    if (/^an?$/i.test(g.n!)) continue;
    const amount = numberValue(g.n!);
    if (amount === null) continue;
    const [gLow, gHigh] = MASS_UNITS[key]!;
    const { bound, written, index } = bounded(sentence, m.index, m[0].trim(), g.before, g.after ?? g.tail);
    const loose = gLow !== gHigh;
    out.push({
      kind: 'material',
      written,
      // A "ton" may be any of three: it keeps its own word; the rest are written in kilograms.
      normalised: `${boundMark(bound)}${loose ? `${plain(amount)} ${key.replace(/s$/, '')}` : `${plain((amount * gLow) / 1000)} kg`}`,
      unit: 'g',
      ...range(bound, amount * gLow, amount * gHigh),
      index,
    });
  }
  return out;
}
