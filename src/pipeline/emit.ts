/**
 * Stage 6, emit: the dataset becomes files under the content directory — one
 * Markdown page per article and per case (each stamped with where it came from and
 * a hash that tells a later run whether a person edited it), and the dataset
 * as JSON. Pure: returns text; scripts/lib/run-ingest.ts decides what to write.
 */
import type { Article, Case, Dataset } from './schema.ts';
import { anchoredParagraph, paragraph, toPage } from './mdx.ts';
import { GENERATED_MARK, stampHash } from './reconcile.ts';

export type Files = Map<string, string>;
export { GENERATED_MARK };

function header(source: string): string[] {
  return [
    `${GENERATED_MARK} from ${source}`,
    'Edit freely: `npm run ingest` keeps edited pages (see CONTRIBUTING.md); set `curated: true` to stop regeneration for good.',
  ];
}

export function articleMarkdown(article: Article): string {
  const { paragraphs, ...frontMatter } = article;
  const body = paragraphs.flatMap((p) => anchoredParagraph(p.id, p.text));
  return stampHash(toPage(frontMatter, body, header(article.seed), 'md'));
}

export function caseMarkdown(item: Case, seeds: string[]): string {
  // The body is the summary readers see and contributors edit; front matter holds the facts.
  const { summary, ...frontMatter } = item;
  return stampHash(toPage(frontMatter, [paragraph(summary)], header(seeds.join(', ')), 'md'));
}

/** One Markdown page per article and per case, keyed by path under the content dir. */
export function emitPages(dataset: Dataset): Files {
  const files: Files = new Map();
  const seedOf = new Map(dataset.articles.map((a) => [a.id, a.seed]));
  for (const article of dataset.articles) files.set(`articles/${article.id}.md`, articleMarkdown(article));
  for (const item of dataset.cases) {
    const seeds = item.sources.map((s) => seedOf.get(s.article) ?? s.article);
    files.set(`cases/${item.id}.md`, caseMarkdown(item, seeds.length ? seeds : ['no seed']));
  }
  return files;
}

export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
