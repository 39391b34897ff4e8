/**
 * The main content block of a saved web page, as Mozilla's Readability (the
 * reader view of Firefox) finds it, over linkedom's DOM. On 101 real saved
 * news pages it found the article text where our own rules found none or the
 * wrong block (docs/history/evaluation.md, "HTML seeds"), so the HTML reader
 * asks it first and falls back to its own rules when it finds nothing.
 */
import { Readability } from '@mozilla/readability';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseHTML } from 'linkedom';

/**
 * The content block as a hast fragment, or null when Readability finds no
 * article (or the page is too broken for a DOM). Class names and ids are kept
 * so the reader's furniture rules still see them.
 */
export function readableContent(html: string): Root | null {
  try {
    const { document } = parseHTML(html);
    if (!document.body) return null;
    const article = new Readability(document as unknown as Document, { keepClasses: true }).parse();
    const content = article?.content?.trim();
    return content ? fromHtml(content, { fragment: true }) : null;
  } catch {
    // A DOM or Readability failure on a malformed page: the reader's own rules take over.
    return null;
  }
}
