/**
 * Front matter of the MDX pages in content/, generated or written by hand.
 * Hand-written pages may leave out what they do not know; the defaults make
 * them first-class members of the dataset. Astro's collections validate with
 * these same schemas, so `npm run check`, ingest and the site agree.
 */
import { z } from 'zod';
import { Article, Case } from '../model/schema.ts';

const list = z.array(z.string()).default([]);

export const ArticleFrontMatter = Article.omit({ paragraphs: true }).extend({
  removed: Article.shape.removed.default([]),
  cases: list,
  onTopic: z.boolean().default(true),
  language: z.string().default('en'),
  outlet: z.string().nullable().default(null),
  byline: z.string().nullable().default(null),
  published: Article.shape.published.default(null),
  curated: z.boolean().optional(),
});

export const CaseFrontMatter = Case.extend({
  summary: z.string().default(''),
  dramatization: z.boolean().default(false),
  people: list,
  organisations: list,
  places: list,
  topics: list,
  outcome: Case.shape.outcome.default(null),
  events: Case.shape.events.default([]),
  sources: Case.shape.sources.default([]),
  curated: z.boolean().optional(),
});
export type CaseFrontMatter = z.infer<typeof CaseFrontMatter>;
