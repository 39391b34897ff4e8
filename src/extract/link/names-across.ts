/**
 * One person written three ways: 魏金超 in a Taiwanese report, "Jinchao Wei"
 * in an American one; 曾某 and "Zeng"; "Chang" (Wade-Giles) and "Zhang". Each
 * name is brought to one form, toneless pinyin syllables with the surname
 * apart (romanise.ts reads characters, src/vocab/wade-giles.ts the Taiwanese
 * and Hong Kong spellings), so reports in two languages or two spellings can
 * be compared and blocked together. Pure; remembered per name (the linker asks
 * for every pair of a block).
 */
import { memoByText } from '../../util/collections.ts';
import { cantoneseReadings, hasHan, romanise, romaniseName } from '../../util/romanise.ts';
import { ROMANISED_SYLLABLE, SURNAMES, WESTERN_GIVEN_NAMES } from '../../vocab/names.ts';
import {
  CANTONESE_SURNAME_TO_PINYIN,
  HONG_KONG_SPELLING_VARIANTS,
  JYUTPING_FINALS_AS_HONG_KONG,
  JYUTPING_INITIALS_AS_HONG_KONG,
  SURNAME_TO_PINYIN,
  WADE_GILES_E_AS_O,
  WADE_GILES_FINALS,
  WADE_GILES_INITIALS,
  WADE_GILES_SYLLABLES,
  WADE_GILES_UO_KEPT,
} from '../../vocab/wade-giles.ts';
import { pinyinSyllables } from '../cases/pinyin.ts';

/** A name as pinyin: the surname, and the given name's syllables run together (null when the report gives only the surname). */
export interface PinyinName {
  surname: string;
  given: string | null;
  /** The given name as Taiwan spells it (wadeGilesGiven): from characters, or as a Latin name writes it. */
  wadeGiles?: string;
  /** The surname is spelled as Hong Kong spells it ("Leung"), so the given name is Cantonese too: it compares by its Cantonese sound. */
  cantonese?: boolean;
  /** The given name's syllables as a Latin name writes them ("shing", "wan"): a Cantonese given name is compared by them. */
  spelled?: string[];
  /** The given name in characters (成運), for a name in characters. */
  hanGiven?: string;
  /** An English given name the person goes by ("Linda" of "Linda Sun"): the name is full, though its Chinese given name is not said. */
  western?: string;
}

// "李某", "黃男", "許姓男子": a surname and a word that stands for the rest of the name.
const HAN_SURNAME_FORM = /^(\p{Script=Han})(?:某+|男|女|姓.*|先生|女士)$/u;
const HAN_FULL_NAME = /^\p{Script=Han}{2,4}$/u;
// The dots between the parts of a foreign name written in characters, in mainland, Taiwanese and Japanese type.
const MIDDLE_DOT = /[·‧•・]/u;
const TRANSLITERATION = /^\p{Script=Han}+(?:[·‧•・]\p{Script=Han}+(?:-\p{Script=Han}+)?)+$/u;

/** A foreign name in characters, its parts joined by a middle dot: 亚历山大·切尔格, 佈雷恩‧皮斯. */
export function transliterated(name: string): boolean {
  return TRANSLITERATION.test(name);
}

