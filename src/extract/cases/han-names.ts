/**
 * Full names in Chinese characters, as Chinese-language reports of a case give them: after a word that
 * says who the person is ("被告鎮小江", "退役上校張超然", "共諜邵維強"), at the head of a count ("屈宏義等
 * 7名退役軍人"), as the subject of a sentence about them ("赵学军是一名航天领域的科研人员"), or glossed
 * with the romanised form ("魏金超（Jinchao Wei，音譯）"). Chinese writes no spaces, so where a name ends
 * is read from what follows it (a verb or particle ends it: "向德恩遭吸收") and from the romanised gloss
 * (its syllables are its characters).
 */

import { ZH_WEEKDAYS } from '../../vocab/calendar.ts';
import { bothScripts } from '../../vocab/han-variants.ts';
import {
  ZH_COMPOUND_SURNAMES,
  ZH_FULL_NAME_SURNAMES,
  ZH_NAME_ENDS,
  ZH_NAME_TIME_WORDS,
  ZH_NOT_GIVEN_NAME_START,
  ZH_PLACE_ORG_ENDS,
} from '../../vocab/names.ts';
import { alternation } from '../../vocab/regex.ts';
import {
  ZH_ACTS_AFTER_NAME,
  ZH_CASE_OBJECT_VERBS,
  ZH_CASE_TITLES,
  ZH_COMMENT_VERBS,
  ZH_LAW_OFFICE_TITLES,
  ZH_MEASURES,
  ZH_OFFICE_TITLES,
  ZH_PARTNERS,
  ZH_PROSECUTOR_JUDGE_TITLES,
  ZH_RELATIONS,
  ZH_SENTENCES,
} from '../../vocab/roles.ts';
import { NOT_PERSON_WORDS } from '../../vocab/stop-words.ts';
import type { IntroPattern, ListedName, PickedName } from './intro-pattern.ts';
import { NAME } from './name-lists.ts';
import { pinyinSyllables } from './pinyin.ts';

