/**
 * Checks of an MDX or Markdown page body: only known components, no raw
 * HTML in a `.md` page (it would render), and internal links that resolve.
 */

import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { PARA_CLOSE, PARA_OPEN } from '../emit/read-page.ts';
import type { TaxonomyEntry } from '../model/types.ts';
import { error, type Problem } from './problem.ts';

/** Components an MDX page may use; anything else would fail to render. */
export const MDX_COMPONENTS = ['Para', 'Timeline', 'CaseList', 'Quote', 'FactBox'];

/** `pages`: every site path that exists; `topics`: by id. */
export function checkBody(path: string, tree: Root, pages: Set<string>, topics: Map<string, TaxonomyEntry>, problems: Problem[]) {
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      if (!MDX_COMPONENTS.includes(node.name)) {
        problems.push(error(path, line, `unknown component <${node.name}>; available: ${MDX_COMPONENTS.join(', ')}`));
      }
      const topic = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'topic')?.value;
      if (typeof topic === 'string' && !topics.has(topic)) problems.push(error(path, line, `<${node.name} topic="${topic}">: unknown topic`));
    }
    // Raw HTML in a `.md` page is rendered as HTML, not shown as text: only the paragraph anchors ingest writes may be there.
    if (node.type === 'html' && path.endsWith('.md')) {
      const html = node.value.trim();
      if (!PARA_OPEN.test(html) && html !== PARA_CLOSE && !/^<!--[\s\S]*-->$/.test(html)) {
        problems.push(
          error(
            path,
            line,
            `raw HTML ${JSON.stringify(html.slice(0, 40))} in a Markdown page would be rendered as HTML; write it as text (escape < as \\<), or rename the page to .mdx and use a component`,
          ),
        );
      }
    }
    if (node.type === 'link') {
      const target = internalTarget(node.url);
      if (target !== null && !pages.has(target)) problems.push(error(path, line, `broken link to ${node.url}`));
    }
  });
}

/** Site path of an internal link (`/cases/x/`, `../cases/x/`), or null for external ones. */
function internalTarget(url: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return null;
  const path = url.split(/[?#]/)[0]!.replace(/^(\.\.\/)+|^\.\/|^\//, '');
  if (!path) return '';
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}
