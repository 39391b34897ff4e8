/**
 * The words "Did you mean …" may offer (../shared/suggest.ts): the archive's
 * own names and topic labels — topics of every kind (materials included),
 * outlets, people, organisations and places with their other names — and the
 * Chinese words of the topics' patterns. A Chinese name carries its pinyin too,
 * so a reader who types the name in Latin letters is offered the characters.
 * Pure: built once per site build and carried by the search page.
 */
import { hasHan, romanise, romaniseName } from '../../util/romanise.ts';
import type { VocabularyEntry } from '../shared/suggest.ts';

export interface VocabularySource {
  topics: { label: string; patterns?: readonly string[] }[];
  outlets: (string | null | undefined)[];
  entities: { name: string; kind?: string; aliases: readonly string[] }[];
}

/** A pattern that is plain Chinese text (no expression syntax): 镓, 稀土. */
const PLAIN_HAN = /^\p{Script=Han}+$/u;

/**
 * Past this many phrases the list stops growing (topics and outlets come first,
 * then people and places in dataset order): about 40 KB at most on the search page
 * of a very large archive.
 */
export const MAX_PHRASES = 2_000;

export function searchVocabulary(source: VocabularySource, max = MAX_PHRASES): VocabularyEntry[] {
  const seen = new Set<string>();
  const out: VocabularyEntry[] = [];
  const add = (text: string | null | undefined, person = false) => {
    const display = text?.trim();
    if (!display || (display.length < 3 && !hasHan(display)) || seen.has(display.toLowerCase()) || out.length >= max) return;
    seen.add(display.toLowerCase());
    // A surname has its own readings: 曾 is "Zeng" in a name, "ceng" elsewhere.
    out.push(hasHan(display) ? [display, person ? romaniseName(display) : romanise(display)] : [display]);
  };
  for (const t of source.topics) {
    add(t.label);
    for (const p of t.patterns ?? []) if (PLAIN_HAN.test(p)) add(p);
  }
  for (const o of source.outlets) add(o);
  for (const e of source.entities) for (const name of [e.name, ...e.aliases]) add(name, e.kind === 'person');
  return out;
}
