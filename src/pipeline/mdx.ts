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
  const yaml = doc.toString({ lineWidth: 0 }).trimEnd();
  const root: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body] };
  return toMarkdown(root, {
    extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml'])],
    bullet: '-',
    emphasis: '_',
    fences: true,
    resourceLink: true,
  });
}
