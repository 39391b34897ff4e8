/**
 * Property-test support: arbitrary article text (fast-check) and a fast,
 * faithful way to render generated MDX.
 *
 * Fast path (about 1-2 ms a document, against ~20 s for an `astro build`):
 *   1. compile with Astro's own MDX renderer — `satteri()` from
 *      @astrojs/markdown-satteri, the processor @astrojs/mdx uses by default,
 *      with the options astro.config.mjs gives it — after splitting front
 *      matter with Astro's own parser (@astrojs/internal-helpers): if this
 *      throws, `astro build` would too;
 *   2. evaluate the same source with Sätteri's `evaluate` and a tiny JSX
 *      runtime that records the element tree, then read the text of each
 *      <Para> the way a browser would.
 * tests/unit/ingest/property-build.test.ts checks the fast path against a real
 * `astro build` of a sample of the same documents.
 */

import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { createSatteriMarkdownProcessor, satteri } from '@astrojs/markdown-satteri';
import fc from 'fast-check';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { evaluate } from 'satteri';
import { paraElement, toMdx } from '../../src/emit/mdx.ts';
import { normaliseText } from '../../src/extract/read/read.ts';
import type { Article } from '../../src/model/schema.ts';

/** What astro.config.mjs passes to mdx() and `markdown`: keep in step (property-build.test.ts fails if not). */
export const MDX_OPTIONS = { gfm: false, smartypants: false } as const;

/** Syntax of MDX, JSX, Markdown, GFM, HTML, YAML and JS, in pieces a generator can combine. */
const TOKENS = [
  '{',
  '}',
  '{}',
  '<',
  '>',
  '</',
  '/>',
  '<div>',
  '</div>',
  '<script>alert(1)</script>',
  '<3.14',
  '<Para id="p9">',
  '</Para>',
  '<>',
  '</>',
  '&',
  '&amp;',
  '&lt;',
  '&#60;',
  '&#x3C;',
  '&nbsp;',
  '&copy',
  '\\',
  '\\\\',
  '\\{',
  '`',
  '```',
  '~~~',
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '#',
  '# ',
  '## ',
  '[',
  ']',
  '[x](javascript:alert(1))',
  '![i](x.png)',
  '[^1]',
  '[^1]: note',
  '[a]: http://x.y',
  '(',
  ')',
  '!',
  '|',
  '| a | b |',
  '|---|---|',
  '-',
  '--',
  '---',
  '***',
  '___',
  '+ ',
  '- ',
  '* ',
  '1. ',
  '1) ',
  '> ',
  '    ',
  '\t',
  '\n',
  '\n\n',
  ' \n',
  'import x from "y"',
  'import ',
  'export ',
  'import\t',
  'export\t',
  'import{a}from"b"',
  'export{}',
  'export\n',
  'export default 1',
  'export const a = 1',
  '<!--',
  '-->',
  '<!-- c -->',
  '{/*',
  '*/}',
  '{/* c */}',
  '{process.exit(1)}',
  '{props.x}',
  'www.example.com',
  'https://example.com/a_b',
  'http://',
  'a@b.co',
  '<https://x.y>',
  '<a@b.co>',
  '$',
  '$$',
  '$x^2$',
  '^',
  ':',
  ': ',
  '::: note',
  '"',
  "'",
  '...',
  '“',
  '”',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\ufeff',
  '\u202e',
  '=',
  '==',
  '- [ ] ',
  '[[wiki]]',
  '<br>',
  '<br/>',
  '<?php ?>',
  '<![CDATA[x]]>',
  '<!doctype html>',
  'yes',
  'no',
  'null',
  '~',
  '2023-09-25',
  '0x1F',
  '%',
  '@',
  '@media',
  '{{x}}',
  '${x}',
  'Para',
  'MDXContent',
  '__proto__',
  'constructor',
];

/** Arbitrary text: Unicode of every kind, mixed with syntax tokens. */
export const anyText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\n', 'a', 'word') },
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/**
 * Paragraph text as it reaches emit: read.ts normalises every seed (NFC,
 * `\n` line endings, control characters removed), so that is the domain.
 */
export const paragraphText = anyText.map(normaliseText);

/** Titles come from YAML front matter too, which can carry any character (`"\0"`): no normalisation. */
export const titleText = anyText;

export const anyArticle = fc
  .record({ title: titleText, paragraphs: fc.array(paragraphText, { minLength: 1, maxLength: 5 }), outlet: fc.option(titleText, { nil: null }) })
  .map(({ title, paragraphs, outlet }) => articleOf(title, paragraphs, outlet));

export function articleOf(title: string, paragraphs: string[], outlet: string | null = null, id = 'property-article'): Article {
  return {
    id,
    seed: `seeds/${id}.txt`,
    title,
    url: null,
    outlet,
    byline: null,
    published: null,
    language: 'en',
    onTopic: false,
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })),
    removed: [],
    cases: [],
    provenance: {},
    warnings: [],
  } as Article;
}

/** Whitespace as a browser collapses it (ASCII whitespace only: NBSP and U+3000 are text). */
export function squash(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

// --- the fast renderer -------------------------------------------------------

interface VNode {
  type: unknown;
  props: Record<string, unknown>;
}

const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: unknown): VNode => ({ type, props: props as Record<string, unknown> });