/** The pinyin of a surname as a Latin name spells it: one for pinyin and Wade-Giles, one or more for a Cantonese spelling. */
const pinyinSurnames = (word: string): readonly string[] => {
  const w = word.toLowerCase().replace(/['’]/g, '');
  return CANTONESE_SURNAME_TO_PINYIN[w] ?? [SURNAME_TO_PINYIN[w] ?? w];
};

/**
 * The readings of a name, each a surname and a given name: one for a name in characters, two for a Latin
 * name of two words (either may be the surname: "Jinchao Wei", "Wei Jinchao"), none for anything else.
 */
export const pinyinReadings: (name: string) => PinyinName[] = memoByText((name: string): PinyinName[] => {
  const n = name.trim();
  if (hasHan(n)) {
    const form = HAN_SURNAME_FORM.exec(n);
    if (form) return [{ surname: romaniseName(form[1]!), given: null }];
    if (transliterated(n)) {
      // A foreign name in characters is read as written, not as a Chinese surname: given name first, surname last.
      const parts = n.split(MIDDLE_DOT).map((part) => romanise(part).replace(/\s+/g, ''));
      return [{ surname: parts[parts.length - 1]!, given: parts.slice(0, -1).join('') }];
    }
    if (!HAN_FULL_NAME.test(n)) return [];
    const [surname, ...given] = romaniseName(n).split(' ');
    const hanGiven = [...n].slice(1).join('');
    return surname && given.length ? [{ surname, given: given.join(''), wadeGiles: wadeGilesGiven(given.map(pinyinToWadeGiles)), hanGiven }] : [];
  }
  const all = n
    .replace(/["“”(][^"“”()]*["“”)]/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z][A-Za-z'’-]*\.?$/.test(w));
  // "Linda Sun", "Xiaodong Sheldon Meng": the English given name is set aside; what is left is read as a Chinese name.
  const western = all.filter((w) => WESTERN_GIVEN_NAMES.has(w));
  const words = western.length && western.length < all.length ? all.filter((w) => !WESTERN_GIVEN_NAMES.has(w)) : all;
  if (words.some((w) => w.endsWith('.'))) return [];
  const syllables = (w: string) => w.toLowerCase().replace(/['’-]/g, '');
  const spelledSyllables = (w: string) =>
    w
      .toLowerCase()
      .split(/[-\s]+/)
      .filter(Boolean);
  const asWritten = (w: string) => wadeGilesGiven(w.toLowerCase().replace(/['’]/g, '').split('-'));
  const extra = { ...(western.length && words !== all ? { western: western[0]! } : {}) };
  const readings = (surname: string, given: string | null): PinyinName[] =>
    pinyinSurnames(surname).map((py) => ({
      surname: py,
      given: given && syllables(given),
      ...(given ? { wadeGiles: asWritten(given) } : {}),
      ...(cantoneseSpelling(surname) ? { cantonese: true, ...(given ? { spelled: spelledSyllables(given) } : {}) } : {}),
      ...extra,
    }));
  if (words.length === 1) return readings(words[0]!, null);
  if (words.length === 2) return [...readings(words[1]!, words[0]!), ...readings(words[0]!, words[1]!)];
  // "Chi Leung Wai", "Yuen Chung Biu": a Hong Kong name with its given name in two words, the surname last or first.
  const [x, y, z] = words as [string, string, string];
  if (words.length !== 3) return [];
  const oneSyllable = (w: string) => ROMANISED_SYLLABLE.test(w);
  return [
    ...(SURNAMES.has(z) && oneSyllable(x) && oneSyllable(y) ? readings(z, `${x}-${y}`) : []),
    ...(SURNAMES.has(x) && oneSyllable(y) && oneSyllable(z) ? readings(x, `${y}-${z}`) : []),
  ];
});

/** Whether one of the names is in characters and the other is not: only then is this comparison needed. */
function acrossForms(a: string, b: string): boolean {
  return hasHan(a) !== hasHan(b) || (hasHan(a) && hasHan(b) && a !== b);
}

/** A pinyin syllable (ü written v) as Wade-Giles spells it, without aspiration marks or umlauts: guo "kuo", ren "jen". */
export function pinyinToWadeGiles(syllable: string): string {
  const whole = WADE_GILES_SYLLABLES[syllable];
  if (whole) return whole;
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?([a-z]+)$/.exec(syllable);
  if (!m) return syllable;
  const initial = m[1] ?? '';
  let final = WADE_GILES_FINALS[m[2]!] ?? m[2]!;
  if (final === 'uo' && !(WADE_GILES_UO_KEPT as readonly string[]).includes(initial)) final = 'o';
  if (final === 'e' && (WADE_GILES_E_AS_O as readonly string[]).includes(initial)) final = 'o';
  return (WADE_GILES_INITIALS[initial] ?? initial) + final;
}

/**
 * Wade-Giles syllables of a given name run together, in the one spelling Taiwanese usage varies on made
 * alike: "Yi-chen" and "I-chen" (逸 is "i" in Wade-Giles, "Yi" on most passports), "uei" and "ui".
 */
function wadeGilesGiven(syllables: string[]): string {
  return syllables
    .map((s) =>
      s
        .replace(/ü/g, 'u')
        .replace(/^y(?=i)/, '')
        .replace(/uei$/, 'ui'),
    )
    .join('');
}

/**
 * How two names in different scripts or spellings meet: `full` (surname and given name: 魏金超 and "Jinchao
 * Wei", 趙學軍 and 赵学军), `surname` (杜某 and "Du", one of them gives the surname alone), or null.
 */
export function meetAcross(a: string, b: string): 'full' | 'surname' | null {
  if (!acrossForms(a, b) && !(wadeGiles(a) || wadeGiles(b))) return null;
  let best: 'full' | 'surname' | null = null;
  for (const x of pinyinReadings(a)) {
    for (const y of pinyinReadings(b)) {
      if (x.surname !== y.surname) continue;
      if (x.given && y.given) {
        // 高安國 and "Kao An-kuo": the given name in characters, spelled as Taiwan spells it, is the one written.
        if (x.given === y.given || (hasHan(a) !== hasHan(b) && !!x.wadeGiles && x.wadeGiles === y.wadeGiles)) return 'full';
        // 梁成運 and "Leung Shing-wan": a Cantonese given name is not the characters' pinyin but their Cantonese sound.
        if (hasHan(a) !== hasHan(b) && (x.cantonese || y.cantonese)) {
          const [latin, han] = hasHan(a) ? [y, x] : [x, y];
          if (latin.spelled && han.hanGiven && soundsCantonese(latin.spelled, han.hanGiven)) return 'full';
          best = 'surname';
        }
      } else best = 'surname';
    }
  }
  return best;
}

/** A Cantonese syllable in one of the spellings Hong Kong varies on: "tsz" and "chi" are one. */
function hongKongSyllable(syllable: string): string {
  return HONG_KONG_SPELLING_VARIANTS.reduce((s, [from, to]) => s.replace(from, to), syllable.replace(/['’]/g, ''));
}

/** A toneless Jyutping syllable as Hong Kong spells it: zi "chi", loeng "leung", sing "sing", jyun "yuen". */
function jyutpingAsHongKong(syllable: string): string {
  const m = /^(gw|kw|ng|[bpmfdtnlgkhwzcsj])?(.*)$/.exec(syllable)!;
  const initial = m[1] ?? '';
  return hongKongSyllable((JYUTPING_INITIALS_AS_HONG_KONG[initial] ?? initial) + (JYUTPING_FINALS_AS_HONG_KONG[m[2]!] ?? m[2]!));
}

/**
 * Whether a given name as Hong Kong spells it ("Shing-wan", "Chi Leung") is the Cantonese sound of characters
 * (成運, 志良): each character in one of its readings, in turn, spells the name written.
 */
function soundsCantonese(spelled: string[], han: string): boolean {
  const want = spelled.map(hongKongSyllable).join('');
  let heads = [''];
  for (const readings of cantoneseReadings(han)) {
    heads = heads.flatMap((h) => readings.map((r) => h + jyutpingAsHongKong(r))).filter((h) => want.startsWith(h));
    if (!heads.length) return false;
  }
  return heads.includes(want);
}

const cantoneseSpelling = (word: string) => CANTONESE_SURNAME_TO_PINYIN[word.toLowerCase().replace(/['’]/g, '')] !== undefined;

/** A Latin name holding a Wade-Giles or Cantonese surname that pinyin writes otherwise. */
function wadeGiles(name: string): boolean {
  return !hasHan(name) && name.split(/\s+/).some((w) => SURNAME_TO_PINYIN[w.toLowerCase().replace(/['’]/g, '')] !== undefined || cantoneseSpelling(w));
}

// "Jian G.", "Thomas R.": a given name and the initial of the surname, as German reports name suspects.
const INITIAL_FORM = /^(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu})\.?$/u;

/** A name of the initial form as its given name and surname initial (lower case), else null. */
function initialForm(name: string): { given: string; initial: string } | null {
  const m = INITIAL_FORM.exec(name.trim());
  return m ? { given: m[1]!.toLowerCase().replace(/['’-]/g, ''), initial: m[2]!.toLowerCase() } : null;
}

/**
 * Whether a name of the initial form ("Jian G.") and another name are one person's: the same given name and
 * the surname's initial ("Jian G" or "Jian G." again; 郭建 or "Guo Jian", whose surname begins with G).
 */
export function meetInitial(a: string, b: string): boolean {
  const [x, other] = initialForm(a) ? [initialForm(a)!, b] : initialForm(b) ? [initialForm(b)!, a] : [null, ''];
  if (!x) return false;
  const y = initialForm(other);
  if (y) return x.given === y.given && x.initial === y.initial;
  return pinyinReadings(other).some((r) => (r.given ?? r.western?.toLowerCase()) === x.given && r.surname.startsWith(x.initial));
}

/**
 * Blocking keys of a name across scripts: `py:<surname>` and, with a given name, `py:<surname>|<given>` and
 * `ini:<given>|<surname initial>` (the key of the initial form, "Jian G.", has only the last).
 */
export function pinyinKeys(name: string): string[] {
  const keys = new Set<string>();
  const initial = initialForm(name);
  if (initial) keys.add(`ini:${initial.given}|${initial.initial}`);
  for (const r of pinyinReadings(name)) {
    keys.add(`py:${r.surname}`);
    if (r.given) {
      keys.add(`py:${r.surname}|${r.given}`);
      if (r.wadeGiles) keys.add(`wg:${r.surname}|${r.wadeGiles}`);
      keys.add(`ini:${r.given}|${r.surname[0]}`);
    }
  }
  return [...keys];
}

// "Jinchao "Patrick" Wei", "Wenheng “Thomas” Zhao": the English name a report adds in quotes between the given
// name and the surname. Single quotes only around one word, so "O'Brien" keeps its apostrophe.
const QUOTED_NICKNAME = /\s+(?:["“][^"“”]+["”]|['‘][^\s'‘’]+['’])(?=\s+\S)/gu;

/** The name without a quoted nickname inside it: "Jinchao Wei" for "Jinchao "Patrick" Wei". */
export function withoutNickname(name: string): string {
  return name.replace(QUOTED_NICKNAME, '');
}

/** Whether a name gives its surname alone: "Huang", 郝某, "a man surnamed Chen" read as "Chen". */
export function surnameOnly(name: string): boolean {
  const readings = pinyinReadings(name);
  return readings.length > 0 && readings.every((r) => r.given === null && !r.western);
}

/** Whether a name gives a surname and a given name: 郭建 (two characters are a full name too), "Guo Jian". */
export function givesFullName(name: string): boolean {
  return pinyinReadings(name).some((r) => r.given !== null || r.western !== undefined);
}

/**
 * Whether a full name is one few people share: three or four characters (高安國), or a Latin name with a word
 * that is not a single pinyin syllable ("Yuesheng Wang", "Christopher Cash"). A surname and a one-syllable given
 * name (郭建, "Li Wei", "Wang Jun") is shared by thousands.
 */
export function rareName(name: string): boolean {
  if (transliterated(name)) return true;
  if (hasHan(name)) return HAN_FULL_NAME.test(name) && [...name].length >= 3;
  const words = name.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.some((w) => pinyinSyllables(w.replace(/[-'’.]/g, '')) !== 1);
}