const HAN = '\\u4e00-\\u9fff';
// 向 is a surname, and far more often "towards": only a title before it says it is a name ("研究官向德恩").
// A two-character surname is tried first: 欧阳明辉 is 欧阳 and 明辉.
const COMPOUND = alternation(ZH_COMPOUND_SURNAMES);
const SURNAME = `(?:${COMPOUND}|[${ZH_FULL_NAME_SURNAMES}])`;
const TITLED_SURNAME = `(?:${COMPOUND}|[${ZH_FULL_NAME_SURNAMES}向])`;
const SURNAME_RE = new RegExp(`^${bothScripts(SURNAME)}`, 'u');
const COMPOUND_RE = new RegExp(`^${bothScripts(COMPOUND)}`, 'u');
const TITLES = alternation(ZH_CASE_TITLES);
const OFFICES = alternation(ZH_OFFICE_TITLES);
/** An office right before a name, in either script: the name is an official's ("縣長張麗善"). */
export const ZH_OFFICE_BEFORE = new RegExp(`${bothScripts(OFFICES)}$`, 'u');
// ...a prosecutor or a judge, who speaks for the case (a spokesperson who comments is not of it: "外交部发言人毛宁说").
const PROSECUTOR_OR_JUDGE_BEFORE = new RegExp(`${bothScripts(alternation(ZH_PROSECUTOR_JUDGE_TITLES))}$`, 'u');
/** ...an office of the law: "法官科根", "發言人溫家建". */
export const ZH_LAW_OFFICE_BEFORE = new RegExp(`${bothScripts(alternation(ZH_LAW_OFFICE_TITLES))}$`, 'u');
// A title inside the characters before a gloss: "是議員克拉(Maximilian Krah)" is 克拉.
const TITLE_INSIDE = new RegExp(bothScripts(`^.*(?:${OFFICES}|${TITLES})`), 'u');
// What was done to the one just named: "陳惟仁聲押", "黃取榮判刑10年", "孙杏国构成...罪".
const ACTS = alternation(ZH_ACTS_AFTER_NAME);
// A count of the people just listed: "陳惟仁、李易諴、林雍達3人", "...等三名".
const COUNT = '(?:等)?(?:\\d+|[一二三四五六七八九十两兩多数數]+)[人名]|等[人名]';
// What ends a list of names read with 、 for it to be one of people: a count of them or what was done to them.
const LISTED_END = new RegExp(bothScripts(`^(?:${COUNT}|${ACTS})`), 'u');
// A foreign name written in characters, its parts joined by a middle dot: 约翰·史密斯, 安娜·伊万诺娃. It ends at
// punctuation or at a particle or verb a name is followed by (characters a transliteration uses, 利 or 提, do not end it);
// where it starts only a word before it can say (a title, 名叫), so it is read after one.
// Characters a transliteration does not use, so a name does not run back over "一名名叫" or on past "的".
const TRANSLITERATED = `(?:(?![的了是在名叫被和与與及等一])[${HAN}])`;
// A surname the report gives only by its initial stays so: "托马斯・R" (Thomas R.); a double-barrelled one keeps its
// hyphen or dash ("汉斯·施吕特–斯塔茨", Hans Schlüter-Staats).
const dotted = (end: string) => `${TRANSLITERATED}{1,6}[·‧・•](?:${TRANSLITERATED}{1,8}?(?:[-–‐]${TRANSLITERATED}{1,8}?)?|\\p{Lu}\\.?)(?=${end})`;
// ..."为纽约州长安德鲁·科莫和现任州长凯西·霍楚尔工作": worked for them.
const DOTTED = dotted(`[^${HAN}]|$|[被遭涉因于於在是为為等的与與和及曾已将將也向称稱]|工作`);
const SENTENCE_HANDED_DOWN = alternation(ZH_SENTENCES);
const DOT = /[·‧・•]/u;
// "（John Smith）", "（Jinchao Wei，音譯）" right after a name in characters: the name as the report romanises it.
const LATIN_GLOSS = new RegExp(
  bothScripts(`^[（(]\\s*(\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?)*)\\s*(?:[，,、]\\s*(?:音译|译音))?\\s*[）)]`),
  'u',
);
// Both lists are written in both scripts already.
const ENDS = new Set(ZH_NAME_ENDS);
const NOT_GIVEN_START = new Set(ZH_NOT_GIVEN_NAME_START);
const TIME_WORDS = alternation(ZH_NAME_TIME_WORDS);
const TIME_WORD_RE = new RegExp(`^${bothScripts(TIME_WORDS)}`, 'u');
// "与丈夫", "和儿子", "及其同夥": the next name is someone named together with the one before.
const PARTNER = `[与和及]其?${alternation(ZH_PARTNERS)}`;
const PLACE_ORG_END = new Set(ZH_PLACE_ORG_ENDS);
/** Words that read as a surname and a given name and are none: a weekday ("，周二遭起訴", indicted on Tuesday). */
export const ZH_NOT_NAMES: ReadonlySet<string> = new Set(ZH_WEEKDAYS);
// "已故上將蔣緯國的前祕書祝康明": someone the report names to say who the person of the case is to them.
export const ZH_ANCHOR = new RegExp(bothScripts(`^的${alternation(ZH_RELATIONS)}`), 'u');
const COMMENTS = new RegExp(bothScripts(`^[^，。；,;]{0,4}?${alternation(ZH_COMMENT_VERBS)}`), 'u');

/**
 * A surname and one or two characters as a name, ended where a verb or particle starts: "向德恩遭" -> 向德恩,
 * "李明被" -> 李明, or a time word (`after` is the text after the candidate): "胡晓去" before "年被捕" -> 胡晓;
 * unless punctuation after it says the name ends there ("宋家和、李寰宇": 宋家和).
 */
export function hanName(candidate: string, punctuated = false, after = ''): string | null {
  const chars = [...candidate];
  // 欧阳明辉: the given name follows a two-character surname.
  const given = COMPOUND_RE.test(candidate) && chars.length > 2 ? 2 : 1;
  if (chars.length < given + 1 || NOT_GIVEN_START.has(chars[given]!)) return null;
  const last = chars[given + 1];
  if (chars.length === given + 2 && !punctuated && (ENDS.has(last!) || TIME_WORD_RE.test(last + after))) chars.pop();
  const name = chars.join('');
  return ZH_NOT_NAMES.has(name) ? null : name;
}

/**
 * The name in group 1 of `m`, read by hanName (a dotted foreign name as it stands), with its romanised gloss
 * if one follows, unless what follows says it is not one of the case ("劉德良表示").
 */
