/** Related cases: those that share topics or entities with a case, ranked through an index built once per build. */
import type { Case } from '../model/schema.ts';
import { pushTo } from '../util/collections.ts';
import { entityIds } from './entities.ts';

export interface RelatedCase {
  case: Case;
  score: number;
  topics: string[];
  entities: string[];
  sameSource: boolean;
}

interface RelatedIndex {
  byId: Map<string, Case>;
  /** Topic (`t:`) or entity (`e:`) key -> the cases that have it. */
  postings: Map<string, Case[]>;
  byArticle: Map<string, Case[]>;
}

// Built once per list of cases and shared by every case page: ranking one case
// then touches only the cases that share something with it, not all pairs.
const relatedIndexes = new WeakMap<readonly Case[], RelatedIndex>();

function keysOf(c: Case): string[] {
  return [...new Set(c.topics)].map((t) => `t:${t}`).concat(entityIds(c).map((e) => `e:${e}`));
}

function relatedIndex(cases: readonly Case[]): RelatedIndex {
  let index = relatedIndexes.get(cases);
  if (index) return index;
  index = { byId: new Map(), postings: new Map(), byArticle: new Map() };
  for (const c of cases) {
    index.byId.set(c.id, c);
    for (const key of keysOf(c)) pushTo(index.postings, key, c);
    for (const a of new Set(c.sources.map((s) => s.article))) pushTo(index.byArticle, a, c);
  }
  relatedIndexes.set(cases, index);
  return index;
}

/**
 * Cases that share topics or entities with `id`, best first. A shared rare
 * topic or entity counts more than a common one (inverse document frequency);
 * entities count double; being reported in the same article adds a little.
 * A key more than 100 cases share tells little about relatedness and is
 * skipped, so a page touches a bounded number of cases: linear per build.
 */
export function rankRelated(cases: readonly Case[], id: string, limit = 5): RelatedCase[] {
  const index = relatedIndex(cases);
  const self = index.byId.get(id);
  if (!self) return [];
  const n = cases.length;
  // A fixed bound, not a share of the archive: with n/10, each page touched a tenth of all cases, O(cases^2) per build.
  const tooCommon = 100;
  const found = new Map<string, { case: Case; score: number; topics: string[]; entities: string[]; sameSource: boolean }>();
  const entry = (c: Case) => {
    let e = found.get(c.id);
    if (!e) found.set(c.id, (e = { case: c, score: 0, topics: [], entities: [], sameSource: false }));
    return e;
  };
  for (const key of keysOf(self)) {
    const posting = index.postings.get(key) ?? [];
    if (posting.length > tooCommon) continue;
    const idf = Math.log((n + 1) / posting.length);
    for (const c of posting) {
      if (c.id === id) continue;
      const e = entry(c);
      if (key.startsWith('t:')) {
        e.topics.push(key.slice(2));
        e.score += idf;
      } else {
        e.entities.push(key.slice(2));
        e.score += 2 * idf;
      }
    }
  }
  for (const a of new Set(self.sources.map((s) => s.article))) {
    for (const c of index.byArticle.get(a) ?? []) if (found.has(c.id)) found.get(c.id)!.sameSource = true;
  }
  const out: RelatedCase[] = [];
  for (const e of found.values()) {
    const score = e.score + (e.sameSource ? 0.5 : 0);
    if (score > 0) out.push({ case: e.case, score: Math.round(score * 1000) / 1000, topics: e.topics, entities: e.entities, sameSource: e.sameSource });
  }
  return out.sort((a, b) => b.score - a.score || a.case.title.localeCompare(b.case.title)).slice(0, limit);
}
