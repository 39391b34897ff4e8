/**
 * Content collections. Generated and hand-written pages share one schema per
 * type (src/emit/front-matter.ts), so a contributor's page is validated
 * exactly like generated output, by the site, by ingest and by `npm run check`.
 * CASEBOOK_CONTENT points the site at another content folder (tests build
 * throwaway sites from fixture seeds that way).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleFrontMatter, CaseFrontMatter } from './emit/front-matter.ts';
import { TopicFrontMatter } from './emit/topic-page.ts';
import { forgetMoved } from './integrations/forget-moved.ts';
import { lean } from './integrations/lean-glob.ts';
import { Entity } from './model/schema.ts';

const CONTENT = process.env.CASEBOOK_CONTENT ?? './content';

// Generated pages are `.md` (rendered by Sätteri alone: no bundler module per page);
// a contributor renames one to `.mdx` to embed a component. Both are read. forgetMoved: see src/integrations/forget-moved.ts.
const articles = defineCollection({
  loader: forgetMoved(lean(glob({ pattern: '*.{md,mdx}', base: `${CONTENT}/articles` })), `${CONTENT}/articles`),
  schema: ArticleFrontMatter.omit({ id: true, seed: true }).extend({ seed: ArticleFrontMatter.shape.seed.optional() }),
});

const cases = defineCollection({
  loader: forgetMoved(lean(glob({ pattern: '*.{md,mdx}', base: `${CONTENT}/cases` })), `${CONTENT}/cases`),
  schema: CaseFrontMatter.omit({ id: true }),
});

const topics = defineCollection({
  loader: forgetMoved(glob({ pattern: '*.mdx', base: `${CONTENT}/topics` }), `${CONTENT}/topics`),
  schema: TopicFrontMatter,
});

const entities = defineCollection({
  loader: file(`${CONTENT}/casebook.json`, { parser: (text) => JSON.parse(text).entities }),
  schema: Entity,
});

export const collections = { articles, cases, topics, entities };
