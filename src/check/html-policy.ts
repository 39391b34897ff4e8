/**
 * HTML in content that would run script in a reader's browser or pull in
 * another document: elements that do it by being there, event-handler
 * attributes, and script URLs. The same rules for raw HTML in a `.md` page
 * and for lower-case (HTML) elements in an `.mdx` page. The site's CSP would
 * block most of it, but content that relies on the CSP to be harmless is
 * still content nobody should merge.
 */

import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Elements that run script, embed another document or change where the page's links and resources point. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link']);

/** A URL a browser would run as script: `javascript:`, `vbscript:`, an HTML `data:` document (whitespace and controls inside the scheme ignored, as browsers do). */
export function isScriptUrl(url: string): boolean {
  const scheme = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(?:javascript|vbscript):/.test(scheme) || /^data:text\/html/.test(scheme);
}

/** What is dangerous about one element, in words (empty when nothing): `name` lower-case, attributes as written. */
export function elementDangers(name: string, attributes: Array<[name: string, value: string | null]>): string[] {
  const found: string[] = [];
  if (ACTIVE_ELEMENTS.has(name.toLowerCase())) found.push(`a <${name}> element runs or embeds code`);
  for (const [attribute, value] of attributes) {
    if (/^on/i.test(attribute)) found.push(`the event handler ${attribute}= on <${name}> runs script`);
    else if (value !== null && isScriptUrl(value)) found.push(`the script URL in ${attribute}= on <${name}> runs script`);
  }
  return found;
}

/** Dangers in a piece of raw HTML, each with its line within `html` (1-based). */
export function htmlDangers(html: string): Array<{ line: number; what: string }> {
  const tree: Root = fromHtml(html, { fragment: true });
  const found: Array<{ line: number; what: string }> = [];
  visit(tree, 'element', (node: Element) => {
    const attributes = Object.entries(node.properties).map(([key, value]): [string, string | null] => [
      key.toLowerCase(),
      value === null || value === undefined || typeof value === 'boolean' ? null : Array.isArray(value) ? value.join(' ') : String(value),
    ]);
    for (const what of elementDangers(node.tagName, attributes)) found.push({ line: node.position?.start.line ?? 1, what });
  });
  return found;
}