function pickHanName(m: RegExpExecArray): PickedName | null {
  const at = m[0].lastIndexOf(m[1]!);
  const name = DOT.test(m[1]!) ? m[1]! : hanName(m[1]!, false, m.input.slice(m.index + at + m[1]!.length));
  if (!name) return null;
  const after = m.input.slice(m.index + at + name.length);
  if (COMMENTS.test(after) || ZH_ANCHOR.test(after)) return null;
  const gloss = LATIN_GLOSS.exec(after);
  return gloss ? { name, at, aliases: [gloss[1]!] } : { name, at };
}

/**
 * The name of an office's holder in group 1 of `m` ("縣長張麗善時任", "立委陳淑慧的助理"), with its romanised
 * gloss: an official of the case, named as someone's employer too; not one who only comments ("前情報局長劉德安表示"),
 * unless a prosecutor or a judge of the case ("主任檢察官周懿君指出").
 */
function pickOfficeHolder(m: RegExpExecArray): PickedName | null {
  const at = m[0].lastIndexOf(m[1]!);
  const name = DOT.test(m[1]!) ? m[1]! : hanName(m[1]!, false, m.input.slice(m.index + at + m[1]!.length));
  if (!name) return null;
  if (COMMENTS.test(m.input.slice(m.index + at + name.length)) && !PROSECUTOR_OR_JUDGE_BEFORE.test(m[0].slice(0, at))) return null;
  const gloss = LATIN_GLOSS.exec(m.input.slice(m.index + at + name.length));
  return gloss ? { name, at, aliases: [gloss[1]!] } : { name, at };
}

/**
 * "联邦法官科根(Brian Cogan)", "，孙雯(Linda Sun)的": a name in characters glossed with a Western full name (a
 * Chinese name glossed in pinyin is read by syllables below). The characters are a transliteration, so they are
 * all the name: from the title or the punctuation before them to the gloss.
 */
function pickWesternGlossed(m: RegExpExecArray): PickedName | null {
  const [, written, latin] = m;
  const han = written!.replace(TITLE_INSIDE, '');
  const words = latin!.split(/\s+/);
  if ([...han].length < 2) return null;
  if (words.length < 2) return null;
  // A gloss in pinyin of as many syllables as there are characters is a Chinese name's: pickGlossedName reads it.
  const syllables = words.map((w) => pinyinSyllables(w.replace(/-/g, '')));
  if (syllables.every((n) => n > 0) && syllables.reduce((a, b) => a + b, 0) === [...han].length) return null;
  // "纽约邮报(New York Post)": an outlet, a body or a place is no one's name.
  if (words.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))) return null;
  return { name: han, at: m[0].lastIndexOf(han, m[0].length - latin!.length), aliases: [latin!] };
}

/**
 * "另类选择党的马克西米利安·克拉(Maximilian Krah)": a transliteration, its parts joined by a dot, and the Western name it
 * transliterates in brackets after it, of two words or more that are none of an outlet, a body or a place.
 */
function pickDottedGlossed(m: RegExpExecArray): PickedName | null {
  const [, written, latin] = m;
  const words = latin!.split(/\s+/);
  if (words.length < 2 || words.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))) return null;
  const name = written!.replace(TITLE_INSIDE, '');
  return DOT.test(name) ? { name, at: m[0].indexOf(name), aliases: [latin!] } : null;
}

/** A name the text around it has already ended ("王立新（男，", "名叫王大明的"), in group 1 of `m`. */
function pickEndedName(m: RegExpExecArray): PickedName | null {
  const name = DOT.test(m[1]!) ? m[1]! : hanName(m[1]!, true);
  return name ? { name, at: m[0].lastIndexOf(m[1]!) } : null;
}

/** "魏金超（Jinchao Wei，音譯）": as many characters before the gloss as the romanised name has syllables. */
function pickGlossedName(m: RegExpExecArray): PickedName | null {
  const [, han, latin, transliterated] = m;
  const parts = latin!.split(/\s+/).map((w) => w.replace(/\.$/, ''));
  const initials = parts.filter((w) => /^\p{Lu}$/u.test(w)).length;
  const syllables = parts.map((w) => (/^\p{Lu}$/u.test(w) ? 0 : pinyinSyllables(w.replace(/-/g, ''))));
  // A gloss that is not a Chinese name in pinyin (a place, "Maximilian Krah") gives no count of characters.
  if (syllables.some((n, i) => n === 0 && !/^\p{Lu}$/u.test(parts[i]!))) return null;
  const n = syllables.reduce((a, b) => a + b, 0);
  const chars = [...han!];
  if (n < 2 || n > 4 || n > chars.length || parts.length - initials < 1) return null;
  const name = chars.slice(-n).join('');
  // Without "音譯" (transliterated) the gloss must be a full name and the characters must start with a surname.
  if (!transliterated && (parts.length < 2 || !SURNAME_RE.test(name))) return null;
  return { name, at: m[0].indexOf(name, han!.length - name.length), aliases: [latin!] };
}

