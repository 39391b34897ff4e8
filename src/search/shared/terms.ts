/**
 * Text → search terms, shared by the offline index (built in Node, queried in
 * the browser from file://) and the term highlighter on opened pages.
 *
 * Latin-script words are lower-cased, stripped of diacritics and lightly
 * stemmed (`sentenced`, `sentence`, `sentences` → `sentenc`), close enough to
 * Pagefind's Snowball stemmer for the same queries to find the same pages.
 * Chinese has no spaces: a run of Han characters becomes its character bigrams
 * (and, for indexing, its single characters, so a one-character query works).
 */

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase();
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Share of Han characters among the letters of `text` (0 when it has no letters). */
export function hanShare(text: string): number {
  let han = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (HAN.test(ch)) han++;
    }
  }
  return letters ? han / letters : 0;
}

/** A block of text that is written in Chinese (not an English paragraph with a name in characters). */
export function isChinese(text: string): boolean {
  const han = [...text].filter((c) => HAN.test(c)).length;
  return han >= 2 && hanShare(text) >= 0.5;
}

const SUFFIXES = ['ingly', 'edly', 'ings', 'ing', 'ies', 'ied', 'es', 'ed', 'ly', 's', 'e'];

/** A light, order-stable English stemmer: strips one common suffix, keeps at least 3 letters. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const w = word.replace(/['’]s$/, '');
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      let base = w.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') base += 'y';
      // doubled consonant before -ing/-ed: "smuggling" keeps "smuggl", "stopped" → "stop"
      if ((suffix === 'ing' || suffix === 'ed') && /([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|zz)$/.test(base)) base = base.slice(0, -1);
      return base;
    }
  }
  return w;
}

export interface Token {
  term: string;
  /** Han bigrams and unigrams are matched exactly; Latin terms may match as prefixes. */
  han: boolean;
}

/** Terms for indexing a text: stemmed words, Han bigrams and Han unigrams. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const run of normalize(text).match(RUNS) ?? []) {
    if (HAN.test(run)) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) {
        out.push(chars[i]!);
        if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
      }
    } else {
      out.push(stem(run.replace(/['’].*$/, '')));
    }
  }
  return out;
}

/** Terms of a query, each of which a result must contain: stemmed words; Han runs as bigrams (a single character as itself). */
export function queryTerms(query: string): Token[] {
  const out: Token[] = [];
  const seen = new Set<string>();
  const add = (term: string, han: boolean) => {
    if (term && !seen.has(term)) {
      seen.add(term);
      out.push({ term, han });
    }
  };
  for (const run of normalize(query).match(RUNS) ?? []) {
    if (HAN.test(run)) {
      const chars = [...run];
      if (chars.length === 1) add(chars[0]!, true);
      for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!, true);
    } else {
      add(stem(run.replace(/['’].*$/, '')), false);
    }
  }
  return out;
}

/** Words to highlight on an opened page, from what the reader typed: unstemmed words and Han runs. */
export function highlightWords(query: string): string[] {
  return [...new Set((normalize(query).match(RUNS) ?? []).map((w) => w.replace(/['’].*$/, '')).filter((w) => w.length > 1 || HAN.test(w)))];
}
