/**
 * The story is a run of prose; what the page drops into it or around it (a ticker, another story's headline, a
 * picture's caption or credit, a promotion) reads differently. Each line kept as body is classed by two measures
 * that hold for news in any outlet, in the manner of jusText: its length, and its share of grammar words
 * (English function words; Chinese particles, prepositions and the commas and full stops of a sentence). Prose is
 * long enough and dense in grammar; a list of titles, names or figures is not. A short line takes its class from
 * the prose around it; a line that is not prose and stands outside the story's run, or inside it but unlike it,
 * is not story text.
 */

import { FUNCTION_WORDS, ZH_FUNCTION_CHARS } from '../../vocab/stop-words.ts';
import { cjkCount, endsSentence, isListItem, wordCount } from '../text-shape.ts';

export type ProseClass = 'good' | 'near' | 'short' | 'bad';

/** The measures a line is classed by. */
export interface ProseShape {
  /** Letters of the line (Chinese characters count three: a Chinese sentence is a third as long as its translation). */
  size: number;
  /** Share of grammar words (English) or grammar characters and punctuation (Chinese), 0..1. */
  density: number;
  ends: boolean;
}

const ZH_FUNCTION = new Set(ZH_FUNCTION_CHARS);

export function proseShape(text: string): ProseShape {
  const han = cjkCount(text);
  const ends = endsSentence(text);
  if (han > 0 && han * 2 >= text.replace(/\s/g, '').length) {
    let grammar = 0;
    for (const c of text) if (ZH_FUNCTION.has(c)) grammar++;
    return { size: han * 3, density: grammar / han, ends };
  }
  const words = text.toLowerCase().match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  const grammar = words.reduce((n, w) => n + (FUNCTION_WORDS.has(w.replace(/['’]s$|[.]$/u, '')) ? 1 : 0), 0);
  return { size: text.length, density: words.length ? grammar / words.length : 0, ends };
}

/** Below this a line is short; from `LONG` on, prose of high density is good on its own. */
const SHORT = 70;
const LONG = 200;
/** Grammar shares (English): jusText's stop-word thresholds for English. */
const DENSE = 0.32;
const SPARSE = 0.3;
/** Chinese: grammar characters and punctuation per Chinese character. */
const ZH_DENSE = 0.16;
const ZH_SPARSE = 0.12;

export function proseClass(text: string): ProseClass {
  const s = proseShape(text);
  const zh = cjkCount(text) * 2 >= text.replace(/\s/g, '').length && cjkCount(text) > 0;
  const [dense, sparse] = zh ? [ZH_DENSE, ZH_SPARSE] : [DENSE, SPARSE];
  if (s.size < SHORT) return 'short';
  if (s.density >= dense) return s.size >= LONG ? 'good' : 'near';
  return s.density >= sparse ? 'near' : 'bad';
}

/**
 * Context revision: a short line between two runs of prose is prose; one between two lines that are not is not.
 * Near-good lines are prose unless both neighbours are not. The page's edges count as not prose.
 */
export function reviseClasses(classes: ProseClass[]): ProseClass[] {
  const out = [...classes];
  const neighbour = (i: number, step: number, skipShort: boolean): ProseClass => {
    for (let j = i + step; j >= 0 && j < classes.length; j += step) {
      const c = out[j]!;
      if (c === 'good' || c === 'bad') return c;
      if (!skipShort && c === 'near') return c;
    }
    return 'bad';
  };
  // Short lines first, looking past other short lines to the nearest classed line.
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] !== 'short') continue;
    const prev = neighbour(i, -1, true);
    const next = neighbour(i, 1, true);
    out[i] = prev === next ? prev : 'near';
  }
  const snapshot = [...out];
  for (let i = 0; i < classes.length; i++) {
    if (snapshot[i] !== 'near') continue;
    const prev = neighbour(i, -1, true);
    const next = neighbour(i, 1, true);
    out[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  }
  return out;
}

const isZh = (text: string) => {
  const han = cjkCount(text);
  return han > 0 && han * 2 >= text.replace(/\s/g, '').length;
};

/**
 * Not prose: no sentence ends in it, and it has too few grammar words for a sentence of its length. `english`: the
 * page's prose is English (a page in another language written in letters has none of its grammar words).
 */
/** English prose: a third of its words or more are grammar words; a page in another language has almost none. */
const ENGLISH_DENSITY = 0.25;

export function isStrayLine(text: string, english: boolean): boolean {
  const s = proseShape(text);
  if (s.ends || /[:：]$/.test(text)) return false;
  if (isZh(text)) {
    // Titles run together with spaces between them: Chinese prose parts its clauses with commas, not spaces.
    if (/[，,；;]/.test(text)) return false;
    if ((text.match(/\p{Script=Han}\s+(?=\p{Script=Han})/gu)?.length ?? 0) >= 2) return true;
    return (cjkCount(text) < 30 && s.density < 0.1) || s.density < 0.05;
  }
  return english && ((s.size < 70 && s.density < 0.15) || s.density < 0.1);
}

/** The share of grammar words in the page's body taken together, as for one line. */
function bodyDensity(texts: string[]): number {
  return proseShape(texts.filter((t) => !isZh(t)).join(' ')).density;
}

/** Decisions with reason null are body; the stray lines among them get `reason` 'stray'. */
export function dropStrayLines(decisions: Array<{ reason: string | null }>, units: Array<{ text: string }>): void {
  const body = decisions.flatMap((d, i) => (d.reason === null ? [i] : []));
  const english = bodyDensity(body.map((i) => units[i]!.text)) >= ENGLISH_DENSITY;
  body.forEach((i, n) => {
    const t = units[i]!.text;
    if (!isStrayLine(t, english)) return;
    // The page was saved in part: its last line is the story, cut off mid-sentence ("Ministry of State Se").
    if (n === body.length - 1 && wordCount(t) >= 5) return;
    // An item of a list the story introduces ("He received: • Photographs and videos...") is the story.
    const prev = units[body[n - 1] ?? -1]?.text ?? '';
    if (isListItem(t) && (isListItem(prev) || /[:：]$/.test(prev))) return;
    if (process.env.STRAY_DEBUG) console.error(`STRAY\t${n}/${body.length}\t${JSON.stringify(proseShape(t))}\t${t.slice(0, 150)}`);
    decisions[i] = { reason: 'stray' };
  });
}

/**
 * A short line of prose ending in a picture's credit, above more of the story, is a caption. The story's own last
 * paragraph may end in its source ("… (Yonhap)", "（譯者：…）"): the last line is left alone.
 */
export function dropCreditedCaptions(decisions: Array<{ reason: string | null }>, units: Array<{ text: string }>): void {
  const body = decisions.flatMap((d, i) => (d.reason === null ? [i] : []));
  body.slice(0, -1).forEach((i) => {
    if (!isCreditedCaption(units[i]!.text)) return;
    if (process.env.STRAY_DEBUG) console.error(`CAPTION\t${units[i]!.text.slice(0, 150)}`);
    decisions[i] = { reason: 'caption' };
  });
}

/** The words a line is about: its content words (English), or its pairs of Chinese characters. */
export function contentTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}][\p{L}'’-]{3,}/gu)) if (!FUNCTION_WORDS.has(m[0]) && !/\p{Script=Han}/u.test(m[0])) terms.add(m[0].replace(/['’]s$/u, ''));
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? [])
    for (let i = 0; i + 1 < run.length; i++) if (!ZH_FUNCTION.has(run[i]!) && !ZH_FUNCTION.has(run[i + 1]!)) terms.add(run.slice(i, i + 2));
  return terms;
}

