/**
 * MDX is code: article text must never be pasted into it. Documents are built
 * as mdast trees and serialised by mdast-util-to-markdown with the MDX and
 * front-matter extensions, which escape `{`, `<`, leading `import`/`export`
 * and Markdown syntax so the rendered page shows the text literally.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { Document } from 'yaml';
import type { Root, RootContent, Paragraph, Heading, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { ConstructName, Unsafe } from 'mdast-util-to-markdown';

/**
 * `|` and `~` are escaped too: they are GFM syntax (tables, strikethrough),
 * which astro.config.mjs turns off for MDX, but escaped text stays text even
 * if GFM comes back on. (GFM autolink literals cannot be escaped in Sätteri,
 * hence GFM off.) tests/unit/property-mdx.test.ts proves text in = text out.
 */
const NOT_IN: ConstructName[] = ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'];
const GFM_UNSAFE: Unsafe[] = [
  { character: '|', inConstruct: 'phrasing', notInConstruct: NOT_IN },
  { character: '~', inConstruct: 'phrasing', notInConstruct: NOT_IN },
];

/**
 * mdast-util-mdx does not escape a line that starts with `import ` or
 * `export ` (mdast-util-mdxjs-esm has no unsafe patterns): at the top level
 * of a document such a line is an ES module statement, which fails the build
 * or runs at build time ("export controls were tightened..." in a case
 * summary). Writing the first letter as a character reference (`&#x69;mport`)
 * keeps it text.
 */
const ESM_UNSAFE: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport(?:\\s|$)' },
  { atBreak: true, character: 'e', after: 'xport(?:\\s|$)' },
];

export type Block = RootContent;

export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

export function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [text(value)] };
}

export function heading(depth: 1 | 2 | 3 | 4, value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

/** `<Name attr="...">children</Name>`; attribute values are strings only, never expressions. */
export function jsx(name: string, attributes: Record<string, string>, children: Block[]): MdxJsxFlowElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes).map(([key, value]) => ({
    type: 'mdxJsxAttribute',
    name: key,
    value,
  }));
  return { type: 'mdxJsxFlowElement', name, attributes: attrs, children: children as MdxJsxFlowElement['children'] };
}

/**
 * Serialise front matter and body. `header` becomes YAML comment lines at the
 * top of the front matter, where a contributor opening the file sees it first.
 */
export function toMdx(frontMatter: Record<string, unknown>, body: Block[], header: string[] = []): string {
  // YAML 1.1 rules when writing: Astro reads front matter with a YAML 1.1 parser, which would turn an
  // unquoted 2023-09-25 into a Date (and `yes` into true); this quotes such strings.
  const doc = new Document(frontMatter, { schema: 'yaml-1.1' });
  if (header.length) doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  // Quoted strings are written JSON-style on one line, never as block scalars or folded
  // double quotes: a value of only white space does not survive `|+`, and the yaml
  // package folds `\0...\n \n` into something js-yaml (Astro's reader) reads back differently.
  const yaml = doc.toString({ lineWidth: 0, blockQuote: false, doubleQuotedAsJSON: true }).trimEnd();
  const root: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body] };
  return toMarkdown(root, {
    extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml']), { unsafe: [...GFM_UNSAFE, ...ESM_UNSAFE] }],
    bullet: '-',
    emphasis: '_',
    fences: true,
    resourceLink: true,
  });
}
