/**
 * The story is a run of prose; what a page drops into it or around it (a link, a view count, a credit, a run of
 * other stories' titles, a picture's caption) reads differently. Two measures that hold for news in any outlet, in
 * the manner of jusText, tell them apart without knowing the page: whether a sentence ends in the line, and its
 * share of grammar words (English function words; Chinese particles, prepositions and the commas and full stops of
 * a sentence). Story text has both; a label, a list of names or titles, a link has neither. Second, a short line of
 * prose that ends in a picture's credit, with more of the story under it, is a caption.
 */

import { FUNCTION_WORDS, ZH_FUNCTION_CHARS } from '../../vocab/stop-words.ts';
import { cjkCount, endsSentence, isListItem, wordCount } from '../text-shape.ts';

const ZH_FUNCTION = new Set(ZH_FUNCTION_CHARS);

/** Written mostly in Chinese characters. */
function isZh(text: string): boolean {
  const han = cjkCount(text);
  return han > 0 && han * 2 >= text.replace(/\s/g, '').length;
}

/** Grammar words and words of an English line, as spaces part them. */
interface WordTally {
  grammar: number;
  words: number;
}

function tallyWords(text: string): WordTally {
  // Words as spaces part them: an address ("img.example.net/a8f3.jpg") is one word, not "a" and others.
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/u, ''))
    .filter((w) => /\p{L}/u.test(w));
  const grammar = words.reduce((n, w) => n + (FUNCTION_WORDS.has(w) ? 1 : 0), 0);
  return { grammar, words: words.length };
}

const shareOf = (t: WordTally) => (t.words ? t.grammar / t.words : 0);

/** The share of grammar characters and punctuation per Chinese character. */
function zhDensity(text: string): number {
  let grammar = 0;
  for (const c of text) if (ZH_FUNCTION.has(c)) grammar++;
  return grammar / cjkCount(text);
}

/**
 * The share of grammar words among a line's words (English), or of grammar characters and punctuation per Chinese
 * character (Chinese), 0..1.
 */
export function grammarDensity(text: string): number {
  return isZh(text) ? zhDensity(text) : shareOf(tallyWords(text));
}

/** English prose: about a third of its words or more are grammar words; a page in another language has almost none. */
const ENGLISH_DENSITY = 0.25;
/**
 * Below these a line has too few grammar words to be a sentence (English: "– Kyle Hughes, Writer", "© Thomson
 * Reuters 2020"; Chinese: "2. 单位改革末位淘汰成导火索"). A line under `SHORT` characters, or `ZH_SHORT` Chinese
 * characters, is held to the higher share; a longer English one must be almost bare (a table of names, a ticker).
 * A long Chinese line is left alone: without commas and particles it may still be the story (a forum's post, a
 * deck of the story's own titles), and the pages read so far show no long Chinese line that is furniture by
 * this shape alone.
 */
const SPARSE = 0.15;
const BARE = 0.1;
const SHORT = 70;
const ZH_SPARSE = 0.1;
const ZH_SHORT = 30;

/**
 * Not prose: no sentence ends in it, and it has too few grammar words for a sentence of its length. `english`: the
 * page's prose is English (a page in another language written in letters has none of its grammar words).
 */
export function isStrayLine(text: string, english: boolean): boolean {
  return isStray(shapeOf(text), english);
}

/** What `isStrayLine` reads of a line, read once per line: the page's language is judged from the same counts. */
interface LineShape {
  text: string;
  zh: boolean;
  /** English lines only (a Chinese line's density is per character). */
  tally: WordTally | null;
}

function shapeOf(text: string): LineShape {
  const zh = isZh(text);
  return { text, zh, tally: zh ? null : tallyWords(text) };
}

function isStray({ text, zh, tally }: LineShape, english: boolean): boolean {
  if (endsSentence(text) || /[:：]$/.test(text)) return false;
  if (zh) {
    // A comma parts clauses: prose, perhaps cut off ("河北省国家安全机关工作发现,郑富").
    if (/[，,；;]/.test(text)) return false;
    return cjkCount(text) < ZH_SHORT && zhDensity(text) < ZH_SPARSE;
  }
  const density = shareOf(tally!);
  return english && ((text.length < SHORT && density < SPARSE) || density < BARE);
}

/** Decisions with reason null are the body. */
interface Judged {
  reason: string | null;
}

function bodyIndexes(decisions: readonly Judged[]): number[] {
  return decisions.flatMap((d, i) => (d.reason === null ? [i] : []));
}

