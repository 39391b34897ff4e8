/**
 * People, organisations and places as news prose introduces them.
 *
 * People: a capitalised word is not a name just because it is capitalised
 * (every sentence starts with one). A person counts only when the prose
 * introduces them: "named X", "surnamed X", "X (pseudonym)", "X, a former
 * employee of...", "X, who...", "X is a technician...". The weaker of those
 * patterns ("X, who", "X is a") also need X to look like a personal name: a
 * Chinese surname (optionally with a pinyin given name) or two or more
 * capitalised words that are not common words, organisations or places.
 */

import type { Paragraph } from '../../model/schema.ts';
import type { Mention, PersonMention } from '../../model/types.ts';
import { memoByPair, memoByText } from '../../util/collections.ts';
import { type Slugger, shortHash, slugify, slugifyName } from '../../util/slug.ts';
import { BIOGRAPHY } from '../../vocab/background.ts';
import { bothScripts, inBothScripts } from '../../vocab/han-variants.ts';
import {
  GENERATION_SUFFIXES,
  HONORIFICS,
  NAME_PARTICLES,
  PINYIN_GIVEN_COMMON_WORDS,
  ROMANISED_SURNAMES,
  ROMANISED_SYLLABLE,
  SURNAMES,
  ZH_COMPOUND_SURNAMES,
  ZH_FULL_NAME_SURNAMES,
  ZH_NAME_ENDS,
  ZH_NICKNAME_PREFIXES,
  ZH_NICKNAME_SUFFIXES,
  ZH_NOT_GIVEN_NAME_START,
  ZH_NOT_PERSON_AFTER,
  ZH_SURNAMES,
} from '../../vocab/names.ts';
import {
  LEAD_WORDS,
  LEADER_TITLES,
  NEWS_OUTLET_WORDS,
  ORG_ALIASES,
  ORG_HEADS,
  VESSEL_NOUNS,
  ZH_LAW_BODY_HEADS,
  ZH_LAW_BODY_LEVELS,
  ZH_LAW_BODY_PLACES,
  ZH_LAW_BODY_SHORT,
} from '../../vocab/organisations.ts';
import {
  AGENCY_MODIFIERS,
  AGENCY_NOUNS_AFTER_PLACE,
  LAW_HEADS,
  LOCATIVE_BEFORE,
  OFFICE_OR_MOVE_BEFORE_PLACE,
  PLACE_KIND_NOUNS,
  PLACE_LIST,
  REGION_ADJECTIVES,
  SEATS_OF_GOVERNMENT,
  STYLE_AFTER_PLACE,
  THING_LOCATED,
  ZH_PLACE_LIST,
  ZH_PROVINCES,
} from '../../vocab/places.ts';
import { alternation, escapeRe } from '../../vocab/regex.ts';
import {
  AGENCY_HEAD_TITLES,
  CASE_ACTIVE_VERBS,
  CASE_OBJECT_VERBS,
  CASE_PASSIVE_VERBS,
  CASE_ROLE_NOUN,
  COUNSEL_NOUNS,
  EMPLOYEE_NOUNS,
  LAW_OFFICIAL_TITLES,
  LEADER_OFFICE_TITLES,
  NATIONALITY_NOUNS,
  OFFICIAL_TITLES,
  PERSON_TITLE_NOUNS,
  PROPER_ADJECTIVES,
  RANK_ABBREVIATIONS,
  RANK_TITLES,
  RELATION_NOUNS,
  REPORTED_BY_VERBS,
  RESIDENT_NOUNS,
  ROLE_NOUN,
  ZH_CASE_TITLES,
} from '../../vocab/roles.ts';
import { NOT_PERSON_WORDS } from '../../vocab/stop-words.ts';
import { HAN_NAME_PATTERNS, hanListAfter, ZH_LAW_OFFICE_BEFORE, ZH_OFFICE_BEFORE } from './han-names.ts';
import type { IntroPattern, ListedName } from './intro-pattern.ts';
import { latinListAfter, longerName, NAME, otherNames, sharedSurname } from './name-lists.ts';
import { isPinyinSyllables, pinyinSyllables } from './pinyin.ts';
import { recurringNames } from './recurring-names.ts';
import { capitalise, sentences } from './sentences.ts';

export { pinyinSyllables };

// Capitalised words that start sentences or name things, never people on their own (src/vocab/stop-words.ts).
const isCommonWord = (word: string) => NOT_PERSON_WORDS.has(word.toLowerCase());

export interface PersonIntro {
  name: string;
  /** Offset of the name in the paragraph text. */
  index: number;
  /** What the prose says the person is ("retired soldier", "former employee of a classified unit"), if it says. */
  descriptor: string | null;
  /** The sentence that introduces the person. */
  sentence: string;
  /** Offset of that sentence in the paragraph text. */
  sentenceStart: number;
  strength: 'strong' | 'weak';
  /** Other names the introduction gives: "Patrick Wei" of "Jinchao Wei, also known as Patrick Wei", "陳惟仁" of "Chen Wei-jen (陳惟仁)". */
  aliases?: string[];
}

const ORG_HEAD_WORD =
  /^(?:Ministry|Department|Bureau|Administration|Commission|Agency|Office|Institutes?|University|Academy|Corporation|Company|Group|Court|Procuratorate|Customs|Navy|Army|Police|Council|Committee|Service|Telecom|Bank|Association|Federation|Party|Force|Times|Daily|News|Post)$/;

