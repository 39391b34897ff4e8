/**
 * Stage 5, link: case drafts from many articles become cases with stable ids;
 * reports of the same case across outlets become one case with several
 * sources; people, organisations and places become entities.
 * (Foundation version: one case per draft, no merging yet.)
 */
import type { Case, Entity } from './schema.ts';
import type { CaseDraft, Judgement } from './types.ts';
import { slugify, uniqueSlug } from '../lib/slug.ts';

export interface Linked {
  cases: Case[];
  entities: Entity[];
}

export function linkCases(drafts: CaseDraft[], _judgements: Judgement[]): Linked {
  const taken = new Set<string>();
  const cases: Case[] = drafts.map((d) => ({
    id: uniqueSlug(slugify(d.title), taken),
    title: d.title,
    summary: d.summary,
    dramatization: d.dramatization,
    people: [],
    organisations: [],
    places: [],
    topics: [...new Set(d.topics.map((t) => t.topic))],
    outcome: d.outcome,
    events: d.events,
    sources: [{ article: d.article, paragraphs: d.paragraphs }],
    roles: [],
    facts: [],
    assertedBy: d.assertedBy,
  }));
  return { cases, entities: [] };
}
