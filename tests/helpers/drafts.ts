/** What the case readers take in tests: the project's taxonomy, and an article draft from paragraphs of text. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseTopicFile } from '../../src/emit/topic-page.ts';
import type { ArticleDraft, TaxonomyEntry } from '../../src/model/types.ts';

export const taxonomy: TaxonomyEntry[] = readdirSync('content/topics').flatMap((f) => {
  const r = parseTopicFile(`content/topics/${f}`, readFileSync(`content/topics/${f}`, 'utf8'));
  return r.ok ? [r.entry] : [];
});

/** An article `id` titled `title` whose paragraphs p1, p2... are `texts`. */
export function articleDraft(id: string, language: string, title: string, ...texts: string[]): ArticleDraft {
  return {
    id,
    seed: `seeds/${id}.txt`,
    title,
    url: null,
    outlet: null,
    byline: null,
    published: null,
    language,
    onTopic: false,
    paragraphs: texts.map((text, i) => ({ id: `p${i + 1}`, text })),
    removed: [],
    provenance: {},
    warnings: [],
  };
}