const ROMANISED_ONLY = new Set(ROMANISED_SURNAMES);
const NATIONALITY_WORDS = new Set<string>([...NATIONALITY_NOUNS, ...PROPER_ADJECTIVES]);
const PARTICLE_WORDS = new Set(NAME_PARTICLES);
const INITIAL = /^\p{Lu}\.?$/u;
const REGION_WORDS = new Set<string>(REGION_ADJECTIVES);
// A nickname inside a name: Chi Leung “Peter” Wai.
const NICKNAME = /\s*["“][^"”]+["”]/g;

/** The words of a name without its quoted nickname: "Chi Leung “Peter” Wai" -> Chi, Leung, Wai. */
function nameTokens(name: string): string[] {
  return name.replace(NICKNAME, '').split(/[ ]+/);
}

/** A Chinese given name: pinyin ("Xiaolei", "Jie-zhen") or Taiwan's and Hong Kong's hyphenated syllables ("Wei-jen", "Chung-biu"). */
function isChineseGivenName(token: string): boolean {
  if (isPinyinSyllables(token.replace(/-/g, ''))) return true;
  const parts = token.split('-');
  return parts.length === 2 && parts.every((p) => ROMANISED_SYLLABLE.test(p));
}

/** `raw` as a person's name, or null when it is a common word, an organisation or a place. */
export function personName(raw: string, strength: 'strong' | 'weak'): string | null {
  const name = raw.replace(/['’]s$/, '').trim();
  // "Briton Matthew Trickett": the nationality before a full name is not part of it.
  const national = /^(\p{Lu}\p{Ll}+) (\S+ \S.*)$/u.exec(name);
  if (national && NATIONALITY_WORDS.has(national[1]!)) return personName(national[2]!, strength);
  // "named as Jian G. Prosecutors said...": an initial ends the name when a common word follows it.
  const runOn = /^(\S+ \p{Lu}\.) (.+)$/u.exec(name);
  if (runOn && nameTokens(runOn[2]!).some(isCommonWord)) return personName(runOn[1]!, strength);
  // "Ludwig van der Berg" is a name of two words and its particles.
  const tokens = nameTokens(name).filter((t) => !PARTICLE_WORDS.has(t));
  // A surname with a given name in pinyin is a name even when the surname alone is a common word: "He Jiezhen", "Kong Danyong".
  if (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    SURNAMES.has(tokens[0]!) &&
    tokens.slice(1).every((t) => (pinyinSyllables(t.replace(/-/g, '')) >= 1 || isChineseGivenName(t)) && (!isCommonWord(t) || PINYIN_GIVEN_COMMON_WORDS.has(t)))
  ) {
    return PLACE_NAMES.has(name.toLowerCase()) ? null : name;
  }
  // "a man surnamed He": a surname said to be one, though the word is common.
  if (strength === 'strong' && tokens.length === 1 && SURNAMES.has(name)) return name;
  if (tokens.some((t) => isCommonWord(t) || ORG_HEAD_WORD.test(t) || REGION_WORDS.has(t))) return null;
  // Four words are a Hong Kong name only: a Chinese given name of two syllables, an English name, the surname.
  if (tokens.length > 4 || (tokens.length === 4 && !tokens.slice(0, 2).every((t) => ROMANISED_SYLLABLE.test(t)))) return null;
  if (PLACE_NAMES.has(name.toLowerCase())) return null;
  // "He" and "Long" alone are a pronoun and an adjective; "He Jiezhen" is a name.
  if ((tokens[0] === 'He' || tokens[0] === 'Long') && tokens.length === 1) return null;
  if (strength === 'strong') return name;
  // A pinyin surname before a word that is no given name is no name ("Song Dynasty"); "Lee" may be a given name ("Lee Harvey").
  if (SURNAMES.has(tokens[0]!) && !ROMANISED_ONLY.has(tokens[0]!)) {
    if (tokens.length === 1) return name;
    return tokens.slice(1).every((t) => isChineseGivenName(t) || INITIAL.test(t)) ? name : null;
  }
  if (tokens.length === 1 && ROMANISED_ONLY.has(name)) return name;
  return tokens.length >= 2 ? name : null;
}

function descriptorOf(phrase: string | undefined): string | null {
  if (!phrase) return null;
  const d = phrase
    .replace(/^(?:a|an|the|one)\s+/i, '')
    .replace(/[\s,]+$/, '')
    .trim();
  return d && d.split(/\s+/).length <= 14 ? d : null;
}

// An opening phrase a sentence may have before its subject: "In another case, ", "Case 2: ", "Meanwhile, ", or a
// wire report's dateline, its place in capitals and the agency ("TAIPEI (Taiwan News) — ", "MANILA – ").
const DATELINE = '(?:\\p{Lu}{2,}(?:[ ,]+\\p{Lu}[\\p{L}.]*){0,2}(?:\\s*\\([^()]{1,30}\\))?\\s*[—–-]+\\s+)?';
const OPENER = `${DATELINE}(?:["“‘]?)(?:(?:(?:In|During|Meanwhile|Similarly|Separately|Earlier|Later|Also|Then|Last|Since|Case|Example|According)\\b[^,:.]{0,40}[,:]\\s+)?)`;

// Words a descriptor ("a retired soldier named...") does not run through: "the ministry said a man surnamed Liu" describes a man.
const NOT_IN_DESCRIPTOR = 'is|was|were|are|has|had|who|which|that|a|an|the|one|said|says|told|involved|involving|involves';

// A name's form in characters in brackets after it: "Kao An-kuo (高安國)".
const GLOSS_IN_BRACKETS = '\\s*[（(][\\u4e00-\\u9fff]{2,4}[）)]';

// "The other, Wenheng Zhao, was sentenced": the other of two the report has just counted; "her attorney, Jarrod
// Doe, wrote", "His partner, Liu Mei-ling, received": someone's counsel or relation.
const APPOSED_ROLE_RE = new RegExp(
  `^(?:protagonist|character|hero|heroine|other|${ROLE_NOUN}|${CASE_ROLE_NOUN}|${alternation(COUNSEL_NOUNS)}|${alternation(RELATION_NOUNS)})$`,
  'iu',
);

// What sets a name off after the noun it names: a comma, or a dash ("the two suspects – Herwig F. and Ina F. – ran").
const APPOSITION_MARK = '(?:,|\\s+[–—])\\s+';

/** A title in lower case, capitalised and in title case: "director general", "Director general", "Director General". */
const allCases = (titles: readonly string[]) =>
  titles.flatMap((t) => [t, capitalise(t), t.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())]);
// An office before its holder's name, an abbreviation with its full stop or without: "Judge", "Gov.", "Assistant U.S.
// Attorney"; an ambassador's posting between ("Ambassador to China Kenji Kanasugi").
// "Attorney General Jane Roe", "Inspector General Mark Reid": English puts "general" after the office it heads.
const GENERAL_AFTER = '(?:\\s+[Gg]eneral)?';
// ...with what the office is of or for: "Ambassador to China", "Assistant Attorney General for National Security" (a
// second word only where a name of two words still follows: "Ambassador to China Kenji Sato").
const officialTitle = (titles: readonly string[], nameAfter: string) =>
  `${alternation(allCases(titles))}\\.?${GENERAL_AFTER}(?:\\s+(?:to|of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+${nameAfter})?)?`;
const OFFICIAL_TITLE = officialTitle(OFFICIAL_TITLES, `(?=\\s+\\p{Lu}[\\p{L}.'’-]*\\s+\\p{Lu})`);
// (Read on the words before a name: what follows the title is the name.)
const OFFICIAL_BEFORE = new RegExp(`(?<![\\p{L}])${officialTitle(OFFICIAL_TITLES, '')}\\s+$`, 'u');
// "Adam Gordon, the U.S. attorney for the Southern District", "Kenji Kanasugi, the Japanese ambassador to China".
const OFFICIAL_AFTER = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?${alternation(allCases(OFFICIAL_TITLES))}\\b`, 'u');
// ...an office of the law, or of those who speak for it: "prosecutor Jane Roe", "Adam Gordon, the U.S. attorney".
const LAW_BEFORE = new RegExp(`(?<![\\p{L}])${officialTitle(LAW_OFFICIAL_TITLES, '')}\\s+$`, 'u');
const LAW_AFTER = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?${alternation(allCases(LAW_OFFICIAL_TITLES))}\\b`, 'u');
// The head of an agency named by its initials: "NBI Director Jaime Roe" (an agency's initials are capitals only).
// ...with a rank the holder also bears: "AFP Chief Gen. Jose Roe".
const AGENCY_HEAD = `(?<![\\p{L}])\\p{Lu}{2,6}\\s+${alternation(allCases(AGENCY_HEAD_TITLES))}(?:\\s+${alternation(RANK_ABBREVIATIONS)})?`;
const AGENCY_HEAD_BEFORE = new RegExp(`${AGENCY_HEAD}\\s+$`, 'u');
// Someone's counsel: "her attorney, Jarrod Doe", "Sun's lawyer, Mark Roe", "defence lawyer Ann Lee", "Ann Lee, her lawyer".
const COUNSEL = `${alternation(allCases(COUNSEL_NOUNS))}s?`;
const COUNSEL_BEFORE = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\\p{Lu}[\\p{L}'’-]*['’]s|[Dd]efen[cs]e)\\s+${COUNSEL},?\\s+$`, 'u');
const COUNSEL_AFTER = new RegExp(`^,\\s+(?:his|her|their|the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${COUNSEL}\\b`, 'u');

// What a subject of a case sentence does or has done to them: "...and Lin Yung-ta (林雍達) were all found to", "Jian G. also passed".
const ADVERBS = '(?:(?:all|both|also|allegedly|later|then|subsequently|previously|reportedly|each|jointly|now|since)\\s+)*';
// ...in the past perfect too, as reported speech has it: "said Zhou Tao had sold".
const CASE_PREDICATE = new RegExp(
  `^(?:\\s*[（(][^）)]{1,20}[）)])?(?:,\\s+\\d{1,3},)?\\s+${ADVERBS}(?:(?:is|was|were|are|(?:has|have|had) been|will be)\\s+${ADVERBS}${alternation(CASE_PASSIVE_VERBS)}|(?:(?:has|have|had)\\s+${ADVERBS})?${alternation(CASE_ACTIVE_VERBS)})\\b`,
  'u',
);
// The patterns' cheap parts, for IntroPattern.needs: the apposition of an office (anywhere in the sentence), the
// words before names a report lists by surname.
// "the Center of Excellence in Transportation Electrification, known as Cetees": a proper name joined by "of" or "in"
// names a body, a place or a thing (a person's name takes no such words), and what it is known as is its short name.
const THING_NAMED_BEFORE = /\p{Lu}[\p{L}'’-]*\s+(?:of|in|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*,\s*$/u;
const OFFICIAL_AFTER_ANYWHERE = new RegExp(OFFICIAL_AFTER.source.slice(1), 'u');
const THEIR_NAMES = /\btheir (?:sur|family |last )?names/u;

// A title of an ordinary person between a verb and a name: "convicted Chinese national Ji Chaogun", "sentenced former U.S. Navy sailor Jinchao Wei".
// At the start of a sentence the title is capitalised ("Former aide Linda Sun", "Businessman Tang Yong"); a rank is
// capitalised anywhere ("Retired Lieutenant General Kao An-kuo"); several people share a plural ("The defendants Yang
// Xiaoming and Zhu Jianguo").
const TITLE_NOUNS = PERSON_TITLE_NOUNS.flatMap((n) => [n, `${n}s`]);
const PERSON_TITLE = `(?:(?:[Ff]ormer|[Rr]etired)\\s+|(?:[Ee]x|[Tt]hen)-)?(?:(?:\\p{Lu}[\\p{L}.'’-]*|\\p{Ll}[\\p{Ll}-]*)\\s+){0,3}?(?:${alternation([...TITLE_NOUNS, ...TITLE_NOUNS.map(capitalise)])}|${alternation(RANK_TITLES)}|${alternation(RANK_ABBREVIATIONS)})`;

// "浙江某海岛": a province ending in a surname's character before 某 (a certain island in Zhejiang).
const PROVINCE_ENDS_HERE = new RegExp(`${bothScripts(alternation(ZH_PROVINCES))}$`, 'u');
// Court papers keep a given character after 某: "被告人马某强、廖某芳". It is read where punctuation, a list or a count
// ends the name right after it; a character that ends a name, a numeral or a thing after 某 is not one ("李某称", "李某一案").
const MOU_GIVEN = `(?![${ZH_NAME_ENDS}${ZH_NOT_PERSON_AFTER}${ZH_NOT_GIVEN_NAME_START}一二三四五六七八九十两])[\\u4e00-\\u9fff](?=[、，,。；;：:（(\\s等及]|$)`;

export const INTRO_PATTERNS: IntroPattern[] = [
  {
    // "某高校学生李某", "王某某", "欧阳某", "蒙某勇、" (a less common surname with its given character); 方 and 任 are
    // surnames, but not in 对方某 (the other side) or 担任某职 (holding a post)
    re: new RegExp(
      bothScripts(
        `((?:${alternation(ZH_COMPOUND_SURNAMES)}|[${ZH_SURNAMES}]|(?<![对双一警校院官买卖外我敌多各])方|(?<![担出兼现曾历继主就连留聘委信放责专前时])任)某(?:某|${MOU_GIVEN})?|[${ZH_FULL_NAME_SURNAMES}]某${MOU_GIVEN})(?![${ZH_NOT_PERSON_AFTER}])`,
      ),
      'gu',
    ),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
    accept: (m) => !PROVINCE_ENDS_HERE.test(m.input.slice(Math.max(0, m.index - 2), m.index + 1)),
  },
  {
    // 自称“Lily”的女子, 一名自称“猎头顾问”的“Kevin”, 的女子“林薇”, 境外间谍“飞哥”: the name a handler goes by, in a
    // Chinese report (a full name, a Western name, or a nickname: a character and a form of address)
    re: new RegExp(
      bothScripts(
        `(?:自称|名为|名叫|化名|网名|昵称|英文名|叫|的|女子|男子|间谍)[「“"‘]([A-Z][a-z]+(?: [A-Z][a-z]*)?|[${ZH_SURNAMES}][\\u4e00-\\u9fff]{1,2}|[${ZH_NICKNAME_PREFIXES}][\\u4e00-\\u9fff]|[\\u4e00-\\u9fff][${ZH_NICKNAME_SUFFIXES}])[」”"’]`,
      ),
      'gu',
    ),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
  },
  {
    // 自称猎头顾问的“安娜”: the name someone calling themselves something goes by, a foreign name in characters too
    re: new RegExp(bothScripts(`自称[^，。；“”「」]{1,10}的[「“]([\\u4e00-\\u9fff]{2,3}|[A-Z][a-z]+)[」”]`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
  },
  {
    // 「阿杰」, “小陈”, 小陈在网络游戏中, 外籍商人“老K”: a nickname ("Little Chen", "Brother Jie", "Old K")
    re: new RegExp(bothScripts(`[「“"]((?:阿|小|老)[\\u4e00-\\u9fffA-Z])[」”"]`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
  },
  {
    // ...but not the end of a full name: 小江 of 鎮小江, 小龍 of 李小龍.
    re: new RegExp(bothScripts(`(?<![${ZH_FULL_NAME_SURNAMES}])((?:小|老)[${ZH_SURNAMES}])(?![时候学区组])`), 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
  },
  {
    // Taiwanese reports: "黃姓男子", "鄭姓士官" (a sergeant surnamed Zheng), "劉姓同居人" (a partner surnamed Liu),
    // "黃男" (the man Huang), "李女士", "劉姓前空軍中校" (a former air force lieutenant colonel surnamed Liu: the
    // service and the rank, up to the title)
    re: new RegExp(
      bothScripts(
        `([${ZH_SURNAMES}](?:姓(?:(?:前|退役|现役)[\\u4e00-\\u9fff]{0,3}?${alternation(ZH_CASE_TITLES)}|男子|女子|[\\u4e00-\\u9fff]{2}[人员]?)|(?:先生|女士|小姐)|[男女](?![子人性士生孩朋友装裝])))`,
      ),
      'gu',
    ),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
  },
  {
    // "Marcus Whitcombe, 52, of Sugar Land, owned...", "Xiaodong Meng, 42, a Chinese national with Canadian
    // citizenship, was indicted": name and age, then home or description, as court papers and news give them
    re: new RegExp(`${NAME},\\s+\\d{2},\\s+(?:of|from|an?)\\s`, 'gu'),
    needs: /,\s+\d{2},\s+(?:of|from|an?)\s/u,
    name: 1,
    strength: 'strong',
    sentenceStart: false,
  },
  {
    // "小李（化名）": a pseudonym the report gives
    re: /((?:小|老)?[\u4e00-\u9fff]{1,2})[（(]化名[）)]/gu,
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    han: true,
  },
  {
    // "A retired soldier named Xiao Jun", "a man surnamed Ma", "identified as Jason", "whose full name is Ma Xiaolei"
    // ("so-called" sets a term apart, never a name: "applied to so-called “Talent Plans”")
    re: new RegExp(
      `(?:\\b(?:[Aa]n?|[Oo]ne|[Tt]he)\\s+((?:(?!(?:${NOT_IN_DESCRIPTOR})\\s)[\\p{Ll}-]+\\s+){0,4}?(?:(?!(?:${NOT_IN_DESCRIPTOR})\\s)[\\p{Ll}-]+,?\\s+)?))?\\b(?:named(?:(?: them| him| her| the (?:[\\p{Ll}-]+ )?(?:men|women|man|woman|pair|trio|couple|suspects?|defendants?|accused))? (?:only )?as)?|surnamed|(?<!so-)called|dubbed|alias|(?:identified|known)(?: to (?:him|her|them)| (?:him|her|them|the (?:[\\p{Ll}-]+ )?(?:men|women|man|woman|pair|suspects?|defendants?|accused)))? (?:only )?as|(?:messaged|addressed|knew) (?:him|her|them) (?:only )?as|knew only as|referred to as|call(?:ing|ed|s) (?:him|her|them)sel(?:f|ves)|introduc(?:ing|ed|es) (?:him|her)self as|going by(?: the name)?|went by(?: the name)?|(?:using|used|under|with|by) the (?:[\\p{L}-]+ )?(?:alias|name|pseudonym|nickname|handle)|whose (?:full |real )?name is|by the name of|under the pseudonym|(?:identified |known )?(?:only )?(?:by|as) (?:his|her|the) (?:sur|family |last )?name,?|(?:with|given) the (?:sur|family )?name)\\s+(?:(?:married )?couple |pair |trio )?["“]?${NAME}`,
      'gu',
    ),
    // A word each way of giving a name holds: the expression above is tried at every word, and few sentences give one.
    needs: /name|call|dubbed|alias|identified|known|messaged|addressed|knew|referred|introduc|going by|went by|pseudonym|handle/u,
    name: 2,
    desc: 1,
    strength: 'strong',
    sentenceStart: false,
    list: true,
    accept: (m) => !THING_NAMED_BEFORE.test(m.input.slice(Math.max(0, m.index - 160), m.index)),
  },
  {
    // "prosecutors arrested Linda Sun, former aide to...", "The jury convicted Chinese national Ji Chaogun, 31,":
    // the one a court or the police acts on
    re: new RegExp(
      `\\b${alternation(CASE_OBJECT_VERBS)}\\s+(?:${PERSON_TITLE}\\s+)?${NAME}(?=[,;.]|\\s+(?:on|in|to|for|with|of|after|and|last|this|at|over)\\b|$)`,
      'gu',
    ),
    name: 1,
    strength: 'weak',
    sentenceStart: false,
    list: true,
  },
  {
    // "another man, 60-year-old Thomas R., on trial": an age before a name, as court reports give it
    re: new RegExp(`\\b\\d{1,3}-year-old\\s+(?:${PERSON_TITLE}\\s+)?${NAME}`, 'gu'),
    name: 1,
    strength: 'weak',
    sentenceStart: false,
  },
  {
    // "San Jose resident Jane Doe, 59, pleaded guilty", "Co-defendant, California resident John Roe, received...": the
    // place someone lives in and the word for it, before the name (the place capitalised: never "the resident Roe")
    re: new RegExp(
      `(?<![\\p{L}])(?!(?:The|A|An|This|That|Every|Each)\\s)\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}\\s+${alternation(RESIDENT_NOUNS)}\\s+${NAME}`,
      'gu',
    ),
    needs: new RegExp(`\\s${alternation(RESIDENT_NOUNS)}\\s+\\p{Lu}`, 'u'),
    name: 1,
    strength: 'weak',
    sentenceStart: false,
    list: true,
  },
  {
    // "Among the accused are Chung Biu Yuen, a 63-year-old office manager..., Chi Leung Wai, ... and Matthew Trickett"
    re: new RegExp(
      `\\b(?:[Aa]mong (?:the|them|those)(?:\\s+[\\p{Ll}-]+){0,2}\\s+(?:are|were|was|is)|[Tt]he (?:accused|defendants|suspects)(?:\\s+[\\p{Ll}-]+)?,?\\s+(?:are|were)|[Tt]hose (?:${alternation(CASE_PASSIVE_VERBS)})\\s+(?:include|included|are|were))\\s+${NAME}`,
      'gu',
    ),
    needs: /\b(?:[Aa]mong |[Tt]he (?:accused|defendants|suspects)|[Tt]hose )/u,
    name: 1,
    strength: 'weak',
    sentenceStart: false,
    list: true,
  },
  {
    // "Prosecutors said Peter O'Neill passed the documents", "The ministry said Zhou Tao had sold classified
    // documents": the subject of what a source says of the case
    re: new RegExp(`\\b${alternation(REPORTED_BY_VERBS)}\\s+(?:that\\s+)?(?:(?:the|a|an)\\s+)?(?:${PERSON_TITLE}\\s+)?${NAME}`, 'gu'),
    needs: new RegExp(`\\b${alternation(REPORTED_BY_VERBS)}\\s`, 'u'),
    name: 1,
    strength: 'weak',
    sentenceStart: false,
    list: true,
    followedBy: CASE_PREDICATE,
  },
  {
    // "Chen Wei-jen (陳惟仁), Lee Yi-hsien (李易諴) and Lin Yung-ta (林雍達) were all found to have...",
    // "Thomas R. is accused of...", "Former U.S. Navy sailor Jinchao Wei was sentenced...": the subject (or
    // subjects) of a sentence of the case
    re: new RegExp(`^${OPENER}(?:(?:A|An|The)\\s+)?(?:${PERSON_TITLE}\\s+)?${NAME}`, 'u'),
    name: 1,
    strength: 'weak',
    sentenceStart: true,
    list: true,
    followedBy: CASE_PREDICATE,
  },
  {
    // "the informant, He, was a college student": a surname that is also a common word, set off as the name of a
    // role (the pattern below takes every other surname so). The role word is read before the match: cheaper.
    re: /,\s+(He|Long),\s/gu,
    name: 1,
    strength: 'strong',
    sentenceStart: false,
    accept: (m) => APPOSED_ROLE_RE.test(/([\p{Ll}-]+)$/u.exec(m.input.slice(0, m.index))?.[1] ?? ''),
  },
  {
    // "Its protagonist, Xu Ming, is...", "the engineer, Wang Lei, had...": found by the commas around the
    // name, then the word before them checked (the list of roles as an expression tried at every word was slow).
    // "...along with two other individuals, Peter Wai Chi-leung and Matthew Trickett, have been charged": several.
    // "The retired officer, Kao An-kuo (高安國), was among six people indicted": the name glossed in characters.
    // "used the other two suspects – Herwig F. and Ina F., operators of a company – to...": set off by dashes.
    re: new RegExp(`([\\p{Ll}-]+)${APPOSITION_MARK}${NAME}(?=(?:${GLOSS_IN_BRACKETS})?(?:,|\\s+and\\s|\\s+[–—]))`, 'gu'),
    needs: /[\p{Ll}-](?:,|\s+[–—])\s+\p{Lu}/u,
    name: 2,
    strength: 'weak',
    sentenceStart: false,
    accept: (m) => APPOSED_ROLE_RE.test(m[1]!),
    list: true,
    followedBy: new RegExp(`^(?:${GLOSS_IN_BRACKETS})?(?:,|\\s+[–—])`, 'u'),
  },
  {
    // "identified the two men only by their surnames, Feng and Luo": the first, then the second
    re: new RegExp(`\\btheir (?:sur|family |last )?names,?\\s+${NAME}(?:,\\s+\\p{Lu}[\\p{Ll}'’-]+)*,?\\s+and\\s+`, 'gu'),
    needs: THEIR_NAMES,
    name: 1,
    strength: 'strong',
    sentenceStart: false,
  },
  {
    re: new RegExp(`\\btheir (?:sur|family |last )?names,?\\s+\\p{Lu}[\\p{Ll}'’-]+(?:,\\s+\\p{Lu}[\\p{Ll}'’-]+)*,?\\s+and\\s+${NAME}`, 'gu'),
    needs: THEIR_NAMES,
    name: 1,
    strength: 'strong',
    sentenceStart: false,
  },
  {
    // "Judge Brian Doyle", "Assistant U.S. Attorney Jane Roe told the jurors", "Democratic Govs. Ann Doe and Mark Roe",
    // "Japanese Ambassador to China Kenji Sato": an official of the case, by the office before the name. Of two
    // offices in a row ("Magistrate Judge Jane Hale") the name follows the second.
    re: new RegExp(`(?<![\\p{L}])${OFFICIAL_TITLE}\\s+(?!${OFFICIAL_TITLE}\\s)${NAME}`, 'gu'),
    name: 1,
    strength: 'weak',
    sentenceStart: false,
    list: true,
  },
  {
    // "announced by NBI Director Jaime Roe and...", "“...,” FBI director Jane Roe said": an agency's head, by its initials
    re: new RegExp(`${AGENCY_HEAD}\\s+${NAME}`, 'gu'),
    needs: new RegExp(`\\b${alternation(allCases(AGENCY_HEAD_TITLES))}\\s`, 'u'),
    name: 1,
    strength: 'weak',
    sentenceStart: false,
  },
  {
    // "said Adam Gordon, the U.S. attorney for the Southern District", "Kenji Sato, the Japanese ambassador to China"
    re: new RegExp(`${NAME}(?=${OFFICIAL_AFTER.source.slice(1)})`, 'gu'),
    needs: OFFICIAL_AFTER_ANYWHERE,
    name: 1,
    strength: 'weak',
    sentenceStart: false,
  },
  {
    // "Taiwan indicted former army Maj. Gen. Kao An-kuo and five others", "for Maj. Gen. Kao An-kuo, 5 others": a rank
    // abbreviated with its full stop is a title wherever it stands
    re: new RegExp(`(?<![\\p{L}.])${alternation(RANK_ABBREVIATIONS)}\\s+${NAME}`, 'gu'),
    name: 1,
    strength: 'weak',
    sentenceStart: false,
    list: true,
  },
  {
    // "to coerce his wife Zhou into doing the same", "to defect along with his wife, Zhou.": a relation of someone
    // (set off by commas, the name needs its closing one: "her husband, David Lo said" is no apposition)
    re: new RegExp(`\\b(?:his|her|their)\\s+(?:alleged\\s+)?${alternation(RELATION_NOUNS)}(,?)\\s+${NAME}`, 'gu'),
    name: 2,
    strength: 'weak',
    sentenceStart: false,
    accept: (m) => !m[1] || /^(?:[,.;]|$)/.test(m.input.slice(m.index + m[0].length)),
  },
  {
    // "Xiao Jun (pseudonym)", "Li (alias)"
    re: new RegExp(`${NAME}\\s*\\((?:a\\s+)?(?:pseudonym|alias|not (?:his|her|their) real name|name changed)\\)`, 'gu'),
    needs: /\((?:a\s+)?(?:pseudonym|alias|not (?:his|her|their) real name|name changed)\)/u,
    name: 1,
    strength: 'strong',
    sentenceStart: false,
  },
  {
    re: new RegExp(`\\b(?:Mr|Ms|Mrs|Dr|Prof|Professor)\\.?\\s+${NAME}`, 'gu'),
    name: 1,
    strength: 'strong',
    sentenceStart: false,
  },
  {
    // "Zhong, a former employee of a classified unit, ..."
    re: new RegExp(`^${OPENER}${NAME},\\s+((?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,7}?${ROLE_NOUN}\\b[^,.;]*)`, 'u'),
    needs: /,\s+(?:a|an|the)\s/u,
    name: 1,
    desc: 2,
    strength: 'weak',
    sentenceStart: true,
  },
  {
    // "Chen Jingzhen, an agronomist at a seed company in Hefei, answered...": a full name in apposition
    // to any description (a surname alone needs one of the roles above). The subject of a clause that says what a
    // source holds is one too ("Prosecutors indicated that Ting Hsiao-hu, a Chinese national with..., made"), and
    // the name may carry its characters and a hyphened given name ("Chen Chun-an (陳俊安), a man who holds...").
    re: new RegExp(
      `^${OPENER}(?:[^,;:"“”]{1,80}?\\sthat\\s+)?(\\p{Lu}[\\p{Ll}'’-]+(?:[ -]\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Ll}+)?){1,2})(?:${GLOSS_IN_BRACKETS})?,\\s+((?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+(?:\\s+(?:at|in|of|for|from|with|who)\\s[^,.;]*)?),`,
      'u',
    ),
    needs: /,\s+(?:a|an)\s/u,
    name: 1,
    desc: 2,
    strength: 'weak',
    sentenceStart: true,
  },
  {
    // "...utilizing assistance from Yaqi X., a logistics coordinator at the airport": someone named inside a
    // sentence about another, with what they are, as one who helped (not "spoke with Arthur Ling, a former
    // researcher", an expert the report asks).
    re: new RegExp(`\\b(?:from|by|and|including)\\s${NAME},\\s+((?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?${ROLE_NOUN}\\b[^,.;]*)`, 'gu'),
    name: 1,
    desc: 2,
    strength: 'weak',
    sentenceStart: false,
    accept: (m) => !EXPERT_NOUN.test(m[2]!),
  },
  {
    // A drama's synopsis: "the series follows Zhou Ming, a logistics clerk at a graphite plant"
    re: new RegExp(`\\b(?:follows|features|stars|centres on|centers on|tells the story of)\\s+${NAME},\\s+(?:a|an)\\s`, 'gu'),
    name: 1,
    strength: 'weak',
    sentenceStart: false,
  },
  {
    // "The second case involved Qi, who had copied..."
    re: new RegExp(`\\b(?:involv(?:ed|es|ing)|concern(?:ed|s|ing))\\s+${NAME},\\s+(?:who|whose|an?\\s)`, 'gu'),
    name: 1,
    strength: 'weak',
    sentenceStart: false,
  },
  {
    // "Liu, who lives near...", "Ma, whose full name is..."
    re: new RegExp(`^${OPENER}${NAME},\\s+(?:who|whose|whom)\\b`, 'u'),
    needs: /,\s+(?:who|whose|whom)\b/u,
    name: 1,
    strength: 'weak',
    sentenceStart: true,
  },
  {
    // "Wang is a technician in a military-industrial enterprise.", "Peng is a naturalized U.S. citizen from China"
    re: new RegExp(`^${OPENER}${NAME}\\s+(?:is|was)\\s+((?:a|an)\\s+(?:[\\p{L}.-]+\\s+){0,5}?${ROLE_NOUN}\\b[^,.;]*)`, 'u'),
    needs: /\s(?:is|was)\s+(?:a|an)\s/u,
    name: 1,
    desc: 2,
    strength: 'weak',
    sentenceStart: true,
  },
  ...HAN_NAME_PATTERNS,
];

// The same expressions with the global flag, compiled once (they were compiled per sentence).
const INTRO_GLOBAL = INTRO_PATTERNS.map((pattern) => new RegExp(pattern.re.source, pattern.re.flags.replace('g', '') + 'g'));

/**
 * Every person the paragraph introduces, in order of appearance. Asked for
 * several times per paragraph (splitting, then reading each case): computed once per text.
 */
export const findPersonIntros: (text: string) => PersonIntro[] = memoByText((text) => personIntros(text));

function personIntros(text: string): PersonIntro[] {
  const found: PersonIntro[] = [];
  const han = HAN_RE.test(text);
  for (const sentence of sentences(text)) {
    const add = (intro: Omit<PersonIntro, 'sentence' | 'sentenceStart'>) => {
      const known = found.find((f) => f.index === intro.index);
      // Read twice (after a title, before its gloss): the second reading may add the romanised name.
      if (known) {
        if (known.name === intro.name && intro.aliases) known.aliases = [...new Set([...(known.aliases ?? []), ...intro.aliases])];
        return;
      }
      found.push({ ...intro, sentence: sentence.text, sentenceStart: sentence.start });
    };
    for (let k = 0; k < INTRO_PATTERNS.length; k++) {
      const pattern = INTRO_PATTERNS[k]!;
      if (pattern.han && !han) continue;
      if (pattern.needs && !pattern.needs.test(sentence.text)) continue;
      const re = INTRO_GLOBAL[k]!;
      re.lastIndex = 0;
      for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
        const read = readMatch(pattern, m, sentence.text);
        if (!read) continue;
        const { first, listed } = read;
        const descriptor = descriptorOf(pattern.desc ? m[pattern.desc] : undefined);
        for (const [i, item] of [first, ...listed].entries()) {
          add({ name: item.name, index: sentence.start + item.at, descriptor: i === 0 ? descriptor : null, strength: pattern.strength, ...aliasesOf(item) });
        }
        if (pattern.sentenceStart) break;
      }
    }
  }
  return withoutNested(found.sort((a, b) => a.index - b.index));
}

const LIST_GOES_ON = /^(?:\s*[（(]|,|\s+and\s|、)/u;

const aliasesOf = (item: ListedName) => (item.aliases?.length ? { aliases: item.aliases } : {});

/** The name a match of `pattern` gives (offset in the sentence) and the names listed after it, or null if none. */
function readMatch(pattern: IntroPattern, m: RegExpExecArray, sentence: string): { first: ListedName; listed: ListedName[] } | null {
  const group = m[pattern.name];
  if (!group || (pattern.accept && !pattern.accept(m))) return null;
  const read = pattern.pick ? pattern.pick(m) : { name: group, at: m[0].indexOf(group) };
  if (!read) return null;
  const picked = pattern.han ? read : { ...read, name: longerName(read.name, sentence.slice(m.index + read.at + read.name.length)) };
  // Most sentences start with a capitalised word: only one followed by what the pattern needs (or a list) is read on.
  const after = sentence.slice(m.index + picked.at + picked.name.length);
  if (pattern.followedBy && !pattern.followedBy.test(after) && !(pattern.list && LIST_GOES_ON.test(after))) return null;
  const name = personName(picked.name, pattern.strength);
  if (!name) return null;
  const at = m.index + picked.at;
  // A name cut short ("Jian G." of "Jian G. Prosecutors") ends where it was cut.
  const end = at + (/^\s/.test(picked.name.slice(name.length)) && picked.name.startsWith(name) ? name.length : picked.name.length);
  const aliases = picked.aliases ?? (pattern.han ? [] : otherNames(sentence, end));
  const first: ListedName = { name, at, end, aliases };
  const listed = !pattern.list ? [] : pattern.han ? hanListAfter(sentence, end) : latinListAfter(sentence, end, (raw) => personName(raw, pattern.strength));
  const last = listed[listed.length - 1] ?? first;
  if (pattern.followedBy && !pattern.followedBy.test(sentence.slice(last.end))) return null;
  // "a married couple identified as Herwig and Ina F.": Herwig is Herwig F.
  if (listed[0]) first.name = sharedSurname(first.name, listed[0].name, sentence.slice(end, listed[0].at), sentence);
  return { first, listed };
}

/** Without a name read inside a longer one at the same place: 小江 inside 鎮小江. */
function withoutNested(intros: PersonIntro[]): PersonIntro[] {
  return intros.filter(
    (a) => !intros.some((b) => b !== a && b.name.length > a.name.length && b.index <= a.index && a.index + a.name.length <= b.index + b.name.length),
  );
}

/** Two names of one person: "Ma" and "Ma Xiaolei", "Smith" and "John Smith". */
// "黃姓男子", "黃男", "黃某": one person named by surname in the ways Chinese reports do.
const ZH_SURNAME_FORM = /^(\p{Script=Han})(?:姓.*|某+|男|女|先生|女士|小姐)$/u;

// "马某强": a surname, 某 and a given character; "马某" further on is the same person.
const ZH_MOU_GIVEN_FORM = /^(\p{Script=Han})某([^某])$/u;

export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [ga, gb] = [ZH_MOU_GIVEN_FORM.exec(a), ZH_MOU_GIVEN_FORM.exec(b)];
  if (ga || gb) return !(ga && gb) && `${(ga ?? gb)![1]}某` === (ga ? b : a);
  const za = ZH_SURNAME_FORM.exec(a);
  const zb = ZH_SURNAME_FORM.exec(b);
  if (za && zb) {
    const gender = (x: string) => (/男|先生/.test(x) ? 'm' : /女/.test(x) ? 'f' : null);
    const [ga, gb] = [gender(a), gender(b)];
    return za[1] === zb[1] && (!ga || !gb || ga === gb);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.includes(' ')) return sameSyllables(short, long);
  return nameTokens(long)[0] === short || shortForms(long).includes(short);
}

/**
 * One Hong Kong or Taiwanese name in two orders: "Chung Biu Yuen" and "Bill Yuen Chung-biu", "Chi Leung
 * Wai" and "Chi Leung “Peter” Wai": the same three syllables, the longer with at most an English given
 * name more. Two syllables are too few to tell ("Wang Wei" and "Wei Wang" may be two people).
 */
function sameSyllables(a: string, b: string): boolean {
  const syllables = (tokens: string[]) => tokens.flatMap((t) => t.toLowerCase().split('-'));
  const [short, long] = [nameTokens(a), nameTokens(b)].sort((x, y) => syllables(x).length - syllables(y).length) as [string[], string[]];
  const s = syllables(short);
  const l = syllables(long);
  if (s.length < 3 || !s.every((x) => l.includes(x))) return false;
  const extra = l.filter((x) => !s.includes(x));
  // The English name leads, the Chinese given name is hyphenated: "Peter Wai Chi-leung".
  return extra.length === 0 || (extra.length === 1 && extra[0] === long[0]!.toLowerCase() && long[long.length - 1]!.includes('-'));
}

export type Role = PersonMention['role'];

const EXPERT_NOUN = /\b(?:researcher|scholar|professor|expert|analyst|academic|fellow|commentator|observer|specialist)\b/i;
const EXPERT_RE =
  /,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:researcher|scholar|professor|expert|analyst|fellow|commentator|observer)\b[^.]*,\s+(?:told|said|noted)\b/i;
const OFFICIAL_RE = /\bspokes(?:person|man|woman)\b|\bofficial (?:of|from|at) the\b/i;
const INFORMANT_RE =
  /\breported (?:it|this|the (?:matter|situation|incident|contact|approach|case)|him|her|them)?\s*to (?:the )?(?:local )?(?:national security|state security|police|authorities|security)|\binformed (?:the )?(?:local )?(?:national security|state security|security police|police)|\b(?:called|dialled|dialed) (?:the )?(?:hotline|12339)|\bfiled (?:a )?(?:complaint|report)s?\b|\btipped off\b/i;
// ...and in Chinese: 外籍商人“老K” (a foreign businessman), 境外间谍情报机关人员 (an officer of a foreign spy agency).
const RECRUITER_RE = inBothScripts(
  /\b(?:foreigner|foreign (?:spy|agent|intelligence officer|handler)|spy officer|intelligence officer|handler|recruiter|case officer)\b|外籍|境外间谍|间谍情报机关人员|境外情报人员/i,
);

// A person's role is read again and again, most often with no descriptor (''): once per text.
const namesRecruiter = memoByText((text: string) => RECRUITER_RE.test(text));

/**
 * The role the words next to a name give outright, or null: an office ("Judge Brian Doyle", "Adam Gordon, the U.S.
 * attorney", "縣長張麗善") makes an official; someone's counsel ("her attorney, Jarrod Doe") is named, never a suspect.
 */
export function titledRole(intro: PersonIntro): 'official' | 'other' | null {
  const { before, after } = besideName(intro);
  return titleBeside(before, after);
}

/** The words right before a name (60 characters) and right after it (80), in its sentence. */
function besideName(intro: PersonIntro): { before: string; after: string } {
  const at = intro.index - intro.sentenceStart;
  const before = intro.sentence.slice(Math.max(0, at - 60), at);
  const after = intro.sentence.slice(at + intro.name.length, at + intro.name.length + 80);
  return { before, after };
}

// A person's role is asked for many times (splitting the article, reading each case, finding its officials), and the
// expressions of offices are long: they run once per pair of texts around a name.
const titleBeside = memoByPair((before: string, after: string): 'official' | 'other' | null => {
  if (COUNSEL_BEFORE.test(before) || COUNSEL_AFTER.test(after)) return 'other';
  if (OFFICIAL_BEFORE.test(before) || OFFICIAL_AFTER.test(after) || ZH_OFFICE_BEFORE.test(before) || AGENCY_HEAD_BEFORE.test(before)) return 'official';
  return null;
});

// An employer named to place the person of the case: "a former aide to German lawmaker Maximilian Roe", "Roe's aide".
const EMPLOYEE = `${alternation(allCases(EMPLOYEE_NOUNS))}s?`;
const EMPLOYER_BEFORE = new RegExp(`\\b${EMPLOYEE}\\s+(?:to|of|for)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}$`, 'u');
const EMPLOYER_AFTER = new RegExp(`^['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${EMPLOYEE}\\b`, 'u');
const employerBeside = memoByPair((before: string, after: string): boolean => EMPLOYER_BEFORE.test(before) || EMPLOYER_AFTER.test(after));

/** Whether the words next to a name make the person someone's employer, named to say who the one of the case works for. */
export function namesEmployer(intro: PersonIntro): boolean {
  const { before, after } = besideName(intro);
  return employerBeside(before, after);
}

const lawBeside = memoByPair(
  (before: string, after: string): boolean =>
    titleBeside(before, after) === 'other' ||
    LAW_BEFORE.test(before) ||
    LAW_AFTER.test(after) ||
    ZH_LAW_OFFICE_BEFORE.test(before) ||
    AGENCY_HEAD_BEFORE.test(before),
);

/**
 * Whether the words next to a name say the person acts for the law in the case (or is someone's counsel), so
 * a report names them in the case wherever it does: "prosecutor Jane Roe told jurors", "her attorney, Jarrod Doe",
 * "法官科根" (a governor or a legislator, only in a paragraph of the case).
 */
export function actsForTheLaw(intro: PersonIntro): boolean {
  const { before, after } = besideName(intro);
  return lawBeside(before, after);
}

/** The role a person plays, read from the sentences that mention them. */
export function roleOf(intro: PersonIntro, mentionSentences: string[], isMainActor: boolean): Role {
  const titled = titledRole(intro);
  if (titled) return titled;
  const context = intro.sentence;
  // An expert is someone the text quotes as one: "Li Wei, a researcher at..., told the Global Times".
  // ...the one who speaks, not someone the speaker talks about ("the ministry said the researcher, surnamed Mo, taught...").
  const at = intro.index - intro.sentenceStart;
  const quoted = /\b(?:told|said|says|noted|added)\b/.test(context.slice(at)) || /\baccording to\s+(?:\S+\s+){0,2}$/i.test(context.slice(0, at));
  if ((quoted && EXPERT_NOUN.test(intro.descriptor ?? '')) || /^[“"]/.test(context) || EXPERT_RE.test(context)) return 'expert';
  // ...an official by what stands next to the name ("spokesperson Mao Ning", "Mao Ning, a spokesperson"), not by
  // a spokeswoman the sentence quotes about them ("named only as Jian G., ... a court spokeswoman said").
  if (OFFICIAL_RE.test(context.slice(Math.max(0, at - 60), at + intro.name.length + 40))) return 'official';
  if (mentionSentences.some((s) => INFORMANT_RE.test(s))) return 'informant';
  const around = context.slice(Math.max(0, intro.index - intro.sentenceStart - 80), intro.index - intro.sentenceStart);
  if (namesRecruiter(around) || namesRecruiter(intro.descriptor ?? '')) return 'recruiter';
  if (isMainActor) return 'suspect';
  return 'other';
}

export interface FoundPerson {
  name: string;
  aliases: string[];
  role: Role;
  descriptor: string | null;
  /** Paragraph ids that mention the person, first the one introducing them. */
  paragraphs: string[];
}

/**
 * The people of a case: those its paragraphs introduce, with every alias
 * ("Ma" and "Ma Xiaolei") folded into the longest form.
 */
export function findPeople(paragraphs: Paragraph[], context: Paragraph[] = paragraphs): FoundPerson[] {
  const people: Array<FoundPerson & { intro: PersonIntro }> = [];
  const take = (p: Paragraph, intro: PersonIntro) => {
    const names = [intro.name, ...(intro.aliases ?? [])];
    const known = people.find((x) => names.some((n) => x.aliases.some((a) => sameName(a, n)) || sameName(x.name, n)));
    if (known) {
      for (const n of names) if (!known.aliases.includes(n)) known.aliases.push(n);
      // The longer form names the person, in the script the report first gave: 魏金超 stays 魏金超 beside "Jinchao Wei".
      if (intro.name.length > known.name.length && HAN_RE.test(intro.name) === HAN_RE.test(known.name)) known.name = intro.name;
      // "何某" is the short form of both "何某强" and "何某胜": kept as the one's alias, it would join the other to them.
      if (ZH_MOU_GIVEN_FORM.test(known.name)) known.aliases = known.aliases.filter((a) => a !== `${known.name[0]}某`);
      known.descriptor ??= intro.descriptor;
      return;
    }
    people.push({ name: intro.name, aliases: names, role: 'other', descriptor: intro.descriptor, paragraphs: [p.id], intro });
  };
  const recurring = recurringIntros(paragraphs, context);
  const recurringNames = new Set([...recurring.values()].flat().map((r) => r.name));
  for (const p of paragraphs) for (const intro of findPersonIntros(p.text)) take(p, cutToRecurring(intro, recurringNames));
  // The names read from their recurrence come after those the report introduces: someone introduced is the case's
  // main actor before someone only named again and again (a witness, a relative); and someone the report
  // introduces outside these paragraphs is of another case, named here in passing.
  const own = new Set(paragraphs.map((p) => p.id));
  const elsewhere = context.filter((p) => !own.has(p.id)).flatMap((p) => findPersonIntros(p.text).map((i) => i.name));
  for (const p of paragraphs) {
    const introduced = findPersonIntros(p.text);
    for (const intro of withRecurring(introduced, recurring.get(p.id))) {
      if (!introduced.includes(intro) && !elsewhere.some((n) => sameName(n, intro.name))) take(p, intro);
    }
  }
  let mainActorTaken = false;
  for (const person of people) {
    const mentions: string[] = [];
    const ids: string[] = [];
    const forms = [...person.aliases, ...shortForms(person.name)];
    for (const p of paragraphs) {
      let hit = false;
      for (const s of sentences(p.text)) {
        if (forms.some((form) => containsName(s.text, form))) {
          mentions.push(s.text);
          hit = true;
        }
      }
      if (hit) ids.push(p.id);
    }
    person.paragraphs = [...new Set([person.intro ? person.paragraphs[0]! : ids[0]!, ...ids])];
    // The first person named is the case's, unless the report names them by an office, as someone's counsel or as
    // the employer of someone of the case ("a former aide to lawmaker Maximilian Roe": the aide is).
    const mayLead = !mainActorTaken && !namesEmployer(person.intro);
    const role = roleOf(person.intro, mentions, mayLead);
    person.role = role === 'other' && mayLead && !titledRole(person.intro) ? 'suspect' : role;
    if (person.role === 'suspect') mainActorTaken = true;
    person.aliases = person.aliases.filter((a) => a !== person.name);
  }
  return people.map(({ intro: _intro, ...rest }) => rest);
}

/**
 * A name in characters read with the next character, where the report keeps using it without ("科研人员黄宇出卖机密",
 * and 黄宇 stands as a name again and again): what the report repeats says where the name ends.
 */
function cutToRecurring(intro: PersonIntro, recurring: ReadonlySet<string>): PersonIntro {
  const chars = [...intro.name];
  if (chars.length !== 3 || recurring.has(intro.name) || !HAN_RE.test(intro.name)) return intro;
  const shorter = chars.slice(0, 2).join('');
  return recurring.has(shorter) ? { ...intro, name: shorter } : intro;
}

/**
 * The names the paragraphs keep using without an introducing phrase (recurring-names.ts), as weak
 * introductions, by paragraph.
 */
function recurringIntros(paragraphs: Paragraph[], context: Paragraph[]): Map<string, PersonIntro[]> {
  const byParagraph = new Map<string, PersonIntro[]>();
  const surnameOf = (name: string) => shortForms(name)[0] ?? null;
  for (const r of recurringNames(paragraphs, context, recurringName, surnameOf, (word) => SURNAMES.has(word), nameIndex)) {
    const intro: PersonIntro = { name: r.name, index: r.index, descriptor: null, sentence: r.sentence, sentenceStart: r.sentenceStart, strength: 'weak' };
    // Someone the report names by an office ("President Lai Ching-te", "州长霍楚") or as counsel is read, if at all,
    // by the patterns of offices: a name that only recurs is someone of the story.
    if (titledRole(intro) || LEADER_BEFORE.test(intro.sentence.slice(0, intro.index - intro.sentenceStart))) continue;
    byParagraph.set(r.paragraph, [...(byParagraph.get(r.paragraph) ?? []), intro]);
  }
  return byParagraph;
}

const ORG_HEAD_TOKEN = new RegExp(`^(?:${ORG_HEADS})$`);
const LEADER_BEFORE = new RegExp(`\\b${alternation(allCases(LEADER_OFFICE_TITLES))},?\\s+$`, 'u');

/**
 * `raw` as a name read from its recurrence alone: as personName reads a weak introduction, and with no word of a
 * nationality, a place or an organisation's head in it ("European Parliament", "East London", "Canberra Buddhist").
 */
function recurringName(raw: string): string | null {
  const name = personName(raw, 'weak');
  if (!name) return null;
  const tokens = nameTokens(name);
  return tokens.some((t) => NATIONALITY_WORDS.has(t) || PLACE_NAMES.has(t.toLowerCase()) || ORG_HEAD_TOKEN.test(t)) ? null : name;
}

/** A paragraph's introductions with the recurring names it holds that no introduction there already reads. */
function withRecurring(intros: PersonIntro[], recurring: PersonIntro[] | undefined): PersonIntro[] {
  if (!recurring) return intros;
  const more = recurring.filter((r) => !intros.some((i) => sameName(i.name, r.name) || i.name.includes(r.name) || r.name.includes(i.name)));
  return more.length ? [...intros, ...more].sort((a, b) => a.index - b.index) : intros;
}

/** The forms a text uses after introducing a full name: "Xiao" for "Xiao Jun", "Smith" for "John Smith". */
export function shortForms(name: string): string[] {
  // "黃姓男子" is also "黃男" and "黃某" further on.
  const zh = ZH_SURNAME_FORM.exec(name);
  if (zh)
    return [`${zh[1]}某`, ...(/女/.test(name) ? [`${zh[1]}女`] : /男|先生/.test(name) ? [`${zh[1]}男`] : [`${zh[1]}男`, `${zh[1]}女`])].filter(
      (f) => f !== name,
    );
  // "Romeo Roe Jr" is Roe further on.
  const tokens = nameTokens(name).filter((t, i, all) => i < 2 || i < all.length - 1 || !GENERATION_SUFFIXES.has(t));
  // "Miss Q", "Brother Hoi": the honorific is part of how the report names them.
  if (tokens.length < 2 || HONORIFICS.has(tokens[0]!)) return [];
  const last = tokens[tokens.length - 1]!;
  // "Thomas R." is Thomas further on: the initial stands for a surname the report withholds.
  if (INITIAL.test(last)) return [tokens[0]!];
  // "Bill Yuen Chung-biu": an English name, the surname, a hyphenated given name.
  if (tokens.length === 3 && SURNAMES.has(tokens[1]!) && last.includes('-') && isChineseGivenName(last)) return [tokens[1]!];
  return [SURNAMES.has(tokens[0]!) ? tokens[0]! : last];
}

const LETTER = /\p{L}/u;

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCodePoint(code));
}

const nameExprs = new Map<string, RegExp>();
const HAN_RE = /\p{Script=Han}/u;

/**
 * Whether `text` has `name` as a whole word: the same answer as
 * /(?<!\p{L})name(?!\p{L})/u, found with indexOf (the expression was built
 * and run per name, per sentence, per person).
 */
export function containsName(text: string, name: string): boolean {
  return nameIndex(text, name) >= 0;
}

/**
 * Where `text` first has `name` as a whole word, or -1: text.search(/(?<!\p{L})name(?!\p{L})/u).
 * Chinese writes words without spaces, so a name in Han characters ("李某") is found wherever it stands.
 */
export function nameIndex(text: string, name: string): number {
  if (HAN_RE.test(name)) return text.indexOf(name);
  if (!name) {
    let re = nameExprs.get(name);
    if (!re) nameExprs.set(name, (re = new RegExp(`(?<!\\p{L})${escapeRe(name)}(?!\\p{L})`, 'u')));
    return text.search(re);
  }
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0) {
      let before = text.charCodeAt(at - 1);
      // The code point before: a surrogate pair counts as one character, as in a /u expression.
      if (before >= 0xdc00 && before <= 0xdfff && at > 1) {
        const high = text.charCodeAt(at - 2);
        if (high >= 0xd800 && high <= 0xdbff) before = text.codePointAt(at - 2)!;
      }
      if (isLetter(before)) continue;
    }
    const end = at + name.length;
    if (end < text.length && isLetter(text.codePointAt(end)!)) continue;
    return at;
  }
  return -1;
}

export function personMentions(people: FoundPerson[]): PersonMention[] {
  return people.map((p) => {
    // Only names the report gave; the short forms ("Wei" of "Jinchao Wei") are the linker's to add.
    const given = p.aliases.filter((a) => !sameName(a, p.name));
    return { name: p.name, role: p.role, paragraph: p.paragraphs[0]!, ...(given.length ? { aliases: given } : {}) };
  });
}

// ---------------------------------------------------------------------------
// Organisations

const ORG_RE = new RegExp(
  `(?:[A-Z][\\w&.'’-]*\\s+){0,4}?(?:${ORG_HEADS})\\b(?:\\s+(?:of|for|on|and)\\s+(?:the\\s+)?[A-Z][\\w&'’-]*(?:\\s+(?:and\\s+)?[A-Z][\\w&'’-]*)*)?`,
  'g',
);

/** The canonical name of an organisation mention, or null if it is not one. */
export function canonicalOrganisation(raw: string): string | null {
  for (const [canonical, re] of ORG_ALIASES) if (re.test(raw)) return canonical;
  const tokens = raw.trim().split(/\s+/);
  while (tokens.length && (LEAD_WORDS.has(tokens[0]!) || /['’]s$/.test(tokens[0]!))) tokens.shift();
  if (tokens.length < 2) return null;
  return tokens.join(' ');
}

// "深圳市中級人民法院", "上海市第三中级人民法院", "台北地檢署", "高檢署": a court or prosecutors' office with the place it
// sits in; a bare 法院 names none.
const ZH_LAW_BODY_RE = (() => {
  const place = alternation(ZH_LAW_BODY_PLACES);
  const level = alternation(ZH_LAW_BODY_LEVELS);
  const head = alternation(ZH_LAW_BODY_HEADS);
  const placed = `${place}(?:市|县|区|省)?(?:第[一二三四五六七八九十]+)?${level}?`;
  return new RegExp(bothScripts(`${placed}${head}|${place}?${alternation(ZH_LAW_BODY_SHORT)}`), 'g');
})();

// The aliases as global expressions (their own flags dropped, as matching them here always has), built once.
const ORG_ALIASES_GLOBAL = ORG_ALIASES.map(([canonical, re]) => [canonical, new RegExp(re.source, 'g')] as const);

// After an organisation: a vessel it owns ("the U.S. Navy aircraft carrier Theodore Roosevelt"), or a title and
// the name of its holder ("National Security Council chief Joseph Wu").
const VESSEL_AFTER = new RegExp(`^\\s+${alternation(VESSEL_NOUNS)}\\b`);
const HOLDER_AFTER = new RegExp(`^\\s+${alternation(LEADER_TITLES)}\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})`, 'u');
// "according to Taiwan's Central News Agency (CNA)": the outlet the report cites.
const CITED_BEFORE = /\baccording to (?:the )?$/i;
const NEWS_OUTLET = new RegExp(`\\b${alternation(NEWS_OUTLET_WORDS)}$`);

interface OrgMention {
  name: string;
  /** The holder of a title the organisation's name stands before: "Joseph Wu" of "National Security Council chief Joseph Wu". */
  holder: string | null;
}

/**
 * The organisations one text names, in order of position, repeats included; not the owner of a vessel, nor an
 * outlet the report cites. Remembered per text: the case readers ask for every paragraph and every sentence,
 * and republished paragraphs come back.
 */
// A capitalised word and a full stop, then the next sentence: "Zhou. The Ministry"; not "U.S. Navy" or "Gen. Li".
const SENTENCE_END_IN_NAME = /\b(?!(?:Gen|Col|Capt|Sgt|Maj|Adm|Lt|Mr|Mrs|Ms|Dr|St|Mt|Ft|Inc|Ltd|Co|Corp|Dept|Govt|No|Jr|Sr)\.)[A-Z][a-z]+\.\s+/g;

/** Where a mention starts after the last sentence end inside it (0: none). */
function afterSentenceEnd(mention: string): number {
  let at = 0;
  for (const m of mention.matchAll(SENTENCE_END_IN_NAME)) at = m.index + m[0].length;
  return at;
}

const organisationsIn = memoByText((text: string): OrgMention[] => {
  const candidates: Array<[number, OrgMention]> = [];
  const add = (index: number, end: number, name: string) => {
    const after = text.slice(end, end + 60);
    if (VESSEL_AFTER.test(after)) return;
    if (NEWS_OUTLET.test(name) && CITED_BEFORE.test(text.slice(Math.max(0, index - 20), index))) return;
    candidates.push([index, { name, holder: HOLDER_AFTER.exec(after)?.[1] ?? null }]);
  };
  for (const [canonical, g] of ORG_ALIASES_GLOBAL) {
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) add(m.index, m.index + m[0].length, canonical);
  }
  for (const m of text.matchAll(ZH_LAW_BODY_RE)) add(m.index, m.index + m[0].length, m[0]);
  ORG_RE.lastIndex = 0;
  for (let m = ORG_RE.exec(text); m; m = ORG_RE.exec(text)) {
    // A name never runs over a sentence's end: "…along with his wife, Zhou. The Ministry detailed…".
    const start = m.index + afterSentenceEnd(m[0]);
    // "told the Global Times": the outlet quoting someone is not part of the case.
    const name = canonicalOrganisation(text.slice(start, m.index + m[0].length));
    if (name) add(start, m.index + m[0].length, name);
  }
  return candidates.sort((a, b) => a[0] - b[0]).map(([, mention]) => mention);
});

/**
 * The organisations the paragraphs name, each once, with the paragraph of its first mention. `actors`: the
 * names of the case's people; an organisation named only as the title of someone else ("an aide to National
 * Security Council chief Joseph Wu") is that person's, not the case's.
 */
export function findOrganisations(paragraphs: Paragraph[], actors?: readonly string[]): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const { name, holder } of organisationsIn(p.text)) {
      if (seen.has(name)) continue;
      if (holder && actors && !actors.some((a) => containsName(holder, a))) continue;
      seen.add(name);
      out.push({ name, paragraph: p.id });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Places

// China itself is left out on purpose: the archive is about China's disclosures, so it would tag every case.
// The capitals stories name for their governments are places too, where the text puts something there.
const GAZETTEER = [...new Set([...PLACE_LIST, ...SEATS_OF_GOVERNMENT])];
const PLACE_NAMES = new Set(GAZETTEER.map((p) => p.toLowerCase()));
const DIRECTION = '(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?\\s+)?';
const GAZETTEER_RE = new RegExp(`\\b${DIRECTION}(?:${GAZETTEER.map(escapeRe).join('|')})\\b`, 'gi');
const ZH_PLACE_RE = new RegExp(bothScripts(alternation(ZH_PLACE_LIST)), 'g');
const ZH_CREDIT_AFTER = inBothScripts(/^(?:即时|即時|电|電)?(?:报导|报道|电)/);
const ZH_CLAUSE_MARK = /[，。；！？,;!?]/u;

/** The clause of Chinese text around `at`, between its punctuation marks. */
function zhClauseAt(text: string, at: number): string {
  let start = at;
  while (start > 0 && !ZH_CLAUSE_MARK.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !ZH_CLAUSE_MARK.test(text[end]!)) end++;
  return text.slice(start, end);
}
const ZH_LOCATIVE_BEFORE = inBothScripts(/(?:在|于|於|从|從|经|經|赴|到|往|至|抵|飞|飛)$/);
// "the southeastern port city of Busan", "the town of Witney": a place the text says is one, gazetteer or not.
const NAMED_AS_PLACE_RE = new RegExp(`\\b(?:${alternation(PLACE_KIND_NOUNS)})\\s+of\\s+(\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){0,2})\\b`, 'gu');
const SUFFIX_RE =
  /\b(?:[A-Z][a-z]+\s+){1,3}(?:[Mm]ining [Aa]rea|Province|City|County|District|Prefecture|Autonomous Region|(?:Economic |Industrial |High-[Tt]ech )?Development Zone|Free Trade Zone|Industrial Park|Port|Airport|Island|Strait|Military Region)\b/g;
// "set in Jiangzhou": a pinyin word of two or more syllables after a preposition is a Chinese place; not
// after "according to", which names a source ("According to Kanasugi, the court found...").
const PINYIN_PLACE_RE = /\b(?<![Aa]ccording\s)(?:in|near|at|from|to|of)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])/g;
// "expatriates of Japanese companies": a nationality, not a place.
const NATIONALITIES = new Set<string>(PROPER_ADJECTIVES);

const SEATS = new Set(SEATS_OF_GOVERNMENT.map((p) => p.toLowerCase()));
// "...a radar system located in Okinawa, Japan.": the place of a thing, up to the end of its phrase.
const THING_PLACE_RE = new RegExp(`\\b${alternation(THING_LOCATED)}\\s[^.;!?]*?(?=[.;!?]|,\\s+(?:and|but|which|where|while|who)\\b|\\s+and\\s|$)`, 'gi');

// "Christopher Cash, 29, from Whitechapel in east London": where someone lives, after their age, up to the next comma.
const RESIDENCE_RE = /,\s*\d{1,3},\s+(?:of|from)\s+[^,;.!?]*/g;

/**
 * Where in `text` a thing is placed ("located in Okinawa, Japan") or someone lives ("Berry, 32, from Witney"):
 * ranges whose places are not the case's.
 */
function thingPlaces(text: string): Array<[number, number]> {
  return [...text.matchAll(THING_PLACE_RE), ...text.matchAll(RESIDENCE_RE)].map((m) => [m.index, m.index + m[0].length]);
}
const LOCATIVE_END = new RegExp(`\\b${alternation(LOCATIVE_BEFORE)}\\s+$`, 'i');

// After a place: an organisation's name it begins ("the Taipei District Prosecutors Office", "Hong Kong's Economic
// and Trade Office", "Britain's National Security Act"), or an agency or office it qualifies ("the Hong Kong
// intelligence service", "a New Taipei City councillor").
const ORG_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:(?:[A-Z][\\w&'’-]*|and)\\s+){0,4}?(?:${ORG_HEADS}|${alternation(LAW_HEADS)})\\b`);
const AGENCY_NOUN_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${alternation(AGENCY_MODIFIERS)}\\s+)?${alternation(AGENCY_NOUNS_AFTER_PLACE)}\\b`, 'i');
const STYLE_AFTER = new RegExp(`^-${alternation(STYLE_AFTER_PLACE)}\\b`, 'i');
const OFFICE_OR_MOVE_BEFORE = new RegExp(`\\b${alternation(OFFICE_OR_MOVE_BEFORE_PLACE)}\\s+(?:the\\s+)?$`, 'i');

/**
 * Whether the place at [start, end) of `text` is the place of an agency, an office or a law, of a promised
 * move, or the style of a thing ("Nanjing-style"), rather than where the case happened: its facts are the incident's places.
 */
export function isAgencyPlace(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  return (
    ORG_AFTER.test(after) || AGENCY_NOUN_AFTER.test(after) || STYLE_AFTER.test(after) || OFFICE_OR_MOVE_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  );
}

function placeKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ');
}

/** The places one text names, in order, the longest mention at each place. Remembered per text (republished paragraphs). */
const placesIn = memoByText((text: string): string[] => {
  const found: Array<[number, string]> = [];
  for (const re of [SUFFIX_RE, GAZETTEER_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const raw = m[0];
      if (re === GAZETTEER_RE && /^[a-z]/.test(raw.replace(new RegExp(`^${DIRECTION}`, 'i'), ''))) continue;
      // "spying for Beijing": the capital stands for its government, unless something happens there.
      if (re === GAZETTEER_RE && SEATS.has(raw.toLowerCase()) && !LOCATIVE_END.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const first = raw.split(/\s+/)[0]!;
      if (re === SUFFIX_RE && isCommonWord(first) && first !== 'Hong') continue;
      if (isAgencyPlace(text, m.index, m.index + raw.length)) continue;
      found.push([m.index, raw]);
    }
  }
  for (const m of text.matchAll(NAMED_AS_PLACE_RE)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (!isAgencyPlace(text, at, at + m[1]!.length)) found.push([at, m[1]!]);
  }
  for (const m of text.matchAll(ZH_PLACE_RE)) {
    // "〔記者楊國文／台北報導〕": where the reporter filed from, not where the case happened.
    if (ZH_CREDIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    // "在深圳被捕", "經澳門轉往": a place where something happened, not one named for its government or people.
    if (!ZH_LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // "於新竹空軍聯隊服役時": where someone served or studied is their life's place, not the case's.
    if (BIOGRAPHY.test(zhClauseAt(text, m.index))) continue;
    found.push([m.index, m[0]]);
  }
  PINYIN_PLACE_RE.lastIndex = 0;
  for (let m = PINYIN_PLACE_RE.exec(text); m; m = PINYIN_PLACE_RE.exec(text)) {
    const word = m[1]!;
    if (isCommonWord(word) || SURNAMES.has(word) || NATIONALITIES.has(word) || pinyinSyllables(word) < 2) continue;
    const at = m.index + m[0].indexOf(word);
    if (isAgencyPlace(text, at, at + word.length)) continue;
    found.push([at, word]);
  }
  // Keep the longest mention at each place ("Xishan Mining Area" over "Xishan"), none where a thing is placed.
  const things = thingPlaces(text);
  if (things.length) found.splice(0, found.length, ...found.filter(([at]) => !things.some(([from, to]) => at >= from && at < to)));
  found.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
  const names: string[] = [];
  let coveredTo = -1;
  for (const [index, name] of found) {
    if (index < coveredTo) continue;
    coveredTo = index + name.length;
    names.push(name);
  }
  return names;
});

export function findPlaces(paragraphs: Paragraph[]): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  const add = (name: string, paragraph: string) => {
    const clean = name.trim().replace(/^(?:The|In|At|Near)\s+/, '');
    const key = placeKey(clean);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name: clean, paragraph });
  };
  for (const p of paragraphs) {
    for (const name of placesIn(p.text)) {
      const covered = out.find((o) => placeKey(o.name).startsWith(placeKey(name) + ' '));
      if (covered) continue;
      add(name, p.id);
    }
  }
  // A bare "Xishan" after "Xishan Mining Area" is the same place.
  return out.filter((o) => !out.some((x) => x !== o && placeKey(x.name).startsWith(placeKey(o.name) + ' ')));
}

// ---------------------------------------------------------------------------
// Entity ids

// `slug` is how text becomes a slug: link.ts passes the one an earlier build used to keep a published id.

export function organisationId(name: string, slug: Slugger = slugify): string {
  return `org-${slug(name)}`;
}

export function placeId(name: string, slug: Slugger = slugify): string {
  return `place-${slug(placeKey(name))}`;
}

/** A person belongs to one case: two "Zhang"s in different cases are different people. */
export function personId(name: string, caseId: string, slug: Slugger = slugifyName): string {
  return `person-${slug(name, 30)}-${shortHash(caseId, 6)}`;
}

/** The descriptor up to its role noun: "former employee" of "former employee of a classified unit". */
const ROLE_HEAD_RE = new RegExp(`^(?:[\\p{L}-]+\\s+){0,5}?${ROLE_NOUN}\\b`, 'iu');

export function roleNounHead(descriptor: string): string | null {
  return ROLE_HEAD_RE.exec(descriptor)?.[0] ?? null;
}

/** Other names of a canonical organisation ("MSS" for the Ministry of State Security). */
export function organisationAliases(name: string): string[] {
  const known: Record<string, string[]> = {
    // 国安部 is how Chinese reports shorten 国家安全部 ("国安部官方微信公众号").
    'Ministry of State Security': ['MSS', 'Ministry of National Security', 'State Security Ministry', '国家安全部', '国安部'],
    'Ministry of Commerce': ['MOFCOM'],
    // "an MPS official sought Lu's assistance", "中共公安部控制": China's police ministry.
    'Ministry of Public Security': ['MPS', '公安部'],
    'General Administration of Customs': ['GACC'],
    'Central Intelligence Agency': ['CIA'],
    'Federal Bureau of Investigation': ['FBI'],
    "People's Liberation Army": ['PLA'],
    'Secret Intelligence Service (MI6)': ['MI6'],
  };
  return known[name] ?? [];
}
