/**
 * Stage 6, emit: the dataset becomes files under the content directory — one
 * Markdown page per article and per case (each stamped with where it came from and
 * a hash that tells a later run whether a person edited it), and the dataset
 * as JSON. Pure: returns text; src/ingest/run-ingest.ts decides what to write.
 */
import { createHash } from 'node:crypto';
import type { Article, Case, Dataset } from '../model/schema.ts';
import { anchoredParagraph, type PageFormat, paraElement, paragraph, toPage } from './mdx.ts';
import { GENERATED_MARK, stampHash } from './reconcile.ts';

export type Files = Map<string, string>;
export { GENERATED_MARK };

function header(source: string): string[] {
  return [
    `${GENERATED_MARK} from ${source}`,
    'Edit freely: `npm run ingest` keeps edited pages (see CONTRIBUTING.md); set `curated: true` to stop regeneration for good.',
  ];
}

/** An article page: `.md` unless a contributor renamed it to `.mdx` (then in MDX, ready for components). */
export function articleMarkdown(article: Article, format: PageFormat = 'md'): string {
  const { paragraphs, ...frontMatter } = article;
  const body = format === 'mdx' ? paragraphs.map((p) => paraElement(p.id, p.text)) : paragraphs.flatMap((p) => anchoredParagraph(p.id, p.text));
  return stampHash(toPage(frontMatter, body, header(article.seed), format));
}

export function caseMarkdown(item: Case, seeds: string[], format: PageFormat = 'md'): string {
  // The body is the summary readers see and contributors edit; front matter holds the facts.
  // Most cases have one report, or reports that agree: no empty `disagreements` line on every page (it reads back as []).
  const { summary, disagreements, ...facts } = item;
  // (A case built by hand in code may lack the list altogether.)
  const frontMatter = disagreements?.length ? { ...facts, disagreements } : facts;
  return stampHash(toPage(frontMatter, [paragraph(summary)], header(seeds.join(', ')), format));
}

/** One Markdown page per article and per case, keyed by path under the content dir. */
export function emitPages(dataset: Dataset): Files {
  return emitPagesReusing(dataset).files;
}

/**
 * A page's text, if a previous run already wrote it for exactly this data
 * (`key`: a hash of everything the page is made from), else undefined.
 * The caller answers only when it can prove the text: same code, same key,
 * and the file on disk still holds what was written.
 */
export type KnownPage = (path: string, key: string) => string | undefined;

/**
 * emitPages(), taking the text of pages whose data did not change from `known`; also returns each page's data key.
 * `formats`: pages (`articles/<id>`, `cases/<id>`) a contributor renamed to `.mdx`, written in that format.
 */
export function emitPagesReusing(
  dataset: Dataset,
  known: KnownPage = () => undefined,
  formats: ReadonlyMap<string, PageFormat> = new Map(),
): { files: Files; keys: Map<string, string>; reused: number } {
  const files: Files = new Map();
  const keys = new Map<string, string>();
  let reused = 0;
  const page = (path: string, data: unknown, render: () => string) => {
    const key = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 32);
    keys.set(path, key);
    const text = known(path, key);
    if (text !== undefined) reused++;
    files.set(path, text ?? render());
  };
  const seedOf = new Map(dataset.articles.map((a) => [a.id, a.seed]));
  const formatOf = (stem: string) => formats.get(stem) ?? 'md';
  for (const article of dataset.articles) {
    const stem = `articles/${article.id}`;
    page(`${stem}.${formatOf(stem)}`, article, () => articleMarkdown(article, formatOf(stem)));
  }
  for (const item of dataset.cases) {
    const found = item.sources.map((s) => seedOf.get(s.article) ?? s.article);
    const seeds = found.length ? found : ['no seed'];
    const stem = `cases/${item.id}`;
    page(`${stem}.${formatOf(stem)}`, [item, seeds], () => caseMarkdown(item, seeds, formatOf(stem)));
  }
  return { files, keys, reused };
}

export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
