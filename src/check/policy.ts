/**
 * The content policy over whole pages, as the build sees them. Astro splits a
 * page's front matter from its body with its own reader (a looser one than
 * remark's: it ends the front matter at the first line that starts with
 * `---` or `+++`), and compiles what it calls the body. The policy reads the
 * body exactly as Astro splits it, with Astro's own function, so no text can be
 * front matter to the check and code to the build.
 */

import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { generatedParagraphs, generatedSummary } from '../emit/generated-body.ts';
import { formatOf } from '../emit/read-page.ts';
import { contentPolicy } from './content-policy.ts';
import { error, type Problem } from './problem.ts';

export interface PagePolicy {
  /** Breaches of the policy, and the notice of a page that declares code. */
  problems: Problem[];
  /** Why the page could not be read at all (front matter or MDX syntax); the build fails on it too, and `npm run check` reports it with the page's other errors. */
  unreadable: Problem[];
}

/** The policy for one `.md` or `.mdx` page of content/. */
export function pagePolicy(path: string, text: string): PagePolicy {
  const format = formatOf(path);
  // Ingest's own shape (anchored paragraphs of escaped text) has no HTML, link or code in it; it is read without a parser.
  if (format === 'md' && generatedShape(text)) return { problems: [], unreadable: [] };
  let split: ReturnType<typeof parseFrontmatter>;
  try {
    // Blanked with spaces, not removed: every line and column of the body stays where it is in the file.
    split = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (e) {
    return { problems: [], unreadable: [error(path, 1, `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]} — fix it`)] };
  }
  let tree: Root;
  try {
    tree = (format === 'mdx' ? MDX_BODY : MD_BODY).parse(split.content);
  } catch (e) {
    const { line, place, reason, message } = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const at = line ?? place?.line ?? place?.start?.line ?? 1;
    return {
      problems: [],
      unreadable: [error(path, at, `MDX does not compile: ${reason ?? message.split('\n')[0]} — in text, escape { and < as \\{ and \\<`)],
    };
  }
  return { problems: contentPolicy({ path, text, tree, data: split.frontmatter }), unreadable: [] };
}

/**
 * Readers of the body alone, as Astro's compilers get it: no front matter plugin. The page readers
 * (src/emit/read-page.ts) find front matter themselves; Astro has already cut it away, and when its
 * reader finds none, the compiler sees a leading `---` block as body, and so must the policy.
 */
const MD_BODY = unified().use(remarkParse).freeze();
const MDX_BODY = unified().use(remarkParse).use(remarkMdx).freeze();

/**
 * A page whose body is in ingest's shape, found without parsing its front matter (a YAML parse of every
 * generated page would cost the check a second at 10,000 articles). Astro ends the front matter at the first
 * line that starts with `---` or `+++`; when that line is exactly `---`, the body below it is what Astro renders.
 */
function generatedShape(text: string): boolean {
  if (!text.startsWith('---\n')) return false;
  const end = /\n(?:---|\+\+\+)/.exec(text.slice(3));
  if (!end || !text.startsWith('---\n', end.index + 4)) return false;
  const body = text.slice(end.index + 8);
  return generatedParagraphs(body) !== null || generatedSummary(body) !== null;
}

/** `path` is a page the policy covers: every Markdown and MDX file under content/. */
export const isPage = (path: string) => /\.mdx?$/.test(path);

/** The policy over every page of `files` (path -> text), unreadable pages included: what the build runs before Astro. */
export function checkPolicy(files: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [path, text] of files) {
    if (!isPage(path)) continue;
    const result = pagePolicy(path, text);
    problems.push(...result.unreadable, ...result.problems);
  }
  return problems;
}