export function debugEdges(decisions: Array<{ reason: string | null }>, units: Array<{ text: string }>, headline: string | null): void {
  const body = decisions.flatMap((d, i) => (d.reason === null ? [i] : []));
  if (body.length < 3) return;
  const terms = body.map((i) => contentTerms(units[i]!.text));
  const head = contentTerms(headline ?? '');
  body.forEach((_i, n) => {
    const others = new Set<string>(head);
    terms.forEach((t, m) => { if (m !== n) for (const w of t) others.add(w); });
    const shared = [...terms[n]!].filter((w) => others.has(w)).length;
    const share = terms[n]!.size ? shared / terms[n]!.size : 1;
    if (share < 0.15) console.error(`EDGE\t${n}/${body.length}\t${shared}/${terms[n]!.size}\t${units[body[n]!]!.text.slice(0, 140)}`);
  });
}

// The tail after a line's last full stop: "… in Hunan province. (Photo by Reuters)", "…判處有期徒刑7年。(央視截圖)".
const TAIL_RE = /[.!?。！？](?:["'”’」』])?\s*([^.!?。！？]{1,60})$/u;

/** "(Photo by Reuters)", "PHOTO: REUTERS", "/CFP", "| KYODO", "(央視截圖)", "圖／聯合報系資料照片": who supplied a picture. */
function isCreditShape(tail: string): boolean {
  if (isZh(tail)) return /^[（(【[][^（()）【】[\]]{1,16}[）)】\]]$|^\S{0,4}[/／]\S{1,16}$/u.test(tail);
  if (wordCount(tail) > 6) return false;
  return /^[([][^()[\]]+[)\]]$/.test(tail) || /[:/|]/.test(tail) || /^[\p{Lu}][\p{Lu}\s.&-]+$/u.test(tail);
}

/** "Antimony is used in ammunition. PHOTO: REUTERS": a short line of prose, then the credit of a picture. */
export function isCreditedCaption(text: string): boolean {
  if (endsSentence(text)) return false;
  const m = TAIL_RE.exec(text);
  const tail = m?.[1]?.trim();
  // "These features include:", "Read about:": a line ending in a colon introduces what follows.
  if (!m || !tail || /[:：]$/.test(tail) || !isCreditShape(tail)) return false;
  const prose = text.slice(0, m.index + 1);
  return isZh(prose) ? cjkCount(prose) <= CAPTION_HAN : wordCount(prose) <= CAPTION_WORDS;
}

/** A caption is a line or two: longer, a paragraph that ends in its source ("… (Yonhap)") is the story. */
const CAPTION_WORDS = 25;
const CAPTION_HAN = 50;

