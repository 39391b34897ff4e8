/**
 * Pages are built as mdast trees, never by pasting text: article text must
 * never become code. remark-stringify serialises them (with remark-frontmatter
 * for the YAML block), escaping Markdown syntax and `<` (raw HTML in `.md`),
 * and with remark-mdx also `{` and leading `import`/`export` (MDX is code), so
 * the rendered page shows the text literally.
 *
 * Generated pages are `.md` (every `.mdx` file is a bundler module;
 * `.md` is rendered by Sätteri alone, measured 4x faster at scale); `.mdx`
 * stays for pages that embed components (topics, contributors' pages).
 */

import type { Heading, Html, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { Document, visit } from 'yaml';
import { frontMatterYaml } from './front-matter-yaml.ts';

// The writer's hooks are remark-stringify options (mdast-util-to-markdown underneath).
type Unsafe = NonNullable<StringifyOptions['unsafe']>[number];
type Handle = NonNullable<NonNullable<StringifyOptions['handlers']>['text']>;
// remark-mdx adds these node types to mdast.
type MdxJsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;
type MdxJsxAttribute = Extract<MdxJsxFlowElement['attributes'][number], { type: 'mdxJsxAttribute' }>;

/**
 * `|` and `~` are escaped too: they are GFM syntax (tables, strikethrough),
 * which astro.config.mjs turns off for MDX, but escaped text stays text even
 * if GFM comes back on. (GFM autolink literals cannot be escaped in Sätteri,
 * hence GFM off.) tests/unit/emit/property-mdx.test.ts proves text in = text out.
 */
const NOT_IN: Unsafe['notInConstruct'] = ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'];
const GFM_UNSAFE: Unsafe[] = [
  { character: '|', inConstruct: 'phrasing', notInConstruct: NOT_IN },
  { character: '~', inConstruct: 'phrasing', notInConstruct: NOT_IN },
];

/**
 * mdast-util-to-markdown leaves an "intraword" `_` unescaped, judging the
 * neighbour by UTF-16 code unit: next to an astral symbol (`𛲜__proto__𛲜`)
 * Sätteri, which reads code points, sees punctuation and makes it strong
 * emphasis (found by tests/unit/emit/property-mdx.test.ts). Text escapes every `_`.
 */
const text_: Handle = (node: Text, _parent, state, info) => state.safe(node.value, info).replace(/\\[\s\S]|_/g, (m) => (m === '_' ? '\\_' : m));

/**
 * mdast-util-to-markdown escapes `<` only before a letter, `/`, `!` or `?`
 * (an HTML tag), but `<0@0>` is an e-mail autolink in Markdown: in a `.md`
 * page every `<` in text is escaped (found by tests/unit/emit/property-mdx.test.ts).
 */
const HTML_UNSAFE: Unsafe[] = [{ character: '<', inConstruct: 'phrasing', notInConstruct: NOT_IN }];

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

/** What YAML 1.2 does not allow raw in a document (js-yaml's test); tab, LF, CR and NEL are fine. */
const NON_PRINTABLE_SOURCE =
  '[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const NON_PRINTABLE = new RegExp(NON_PRINTABLE_SOURCE);
const NON_PRINTABLE_ALL = new RegExp(NON_PRINTABLE_SOURCE, 'g');

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

/** Paragraph ids are the only thing that goes into raw HTML, so they must be exactly `p` and digits. */
export const PARAGRAPH_ID = /^p[1-9]\d*$/;

/**
 * The anchored paragraph of a `.md` article page: the same markup the MDX
 * `<Para>` component renders, as two fixed HTML blocks around an ordinary
 * (escaped) Markdown paragraph. Only the checked id reaches the HTML.
 */
export function anchoredParagraph(id: string, value: string): Block[] {
  const open: Html = { type: 'html', value: paraOpenTag(id) };
  return [open, paragraph(value), { type: 'html', value: '</div>' }];
}

/** The HTML block that opens anchored paragraph `id` (p1, p2, ...) in a `.md` page. */
export function paraOpenTag(id: string): string {
  const n = checkedParagraphId(id).slice(1);
  return `<div class="para" id="${id}"><a class="anchor" data-pagefind-ignore href="#${id}" aria-label="Paragraph ${n}: link here">${n}</a>`;
}

/** The same paragraph in an `.mdx` page: `<Para id="p3">paragraph</Para>` (the component renders the anchor). */
export function paraElement(id: string, value: string): MdxJsxFlowElement {
  return jsx('Para', { id: checkedParagraphId(id) }, [paragraph(value)]);
}

function checkedParagraphId(id: string): string {
  if (!PARAGRAPH_ID.test(id)) throw new Error(`paragraph id '${id}' is not p1, p2, ...`);
  return id;
}

export type PageFormat = 'md' | 'mdx';

const STRINGIFY: StringifyOptions = { handlers: { text: text_ }, bullet: '-', emphasis: '_', fences: true, resourceLink: true };
const MD_WRITER = unified()
  .use(remarkStringify, { ...STRINGIFY, unsafe: [...GFM_UNSAFE, ...HTML_UNSAFE] })
  .use(remarkFrontmatter, ['yaml'])
  .freeze();
const MDX_WRITER = unified()
  .use(remarkStringify, { ...STRINGIFY, unsafe: [...GFM_UNSAFE, ...ESM_UNSAFE] })
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .freeze();

/** Whether a string (key or value) anywhere in plain data matches NON_PRINTABLE; anything but plain objects, arrays and primitives counts as yes. */
function mayHoldNonPrintable(value: unknown): boolean {
  if (typeof value === 'string') return NON_PRINTABLE.test(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(mayHoldNonPrintable);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return true;
  for (const [key, item] of Object.entries(value)) if (NON_PRINTABLE.test(key) || mayHoldNonPrintable(item)) return true;
  return false;
}

/**
 * Serialise front matter and body. `header` becomes YAML comment lines at the
 * top of the front matter, where a contributor opening the file sees it first.
 */
export function toMdx(frontMatter: Record<string, unknown>, body: Block[], header: string[] = []): string {
  return toPage(frontMatter, body, header, 'mdx');
}

/** The front matter's YAML, before non-printable characters are escaped: written directly when it can be (front-matter-yaml.ts), else by the yaml package. */
function frontMatterText(frontMatter: Record<string, unknown>, header: string[], nonPrintable: boolean): string {
  // A page with a non-printable character takes the package's path: its strings are re-typed below.
  const direct = nonPrintable ? null : frontMatterYaml(frontMatter, header);
  if (direct !== null) return direct;
  // YAML 1.1 rules when writing: Astro reads front matter with a YAML 1.1 parser, which would turn an
  // unquoted 2023-09-25 into a Date (and `yes` into true); this quotes such strings.
  const doc = new Document(frontMatter, { schema: 'yaml-1.1' });
  // Astro reads front matter with js-yaml, which refuses a document holding characters YAML calls
  // non-printable (U+FFFE, C1 controls, lone surrogates) even inside quotes: such strings are written
  // double-quoted with those characters as \u escapes, which every YAML reader turns back into them.
  // Visiting every node of the document is a tenth of emitting a page; a page with no such character anywhere skips it.
  if (nonPrintable) {
    visit(doc, {
      Scalar(_key, node) {
        if (typeof node.value === 'string' && NON_PRINTABLE.test(node.value)) node.type = 'QUOTE_DOUBLE';
      },
    });
  }
  if (header.length) doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  // Quoted strings are written JSON-style on one line, never as block scalars or folded
  // double quotes: a value of only white space does not survive `|+`, and the yaml
  // package folds `\0...\n \n` into something js-yaml (Astro's reader) reads back differently.
  return doc.toString({ lineWidth: 0, blockQuote: false, doubleQuotedAsJSON: true });
}

export function toPage(frontMatter: Record<string, unknown>, body: Block[], header: string[], format: PageFormat): string {
  const nonPrintable = mayHoldNonPrintable(frontMatter);
  const text = frontMatterText(frontMatter, header, nonPrintable).trimEnd();
  // Both writers only copy the strings they are given (and add ASCII): with no such character in the data or
  // the header there is none in the text, and the scan for one (a tenth of writing the YAML) is skipped.
  const yaml =
    nonPrintable || header.some((line) => NON_PRINTABLE.test(line))
      ? text.replace(NON_PRINTABLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      : text;
  const root: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body] };
  return (format === 'mdx' ? MDX_WRITER : MD_WRITER).stringify(root);
}
