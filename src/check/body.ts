/**
 * Checks of a page body's references: components name topics that exist,
 * and internal links resolve. What a body may contain at all (components,
 * code, HTML) is the content policy's (src/check/content-policy.ts).
 */

import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { TaxonomyEntry } from '../model/types.ts';
import { error, type Problem } from './problem.ts';

/** `pages`: every site path that exists; `topics`: by id. */
export function checkBody(path: string, tree: Root, pages: Set<string>, topics: Map<string, TaxonomyEntry>, problems: Problem[]) {
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      const topic = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'topic')?.value;
      if (typeof topic === 'string' && !topics.has(topic)) {
        problems.push(error(path, line, `<${node.name} topic="${topic}">: unknown topic — use the id of a file in content/topics/`));
      }
    }
    if (node.type === 'link') {
      const target = internalTarget(node.url);
      if (target !== null && !pages.has(target)) problems.push(error(path, line, `broken link to ${node.url} — point it at a page that exists`));
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
