/**
 * Topic matching: the taxonomy in content/topics/*.mdx is data, each entry a
 * list of case-insensitive patterns. A case is tagged with a topic when one of
 * its paragraphs matches, and the matched words are kept as evidence so a
 * reader can see why ("why is this tagged gallium?").
 */
import type { Paragraph } from './schema.ts';
import type { TaxonomyEntry, TopicMention } from './types.ts';

interface Compiled {
  entry: TaxonomyEntry;
  patterns: RegExp[];
}

// Taxonomies are loaded once per run; compile each once, not once per paragraph.
const compiled = new WeakMap<TaxonomyEntry[], Compiled[]>();

function compile(taxonomy: TaxonomyEntry[]): Compiled[] {
  let list = compiled.get(taxonomy);
  if (!list) {
    list = taxonomy.map((entry) => ({ entry, patterns: entry.patterns.map((p) => new RegExp(p, 'iu')) }));
    compiled.set(taxonomy, list);
  }
  return list;
}

/** The first match of each topic in `text`, in taxonomy order. */
export function topicsInText(text: string, taxonomy: TaxonomyEntry[]): Array<{ entry: TaxonomyEntry; evidence: string; index: number }> {
  const out: Array<{ entry: TaxonomyEntry; evidence: string; index: number }> = [];
  for (const { entry, patterns } of compile(taxonomy)) {
    let best: RegExpExecArray | null = null;
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