/** The first name of a list in characters, ended by what follows it (`source`: group 1 is the name), not a place or a body. */
function listOpening(source: string, followedBy?: RegExp): IntroPattern {
  return {
    re: new RegExp(bothScripts(source), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    accept: (m) => !PLACE_ORG_END.has([...m[1]!].at(-1)!),
    pick: pickEndedName,
    list: true,
    ...(followedBy ? { followedBy } : {}),
  };
}

export const HAN_NAME_PATTERNS: IntroPattern[] = [
  {
    // "第二被告ChiLeung Wai(音译:卫志良)上车离开", "第三被告Matthew Trickett则": a Western name after a title
    re: new RegExp(bothScripts(`${TITLES}(\\p{Lu}[\\p{Script=Latin}'’-]+(?: \\p{Lu}[\\p{Script=Latin}'’-]+){1,2})`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
  },
  {
    // "同案被告許乃權", "退役上校張超然，", "研究官向德恩,遭吸收": a title, then the name; "中尉人事官楊立慧", "少校參謀官
    // 楊立智": a rank and the post the officer holds (a word ending in 官, officer), then the name
    re: new RegExp(bothScripts(`${TITLES}(?:[${HAN}]{1,3}官)?(${TITLED_SURNAME}[${HAN}]{1,2}|${DOTTED})`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickHanName,
    list: true,
  },
  {
    // "雲林縣長張麗善時任立委時", "前立委陳淑慧的助理", "纽约州长安德鲁·科莫和现任州长凯西·霍楚尔工作": an office, then its holder
    // (a dotted name is tried first: 安 of 安德鲁·科莫 is also a surname)
    re: new RegExp(bothScripts(`${OFFICES}(${DOTTED}|${TITLED_SURNAME}[${HAN}]{1,2})`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickOfficeHolder,
    list: true,
  },
  {
    // "美国布鲁克林联邦法官科根(Brian Cogan)周一宣布,孙雯(Linda Sun)的贪污案件": a transliterated name and the
    // Western one, after a title or punctuation
    re: new RegExp(bothScripts(`(?:${OFFICES}|${TITLES}|^|[，,：:；;」”、])([${HAN}]{2,5})[（(]\\s*${NAME}\\s*[）)]`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickWesternGlossed,
  },
  {
    // "另类选择党的马克西米利安·克拉(Maximilian Krah)在声明中表示": a dotted transliteration glossed with the Western name
    // (from a character no transliteration uses: "德国内政部部长南希·费泽" is the office's, read after it)
    re: new RegExp(bothScripts(`(?<!${TRANSLITERATED})(${TRANSLITERATED}{1,6}[·‧・•]${TRANSLITERATED}{1,8})[（(]\\s*${NAME}\\s*[）)]`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickDottedGlossed,
  },
  // "其中，李易諴、陳惟仁聲押", "案情指出，陳惟仁、李易諴、林雍達3人涉嫌", "將陳惟仁、李易諴聲押", "對周立升、羅立、胡立坤等
  // 26人...判處": names listed with 、 and then counted or said what was done to them
  listOpening(`(?<=^|[，,：:；;」”将把对])(${SURNAME}[${HAN}]{1,2}?)(?=、${SURNAME})`, LISTED_END),
  // "孙玲与丈夫胡晓去年被捕", "，王立新和儿子王小军被起诉": a name before another the report names with it (the
  // list reads the other); at the start of a sentence, after punctuation or after a title, so a word ending in
  // a surname's character does not start it ("公司高层与同事").
  listOpening(`(?<=^|[^${HAN}]|${TITLES})(${SURNAME}[${HAN}]{1,2}?)(?=${PARTNER}${SURNAME})`),
  {
    // "主席屈宏義等7名退役軍人", "劉萬禮等3人": the first of a group the report counts
    re: new RegExp(bothScripts(`(?<!${SURNAME})(${SURNAME}[${HAN}]{1,2})等(?:\\d+|[一二三四五六七八九十两兩多数數]+)?[人名]`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickHanName,
  },
  {
    // "赵学军是一名航天领域的科研人员", "，趙學軍因間諜罪被判處", "欧阳明辉是某军工企业的技术人员",
    // "據報導，亞歷山大•馬因涉嫌...被捕", "、林雍達交保": the subject of a sentence about them
    re: new RegExp(
      bothScripts(
        `(?<=^|[，,：:；;」”、])(${SURNAME}[${HAN}]{1,2}?|${DOTTED})(?=是一名|是一位|为一名|是某|系某|原系|原为|因涉嫌|因[${HAN}]{1,6}罪|被判|遭判|涉嫌|被控|被起诉|遭起诉|被捕|${ACTS})`,
      ),
      'gu',
    ),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickHanName,
  },
  {
    // "被告人王立新（男，1975年出生）", "上官婉清，女，1988年出生": a name and the person's sex and birth or
    // age, as court papers give them
    re: new RegExp(bothScripts(`(${SURNAME}[${HAN}]{1,2})(?=[（(][男女][，,、]|[，,][男女][，,、])`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickEndedName,
  },
  {
    // "法院判处司马俊杰有期徒刑十年", "起诉了约翰·史密斯，", "逮捕了托马斯・R，", "判决孙杏国构成故意泄露国家秘密罪":
    // the one a court or the police acts on, ended by punctuation, a list, the sentence handed down or the crime found
    re: new RegExp(
      bothScripts(
        `${alternation(ZH_CASE_OBJECT_VERBS)}了?(${SURNAME}[${HAN}]{1,2}?|${dotted(`[^${HAN}]|$|[等及与和]|${SENTENCE_HANDED_DOWN}`)})(?=[，,。；;、等及与和]|${SENTENCE_HANDED_DOWN}|构成)`,
      ),
      'gu',
    ),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickEndedName,
    list: true,
  },
  {
    // "国家安全机关依法对黄志强采取刑事强制措施": the one the security organs take measures against
    re: new RegExp(bothScripts(`依法对(${SURNAME}[${HAN}]{1,2}?)(?=${alternation(ZH_MEASURES)})`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickEndedName,
  },
  {
    // "一名名叫王大明的男子", "名为约翰·史密斯的商人": a name the report says someone has
    re: new RegExp(bothScripts(`(?:名叫|名为|叫做)(${SURNAME}[${HAN}]{1,2}|${DOTTED})(?=[的，,。])`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickEndedName,
  },
  {
    // "美國前海軍士兵魏金超（Jinchao Wei，音譯）", "郭建（Jian Guo，音译）", "雅琪（Yaqi X，音譯）"
    re: new RegExp(bothScripts(`([${HAN}]{2,4})[（(]\\s*(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?)*)\\s*(?:[，,、]\\s*(音译|译音))?\\s*[）)]`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    pick: pickGlossedName,
  },
  {
    // "仅以Yaqi X.身分公开的中国籍女子": a given name and a surname's initial, as German courts name people
    re: /(?<![A-Za-z.])(\p{Lu}\p{Ll}+ \p{Lu})\.?(?=[\u4e00-\u9fff，,（(])/gu,
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
  },
];

// A further name of a list in characters: "、周自立", "與謝秉成涉嫌", "与丈夫胡晓去年", needing a separator, the end,
// a verb or a time word after it.
const HAN_LIST_ITEM = new RegExp(
  bothScripts(
    `^(?:[（(][^）)]{0,12}[）)])?(?:${PARTNER}|[、与和及])\\s*(${SURNAME}[${HAN}]{1,2})(?=[、，,。；;与和及等（(\\s」”\\d${ZH_NAME_ENDS}]|${TIME_WORDS}|${ACTS}|$)`,
  ),
  'u',
);

/** "同案被告許乃權、周自立、宋家祿...等人": the names listed after the first, each a surname and one or two characters. */
export function hanListAfter(sentence: string, from: number): ListedName[] {
  const out: ListedName[] = [];
  let end = from;
  for (let m = HAN_LIST_ITEM.exec(sentence.slice(end)); m; m = HAN_LIST_ITEM.exec(sentence.slice(end))) {
    const at = end + m[0].lastIndexOf(m[1]!);
    const rest = sentence.slice(at + m[1]!.length);
    const name = hanName(m[1]!, /^[、，,。；;]/.test(rest), rest);
    if (!name) break;
    end = at + name.length;
    out.push({ name, at, end });
  }
  return out;
}
