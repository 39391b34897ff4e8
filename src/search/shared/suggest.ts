/**
 * "Did you mean …" for a query that found nothing: the nearest spellings among
 * the archive's own names and topic labels (the vocabulary the search page
 * carries, built by ../build/vocabulary.ts). Pure, and small enough to run in
 * the browser on every empty result: the vocabulary is a few hundred phrases.
 *
 * Two ways to be near: the whole query is a misspelt name or label
 * ("minstry of state securty"), or some of its words are misspelt words of
 * them ("galium smuggling"). Latin text is compared without case or
 * diacritics, with one typo allowed per four letters or so (a swap of two
 * neighbouring letters counts as one); Chinese is compared character by
 * character, and a Chinese name can also be reached by its pinyin.
 */
import { normalize } from './terms.ts';

/** One name or label as shown, then other spellings that lead to it (the pinyin of a Chinese name). */
export type VocabularyEntry = [display: string, ...keys: string[]];

const HAN = /\p{Script=Han}/u;
const WORDS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

/** Words of a text as compared: lower case, no diacritics, no punctuation; Chinese runs whole. */
export function words(text: string): string[] {
  return normalize(text).match(WORDS) ?? [];
}

/**
 * Edit distance with adjacent swaps (optimal string alignment), over code points,
 * giving up once it must exceed `max` (it then returns max + 1).
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return Math.min(prev[t.length]!, max + 1);
}

/** Typos forgiven in a word or phrase of this many characters: none in short words, where any change makes another word. */
export function typosAllowed(text: string): number {
  const n = [...text].length;
  if (HAN.test(text)) return n >= 2 ? 1 : 0;
  if (n < 4) return 0;
  if (n <= 7) return 1;
  if (n <= 12) return 2;
  return 3;
}

interface Phrase {
  display: string;
  /** Normalised spellings, words joined by one space. */
  keys: string[];
}

interface Prepared {
  phrases: Phrase[];
  /** Each word of the vocabulary (normalised) → how it is written there and in how many phrases. */
  words: Map<string, { display: string; count: number }>;
}

const prepared = new WeakMap<readonly VocabularyEntry[], Prepared>();

function prepare(vocabulary: readonly VocabularyEntry[]): Prepared {
  let found = prepared.get(vocabulary);
  if (found) return found;
  const phrases: Phrase[] = [];
  const wordMap: Prepared['words'] = new Map();
  for (const [display, ...alternatives] of vocabulary) {
    const keys = [...new Set([display, ...alternatives].map((k) => words(k).join(' ')).filter(Boolean))];
    if (!keys.length) continue;
    phrases.push({ display, keys });
    const shown = display.match(WORDS) ?? [];
    words(display).forEach((w, i) => {
      const entry = wordMap.get(w);
      if (entry) entry.count++;
      else wordMap.set(w, { display: shown[i] ?? w, count: 1 });
    });
  }
  found = { phrases, words: wordMap };
  prepared.set(vocabulary, found);
  return found;
}

interface Candidate {
  text: string;
  distance: number;
  /** Higher first among equal distances. */
  weight: number;
}

/** Whole-query matches: names and labels within the typos their length allows (spaces ignored, so "ma xiao lei" finds "Ma Xiaolei"). */
function phraseCandidates(query: string, typed: string, p: Prepared): Candidate[] {
  const out: Candidate[] = [];
  const lower = typed === typed.toLowerCase();
  const squeezed = query.replace(/ /g, '');
  const max = typosAllowed(squeezed);
  for (const phrase of p.phrases) {
    let best = max + 1;
    for (const key of phrase.keys) best = Math.min(best, editDistance(squeezed, key.replace(/ /g, ''), max));
    if (best > max) continue;
    // The query is this phrase already, as the reader wrote it: nothing to suggest.
    if (best === 0 && words(phrase.display).join(' ') === query) continue;
    out.push({ text: lower ? phrase.display.toLowerCase() : phrase.display, distance: best, weight: 2 });
  }
  return out;
}

/** The nearest vocabulary words to one query word, best first (none for a word the vocabulary has or one too short to guess). */
function wordCandidates(word: string, p: Prepared): { word: string; distance: number; count: number }[] {
  if (p.words.has(word)) return [];
  const max = typosAllowed(word);
  if (max === 0) return [];
  const out: { word: string; distance: number; count: number }[] = [];
  for (const [w, { count }] of p.words) {
    if (HAN.test(w) !== HAN.test(word)) continue;
    const d = editDistance(word, w, max);
    if (d <= max) out.push({ word: w, distance: d, count });
  }
  return out.sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word)).slice(0, 2);
}

/** How a corrected word is written: as the vocabulary writes it, unless the reader typed all in lower case. */
function shownAs(word: string, typed: string, p: Prepared): string {
  const display = p.words.get(word)?.display ?? word;
  return typed === typed.toLowerCase() ? display.toLowerCase() : display;
}

/** Queries built by correcting the misspelt words, the best first, then one with each word's second choice. */
function wordQueries(query: string, p: Prepared): Candidate[] {
  const typed = query.match(WORDS) ?? [];
  const normal = words(query);
  if (normal.length !== typed.length) return [];
  const choices = normal.map((w) => wordCandidates(w, p));
  if (choices.every((c) => c.length === 0)) return [];
  const build = (pick: (i: number) => string | undefined) =>
    typed
      .map((word, i) => {
        const chosen = pick(i);
        return chosen ? shownAs(chosen, word, p) : word;
      })
      .join(' ');
  const distance = choices.reduce((sum, c) => sum + (c[0]?.distance ?? 0), 0);
  const out: Candidate[] = [{ text: build((i) => choices[i]![0]?.word), distance, weight: 1 }];
  choices.forEach((c, i) => {
    if (c.length < 2) return;
    out.push({ text: build((j) => (j === i ? c[1]!.word : choices[j]![0]?.word)), distance: distance - c[0]!.distance + c[1]!.distance, weight: 0 });
  });
  return out;
}

/**
 * Corrected queries for `query`, the likeliest first (at most `limit`); empty
 * when nothing in the vocabulary is near. The caller shows the first that
 * finds something.
 */
export function suggestQueries(query: string, vocabulary: readonly VocabularyEntry[], limit = 3): string[] {
  const normal = words(query).join(' ');
  if (!normal) return [];
  const p = prepare(vocabulary);
  const candidates = [...phraseCandidates(normal, query, p), ...wordQueries(query, p)].sort(
    (a, b) => a.distance - b.distance || b.weight - a.weight || a.text.localeCompare(b.text),
  );
  const seen = new Set<string>([normal]);
  const out: string[] = [];
  for (const c of candidates) {
    const key = words(c.text).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c.text);
    if (out.length === limit) break;
  }
  return out;
}