/** The body's stray lines (`isStrayLine`) get the reason 'stray'. */
export function dropStrayLines(decisions: Judged[], units: ReadonlyArray<{ text: string }>): void {
  const body = bodyIndexes(decisions);
  const shapes = body.map((i) => shapeOf(units[i]!.text));
  // The page's English lines as one text: its words are theirs, so the lines' tallies add up to its tally.
  const page: WordTally = { grammar: 0, words: 0 };
  for (const { tally } of shapes) {
    if (!tally) continue;
    page.grammar += tally.grammar;
    page.words += tally.words;
  }
  const english = shareOf(page) >= ENGLISH_DENSITY;
  body.forEach((i, n) => {
    const t = units[i]!.text;
    if (!isStray(shapes[n]!, english)) return;
    // A page saved in part ends in the story cut off mid-word ("Beijing's highly secretive Ministry of State Se"):
    // prose has words in lower case, a label in title case ("United States Latest News, United States Headlines") none.
    // A line almost bare of grammar words ("espionage 100% china 90% us navy 80%") is a list, cut off or not.
    if (n === body.length - 1 && wordCount(t) >= 5 && /(?:^|\s)\p{Ll}/u.test(t) && (!english || grammarDensity(t) >= BARE)) return;
    // An item of a list the story introduces ("He received: • Photographs and videos of the USS Essex").
    const prev = units[body[n - 1] ?? -1]?.text ?? '';
    if (isListItem(t) && (isListItem(prev) || /[:：]$/.test(prev))) return;
    decisions[i] = { reason: 'stray' };
  });
}

// The tail after a line's last full stop: "… in Hunan province. (Photo by Reuters)", "…判處有期徒刑7年。(央視截圖)".
const TAIL_RE = /[.!?。！？]["'”’」』]?\s*([^.!?。！？]{1,60})$/u;

/**
 * Who supplied a picture, in the shapes credits take whatever the agency: in brackets ("(Photo by Reuters)",
 * "(央視截圖)"), a label and a name ("PHOTO: REUTERS", "Photograph: VCG/Getty Images", "| KYODO", "/CFP"), a
 * name in capitals ("AFP"), "圖／聯合報系資料照片".
 */
function isCreditShape(tail: string): boolean {
  if (isZh(tail)) return /^[（(【[][^（()）【】[\]]{1,16}[）)】\]]$|^\S{0,4}[/／]\S{1,16}$/u.test(tail);
  if (wordCount(tail) > 6) return false;
  return /^[([][^()[\]]+[)\]]$/.test(tail) || /[:/|]/.test(tail) || /^\p{Lu}[\p{Lu}\s.&-]+$/u.test(tail);
}

/** A caption is a line or two; a longer paragraph that ends in its source ("… (Yonhap)") is the story. */
const CAPTION_WORDS = 25;
const CAPTION_HAN = 50;

/** "Antimony is used in ammunition. PHOTO: REUTERS": a short line of prose, then the credit of a picture. */
export function isCreditedCaption(text: string): boolean {
  if (endsSentence(text)) return false;
  // "A student erasing answers from a test (smolaw11/iStock)", "沿海漁民多次撈到「間諜魚」 （圖／翻攝 央視）":
  // who took the picture and for whom, in brackets, needs no full stop before it.
  const slash = SLASH_CREDIT_RE.exec(text);
  if (slash) return isCaptionLength(text.slice(0, slash.index));
  const m = TAIL_RE.exec(text);
  const tail = m?.[1]?.trim();
  // "These features include:", "Read about:": a line ending in a colon introduces what follows.
  if (!m || !tail || /[:：]$/.test(tail) || !isCreditShape(tail)) return false;
  return isCaptionLength(text.slice(0, m.index + 1));
}

const SLASH_CREDIT_RE = /\s*[（(][^（()）/／]{1,24}[/／][^（()）]{1,24}[）)]\s*$/u;

function isCaptionLength(prose: string): boolean {
  return isZh(prose) ? cjkCount(prose) <= CAPTION_HAN : wordCount(prose) <= CAPTION_WORDS;
}

/**
 * A credited caption (`isCreditedCaption`) above more of the story gets the reason 'caption'. The story's own last
 * paragraph may end in its source ("… (Yonhap)", "（譯者：…）1131219"): the last line is left alone.
 */
export function dropCreditedCaptions(decisions: Judged[], units: ReadonlyArray<{ text: string }>): void {
  for (const i of bodyIndexes(decisions).slice(0, -1)) if (isCreditedCaption(units[i]!.text)) decisions[i] = { reason: 'caption' };
}
