/**
 * Words that open a credit line. Authors: "By Laura Zhou", "Reporting by
 * Ben Blanchard", "作者：周雨桐", "記者林宛蓉／台北報導". Other credits, which are
 * furniture but name no author: "Edited by Gerry Doyle", "来源：人民网",
 * "責任編輯：王芳".
 */
import { alternation } from './regex.ts';

/** Prefixes after which comes the author's name. */
export const AUTHOR_PREFIXES = [
  'by',
  'written by',
  'words by',
  'reporting by',
  'reported by',
  'story by',
  'text by',
  'author',
  'authors',
  'reporter',
  '作者',
  '撰文',
  '撰稿',
  '記者',
  '记者',
] as const;

/** Labels of the outlet a reposted story comes from: "Source: Harbour Watch", "来源：人民网". */
export const SOURCE_PREFIXES = ['source', '來源', '来源', '稿源'] as const;

/** Prefixes of credits that are not the author: editors, translators, sources. */
export const OTHER_CREDIT_PREFIXES = [
  'editor',
  'edited by',
  'editing by',
  'translated by',
  'compiled by',
  '編輯',
  '编辑',
  '責任編輯',
  '责任编辑',
  ...SOURCE_PREFIXES,
] as const;

/** A credit that names no author at the start of a line: "Source: United States Department of Justice News". */
export const OTHER_CREDIT_RE = new RegExp(`^\\(?\\s*${alternation(OTHER_CREDIT_PREFIXES)}(?![\\w-])`, 'i');

/** Credit prefixes in Chinese, which run into the text before them without a space: "15:57作者:安平". */
export const CJK_CREDIT_PREFIXES = [...AUTHOR_PREFIXES, ...OTHER_CREDIT_PREFIXES].filter((p) => /\p{Script=Han}/u.test(p));

/** Any credit prefix, for telling a credit line from text. "Words: X" needs its colon: "words" alone opens sentences. */
export const CREDIT_PREFIX_PATTERN = `(?:${alternation([...AUTHOR_PREFIXES, ...OTHER_CREDIT_PREFIXES])}|words(?=\\s*[:：]))`;

/** An author prefix at the start of a line, with its colon: "By ", "Reporting by: ", "作者：". */
export const AUTHOR_PREFIX_RE = new RegExp(`^\\(?\\s*${alternation(AUTHOR_PREFIXES)}\\s*[:：]?\\s*`, 'i');

/**
 * Chinese words before the name of the journalist who wrote or compiled the
 * story: "（记者赵文涛）", "【記者鍾元、袁世鋼/臺北報導】", "編譯謝宜哲／綜合報導"
 * (a Taiwanese paper credits the staff writer who compiled foreign reports).
 */
export const ZH_REPORTER_WORDS = ['记者', '記者', '编译', '編譯'] as const;

/**
 * The journalist who put a foreign wire story into Chinese, credited as its writer where the story closes:
 * "…刪除了通訊紀錄。（譯者：王小明）1131219" ends an agency's story "compiled from foreign wires".
 */
export const ZH_TRANSLATOR_WORDS = ['譯者', '译者'] as const;

/**
 * The desk editors a Chinese wire story credits where it closes, who did not write it: "…沒有公布相關證據。
 * （編輯：王小明/李大同）1131219". The credit is the desk's, not the story's text.
 */
export const ZH_EDITOR_WORDS = ['編輯', '编辑', '責任編輯', '责任编辑', '核稿', '校對', '校对'] as const;

/**
 * Marks a Taiwanese paper sets before the name of an opinion piece's author, on a line of its own: "◎ 蕭錫惠".
 */
export const ZH_AUTHOR_MARKS = ['◎'] as const;

/**
 * Words a magazine or feature sets before its writer's name and a slash, on a line of its own: "文／林曉雯",
 * "撰文/陳大同" ("text by"), "採訪整理／王小明" ("interview and write-up by").
 */
export const ZH_WRITER_WORDS = ['文', '撰文', '採訪', '采访', '採訪整理', '采访整理', '整理'] as const;

/**
 * How a Chinese credit closes after the name and the place: "／台北報導",
 * "╱北京24日電", "【大纪元2022年11月22日讯】".
 */
export const ZH_REPORT_ENDINGS = ['报导', '報導', '报道', '報道', '综合报导', '綜合報導', '综合报道', '綜合報道', '电', '電', '讯', '訊'] as const;

/** Words that make a byline a desk, not a person: "Reuters staff", "Agencies". */
export const DESK_WORDS = ['staff', 'newsroom', 'reporters', 'correspondents', 'agencies', 'wire', 'wires'] as const;

/**
 * How a news anchor hands over to the reporter in a broadcast's transcript: "Reporter Ko Min-joo has the
 * story.", "Our correspondent Ian Marsh reports." The sentence is part of the text and names its author.
 */
export const BROADCAST_HANDOFFS = ['has the story', 'has more', 'has the details', 'has this report', 'reports'] as const;
