/**
 * Sentence splitting for news prose (English, and Chinese by its full stops), shared by the case readers.
 * News abbreviations ("U.S.", "Mr.", "Sept.") must not end a sentence, or a
 * name after them would look sentence-initial.
 */
import { memoByText } from '../../util/collections.ts';

export interface Sentence {
  text: string;
  start: number;
}

// Titles and ranks too: "New York Gov. Kathy Hochul", "Democratic Govs. Kathy Hochul and...", "army Maj. Gen. Kao An-kuo".
const ABBREVIATION =
  /(?:\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Prof|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Ltd|Corp|Gen|Col|Lt|Gov|Govs|Sen|Rep|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Brig|e\.g|i\.e|vs|etc)|\b[A-Z])$/;
// Chinese ends a sentence with 。！？ (and a closing quote), with no space after it.
const BOUNDARY = /[.!?]["'”’)\]]*\s+(?=["'“‘([]?[A-Z0-9])|[。！？][”’」』"]*\s*(?=\S)/g;

// The case readers split the same paragraph many times (once per person, per reader): split once per text.
// Callers only read the result.
export const sentences: (text: string) => Sentence[] = memoByText(splitSentences);

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const before = text.slice(start, m.index);
    if (text[m.index] === '.' && ABBREVIATION.test(before)) continue;
    const end = m.index + m[0].trimEnd().length;
    const piece = text.slice(start, end).trim();
    if (piece) out.push({ text: piece, start });
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push({ text: rest, start });
  return out;
}

/** The clause (between commas/semicolons) of `text` around offset `index`. */
export function clauseAround(text: string, index: number, length: number): string {
  // English clauses end at ", " and "; ", Chinese ones at "，" and "；".
  const stops = [', ', '; ', '，', '；'];
  const lefts = stops.map((s) => {
    const at = text.lastIndexOf(s, index);
    return at < 0 ? 0 : at + s.length;
  });
  const rights = stops.map((s) => text.indexOf(s, index + length)).filter((i) => i >= 0);
  const right = rights.length ? Math.min(...rights) : text.length;
  return text
    .slice(Math.max(...lefts), right)
    .replace(/[.!?。！？]+["'”’]?$/, '')
    .trim();
}

export function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
