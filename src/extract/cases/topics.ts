/**
 * Topic matching: the taxonomy in content/topics/*.mdx is data, each entry a
 * list of case-insensitive patterns. A case is tagged with a topic when one of
 * its paragraphs matches, and the matched words are kept as evidence so a
 * reader can see why ("why is this tagged gallium?").
 */
import type { Paragraph } from '../../model/schema.ts';
import type { TaxonomyEntry, TopicMention } from '../../model/types.ts';
import { memoByText } from '../../util/collections.ts';
import { bothScripts } from '../../vocab/han-variants.ts';
import { KeyFinder } from '../key-finder.ts';
import { foldForKeys, keysOfAny } from './required-literal.ts';

interface Compiled {
  entry: TaxonomyEntry;
  patterns: RegExp[];
  /**
   * All of the entry's patterns as one alternation, or null when they cannot be
   * joined (a backreference would change meaning). At the leftmost position
   * where any pattern matches, the alternation takes the first pattern (in
   * order) that matches there, with that pattern's own match: the same answer
   * as running each pattern and keeping the earliest, first on ties. One scan
   * per topic instead of one per pattern.
   */
  any: RegExp | null;
  /**
   * Words one of which every match contains (required-literal.ts), or null when a pattern has none: a
   * paragraph without any is no match, and the expressions are not run (most topics are absent from most
   * paragraphs, and a search for a word is far cheaper than a case-insensitive expression).
   */
  keys: string[] | null;
}

interface CompiledTaxonomy {
  entries: Compiled[];
  /** Every entry's keys: which of them a text holds is found in one pass, not one search per key. */
  keys: KeyFinder;
}

// Taxonomies are loaded once per run; compile each once, not once per paragraph.
const compiled = new WeakMap<TaxonomyEntry[], CompiledTaxonomy>();

function compile(taxonomy: TaxonomyEntry[]): CompiledTaxonomy {
  let done = compiled.get(taxonomy);
  if (!done) {
    // Chinese patterns are written in simplified characters and match traditional ones too.
    const entries = taxonomy.map((entry) => {
      const sources = entry.patterns.map(bothScripts);
      return { entry, patterns: sources.map((p) => new RegExp(p, 'iu')), any: alternation(sources), keys: keysOfAny(entry.patterns) };
    });
    done = { entries, keys: new KeyFinder(entries.flatMap((c) => c.keys ?? [])) };
    compiled.set(taxonomy, done);
  }
  return done;
}

function alternation(patterns: string[]): RegExp | null {
  if (patterns.length < 2 || patterns.some((p) => /\\(?:[1-9]|k<)/.test(p))) return null;
  try {
    return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'iu');
  } catch {
    return null;
  }
}

type TopicHit = { entry: TaxonomyEntry; evidence: string; index: number };

// One scan per topic per paragraph is most of reading a case, and the same paragraph comes back: outlets
// republish wire copy word for word (half the paragraphs of a 3,000-article corpus were seen before).
// Remembered per taxonomy and text; callers only read the result.
const remembered = new WeakMap<TaxonomyEntry[], (text: string) => TopicHit[]>();

/** The first match of each topic in `text`, in taxonomy order. */
export function topicsInText(text: string, taxonomy: TaxonomyEntry[]): TopicHit[] {
  let scan = remembered.get(taxonomy);
  if (!scan) remembered.set(taxonomy, (scan = memoByText((t) => scanTopics(t, taxonomy))));
  return scan(text);
}

function scanTopics(text: string, taxonomy: TaxonomyEntry[]): TopicHit[] {
  const out: TopicHit[] = [];
  const { entries, keys: finder } = compile(taxonomy);
  const present = finder.keysIn(foldForKeys(text));
  for (const { entry, patterns, any, keys } of entries) {
    if (keys && !keys.some((k) => present.has(k))) continue;
    let best: RegExpExecArray | null = null;
    if (any) {
      const m = any.exec(text);
      if (!m) continue;
      // An empty match is skipped below per pattern, which the alternation cannot do: ask each pattern.
      if (m[0]) {
        out.push({ entry, evidence: m[0], index: m.index });
        continue;
      }
    }
    for (const re of patterns) {
      const m = re.exec(text);
      if (m && m[0] && (!best || m.index < best.index)) best = m;
    }
    if (best) out.push({ entry, evidence: best[0], index: best.index });
  }
  return out;
}

/** One mention per topic per paragraph, in paragraph order. */
export function matchTopics(paragraphs: Paragraph[], taxonomy: TaxonomyEntry[]): TopicMention[] {
  const out: TopicMention[] = [];
  for (const p of paragraphs) {
    for (const { entry, evidence } of topicsInText(p.text, taxonomy)) {
      out.push({ topic: entry.id, kind: entry.kind, paragraph: p.id, evidence });
    }
  }
  return out;
}

/** Topic ids of `mentions`, each once, in order of first mention. */
export function topicIds(mentions: TopicMention[]): string[] {
  return [...new Set(mentions.map((m) => m.topic))];
}
