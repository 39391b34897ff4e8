/** Paragraphs of the source articles: read from a page's body, looked up by reference, numbered. */

import type { PageFormat } from '../emit/mdx.ts';
import { paragraphsOfBody } from '../emit/read-page.ts';
import type { Paragraph, SourceRef } from '../model/schema.ts';
import type { SiteModel } from './site-model.ts';

/**
 * The anchored paragraphs of an article page's body (`.md` or `.mdx`), as plain text, in order (one parser for ingest and site).
 * A function of its own, not an alias: scripts/bench.ts patches its first line to read another paragraph form.
 */
export function paragraphsFromBody(body: string, format: PageFormat): Paragraph[] {
  return paragraphsOfBody(body, format);
}

/** The text of the paragraph a reference points at, or null when the article or paragraph is missing. */
export function paragraphText(model: Pick<SiteModel, 'article'>, ref: SourceRef): string | null {
  return model.article.get(ref.article)?.paragraphs.find((p) => p.id === ref.paragraph)?.text ?? null;
}

/** `p12` -> 12, for ordering paragraphs; an id of another shape counts as 0. */
export function paragraphNumber(id: string): number {
  return Number(id.replace(/^p/, '')) || 0;
}