function nodes(children: unknown): unknown[] {
  return Array.isArray(children) ? children.flatMap(nodes) : children == null || children === false ? [] : [children];
}

export interface RenderedElement {
  tag: string;
  attributes: Record<string, unknown>;
}

export interface Rendered {
  frontmatter: Record<string, unknown>;
  /** Each <Para>: its id, its text, the elements inside it. */
  paras: Array<{ id: unknown; text: string; elements: RenderedElement[] }>;
  /** Text and elements outside any <Para>. */
  rest: { text: string; elements: RenderedElement[] };
}

let rendererPromise: Promise<{ process(content: string, file: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> }> | undefined;

function astroRenderer() {
  rendererPromise ??= satteri().createMdxRenderer!(
    { syntaxHighlight: false, gfm: MDX_OPTIONS.gfm, smartypants: MDX_OPTIONS.smartypants },
    { optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false },
  ) as never;
  return rendererPromise!;
}

/** Compile `mdx` as Astro would and render it to text; throws where Astro would. */
export async function renderMdx(mdx: string): Promise<Rendered> {
  const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
  await (await astroRenderer()).process(content, '/virtual/content/articles/property.mdx', frontmatter as Record<string, unknown>);
  const mod = (await evaluate(content, {
    Fragment,
    jsx,
    jsxs: jsx,
    features: { gfm: MDX_OPTIONS.gfm, smartPunctuation: MDX_OPTIONS.smartypants },
    elementAttributeNameCase: 'html',
  })) as { default: (props: unknown) => unknown };
  const paras: Rendered['paras'] = [];
  const rest = { text: '', elements: [] as RenderedElement[] };
  const Para = (props: Record<string, unknown>) => ({ type: 'Para', props });
  const walk = (node: unknown, into: { text: string; elements: RenderedElement[] }): void => {
    for (const n of nodes(node)) {
      if (typeof n === 'string' || typeof n === 'number') {
        into.text += String(n);
        continue;
      }
      const v = n as VNode;
      if (typeof v.type === 'function') walk((v.type as (p: unknown) => unknown)(v.props), into);
      else if (v.type === 'Para') {
        const para = { id: v.props.id, text: '', elements: [] as RenderedElement[] };
        walk(v.props.children, para);
        paras.push(para);
      } else {
        if (typeof v.type === 'string') {
          const { children: _children, ...attributes } = v.props;
          into.elements.push({ tag: v.type, attributes });
          // Block elements break lines the way a browser's innerText would.
          if (v.type === 'p' || v.type === 'br') into.text += '\n';
        } else if (v.type !== Fragment) into.elements.push({ tag: String(v.type), attributes: {} });
        walk(v.props?.children, into);
      }
    }
  };
  walk(mod.default({ components: { Para } }), rest);
  return { frontmatter: frontmatter as Record<string, unknown>, paras, rest };
}

let markdownPromise: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/**
 * Render a `.md` page as Astro's content layer does (Sätteri's Markdown
 * processor with the options of astro.config.mjs), then read the HTML the
 * way a browser would: each `div.para` (without its anchor link) is a
 * paragraph, everything else is `rest`.
 */
export async function renderMarkdown(md: string): Promise<Rendered> {
  const { frontmatter, content } = parseFrontmatter(md, { frontmatter: 'empty-with-spaces' });
  markdownPromise ??= createSatteriMarkdownProcessor({ syntaxHighlight: false, gfm: MDX_OPTIONS.gfm, smartypants: MDX_OPTIONS.smartypants } as never);
  const { code } = await (await markdownPromise).render(content, { frontmatter } as never);
  const paras: Rendered['paras'] = [];
  const rest = { text: '', elements: [] as RenderedElement[] };
  const walk = (node: Nodes, into: { text: string; elements: RenderedElement[] }): void => {
    if (node.type === 'text') {
      into.text += node.value;
      return;
    }
    if (node.type === 'comment' || node.type === 'doctype') {
      into.elements.push({ tag: `#${node.type}`, attributes: {} });
      return;
    }
    if (node.type === 'element') {
      const el = node as Element;
      const cls = el.properties.className;
      if (el.tagName === 'div' && Array.isArray(cls) && cls.includes('para')) {
        const para = { id: el.properties.id, text: '', elements: [] as RenderedElement[] };
        for (const child of el.children) {
          const isAnchor =
            child.type === 'element' && child.tagName === 'a' && Array.isArray(child.properties.className) && child.properties.className.includes('anchor');
          if (!isAnchor) walk(child, para);
        }
        paras.push(para);
        return;
      }
      into.elements.push({ tag: el.tagName, attributes: el.properties });
      if (el.tagName === 'p' || el.tagName === 'br') into.text += '\n';
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, into);
  };
  walk(fromHtml(code, { fragment: true }), rest);
  return { frontmatter: frontmatter as Record<string, unknown>, paras, rest };
}

/** An article as an MDX page with <Para> components: what a contributor's `.mdx` article page holds. */
export function articleAsMdx(article: Article): string {
  const { paragraphs, ...frontMatter } = article;
  return toMdx(
    frontMatter,
    paragraphs.map((p) => paraElement(p.id, p.text)),
  );
}
