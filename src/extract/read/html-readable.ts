/**
 * The main content block of a saved web page, as Mozilla's Readability (the
 * reader view of Firefox) finds it, over linkedom's DOM. On 101 real saved
 * news pages it found the article text where our own rules found none or the
 * wrong block (docs/history/evaluation.md, "HTML seeds"), so the HTML reader
 * asks it first and falls back to its own rules when it finds nothing.
 */
import { createRequire } from 'node:module';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');

// Loaded on the first HTML page, not with the pipeline: linkedom alone costs
// about 0.3 s of CPU to load, paid by every ingest worker, and most corpora
// hold no HTML at all.
const load = (() => {
  let modules: { parseHTML: Linkedom['parseHTML']; Readability: ReadabilityModule['Readability'] } | null = null;
  return () => {
    if (!modules) {
      const require = createRequire(import.meta.url);
      modules = { parseHTML: (require('linkedom') as Linkedom).parseHTML, Readability: (require('@mozilla/readability') as ReadabilityModule).Readability };
    }
    return modules;
  };
})();

/**
 * The content block as a hast fragment, or null when Readability finds no
 * article (or the page is too broken for a DOM). Class names and ids are kept
 * so the reader's furniture rules still see them.
 */
export function readableContent(html: string): Root | null {
  const { parseHTML, Readability } = load();
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
