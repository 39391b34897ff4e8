/**
 * Content collections. Generated and hand-written pages share one schema per
 * type, taken from the pipeline's dataset contract, so a contributor's edit
 * is validated exactly like generated output.
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { Article, Case, Entity } from './pipeline/schema.ts';
import { TopicFrontMatter } from './pipeline/taxonomy.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: Article.omit({ paragraphs: true }).extend({ curated: Article.shape.onTopic.optional() }),
});

const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/cases' }),
  schema: Case.extend({ curated: Case.shape.dramatization.optional() }),
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/topics' }),
  schema: TopicFrontMatter,
});

const entities = defineCollection({
  loader: file('./content/casebook.json', { parser: (text) => JSON.parse(text).entities }),
  schema: Entity,
});

export const collections = { articles, cases, topics, entities };
