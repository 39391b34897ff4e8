/**
 * The journalists a Chinese page credits: in brackets at the head of the
 * story ("（记者赵文涛）", "【記者鍾元、袁世鋼/臺北報導】"), or on a short line
 * of its own ("澎湃新闻记者 周晓岚", "编译谢宜哲／综合报导", "中國新聞組╱北京24日電").
 * Several names are joined as the page joins them, with "、".
 */
import { ZH_AUTHOR_MARKS, ZH_REPORT_ENDINGS, ZH_REPORTER_WORDS, ZH_TRANSLATOR_WORDS, ZH_WRITER_WORDS } from '../../vocab/bylines.ts';
import { ZH_CREDIT_PLACES } from '../../vocab/places.ts';
import { alternation } from '../../vocab/regex.ts';

const HAN = '\\u4e00-\\u9fff';
// As short as the credit allows: "李明台湾台北报导" is 李明 reporting from Taipei, Taiwan.
const NAME = `[${HAN}]{2,4}?`;
const NAMES = `${NAME}(?:、${NAME})*`;
const REPORTER = alternation(ZH_REPORTER_WORDS);
const ENDING = alternation(ZH_REPORT_ENDINGS);
// A name ends at a break, or where the place or the "reported" of the credit begins: "吴旻洲台湾台北报导" is 吴旻洲.
const NAME_END = `(?=$|[\\s、，,）)】〕／/╱|]|${alternation(ZH_CREDIT_PLACES)}|${ENDING})`;

// "本报北京4月14日电 （记者赵文涛）", "【大纪元2022年11月22日讯】(大纪元记者袁世钢、吴旻洲台湾台北报导)".
const BRACKETED_RE = new RegExp(`[（(【〔]\\s*(?:[^（(【）)】]{0,12}?\\s*)?${REPORTER}\\s*(${NAMES})${NAME_END}`, 'u');

// "澎湃新闻记者 周晓岚", "聯合報／ 記者林宛蓉／台北即時報導", "2026/01/13 14:31 編譯謝宜哲／綜合報導", "界面新闻记者 | 周晓岚".
const LINE_RE = new RegExp(`${REPORTER}\\s*[:：|｜]?\\s*(${NAMES})${NAME_END}`, 'u');

/**
 * A credit line of its own with no reporter word: a desk or a name, a slash,
 * the place and day it reports from: "中國新聞組╱北京24日電", "记者孙曜樟/台北报导".
 */
export const ZH_CREDIT_LINE_RE = new RegExp(
  `^(?:本[报報])?(?:${REPORTER})?\\s*([${HAN}]{2,6}(?:、${NAME})*)\\s*[／/╱]\\s*[${HAN}]{0,8}?(?:\\d{1,2}日)?${ENDING}$|` +
    // "【沃草】記者何宇軒報導": the site in brackets, then its reporter and "reported", no slash.
    `^【[^【】]{1,12}】\\s*${REPORTER}\\s*(${NAMES})\\s*[${HAN}]{0,6}?${ENDING}$|` +
    // "◎ 蕭錫惠": an opinion piece's author, marked.
    `^(?:${alternation(ZH_AUTHOR_MARKS)})\\s*(${NAMES})$|` +
    // "文／林曉雯", "撰文：陳大同": the writer, after the word for "text" and a slash or colon.
    `^(?:${alternation(ZH_WRITER_WORDS)})\\s*[／/╱:：]\\s*(${NAMES})$`,
  'u',
);

// "深圳新聞網(wǎng)2026年2月18日訊(深圳報業(yè)集團(tuán)記者 趙偉君/文)": a site's script converter printed the reading
// of some characters after them, in brackets with tone marks. The body keeps the page's text as it is; a credit
// is read without them.
const PINYIN_GLOSS_RE = /(?<=\p{Script=Han})\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu;

/** The text without the readings a converter printed after characters. */
export function withoutPinyinGlosses(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_GLOSS_RE, '') : text;
}

/** The journalists a Chinese credit names ("鍾元、袁世鋼"), or null. `line`: the text is a short line of its own. */
export function zhCredit(raw: string, line: boolean): string | null {
  const text = withoutPinyinGlosses(raw);
  const found = BRACKETED_RE.exec(text) ?? (line ? (LINE_RE.exec(text) ?? ZH_CREDIT_LINE_RE.exec(text)) : null);
  const name = found ? (found[1] ?? found[2] ?? found[3] ?? found[4]!) : null;
  // "（圖／記者林敬旻攝）": the reporter who took the picture, not the one who wrote the story.
  return name && !/[攝摄]$/.test(name) && !/^[攝摄]/.test(text.slice(found!.index + found![0].length)) ? name : null;
}

// "…刪除了通訊紀錄。（譯者：王小明）1131219", "（編譯：王小明／核稿：李大同）": the writer credited where the story
// closes, before the other desk credits and the agency's date stamp.
const CLOSING_RE = new RegExp(
  `[（(]\\s*${alternation([...ZH_TRANSLATOR_WORDS, ...ZH_REPORTER_WORDS])}\\s*[:：]\\s*(${NAMES})\\s*(?:[／/][^（()）]{0,20})?[）)]\\s*\\d{0,7}\\s*$`,
  'u',
);

/** The writer a Chinese story credits at its close ("（譯者：王小明）"), or null. */
export function zhClosingCredit(lastParagraph: string): string | null {
  return CLOSING_RE.exec(lastParagraph)?.[1] ?? null;
}
