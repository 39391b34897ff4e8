/**
 * Read a page a person wrote or edited back into the dataset, so their edit
 * shows everywhere (pages, indexes, search, /data/casebook.json), not just on
 * the page itself. Pure: text in, typed record or `path:line: message` out.
 */

import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { Article, Case, Paragraph } from '../model/schema.ts';
import { ArticleFrontMatter, CaseFrontMatter } from './front-matter.ts';
import { generatedParagraphs, generatedSummary } from './generated-body.ts';
import type { PageFormat } from './mdx.ts';

/** The opening HTML block of an anchored paragraph in a `.md` page (src/emit/mdx.ts writes it). */
export const PARA_OPEN = /^<div class="para" id="(p[1-9]\d*)">(?:<a class="anchor"[^>]*>\d+<\/a>)?$/;
export const PARA_CLOSE = '</div>';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface MdxDocument {
  data: unknown;
  tree: Root;
}

/** `.md` pages are Markdown (raw HTML allowed only as paragraph anchors, see `npm run check`); everything else is MDX. */
export function formatOf(path: string): PageFormat {
  return path.endsWith('.md') ? 'md' : 'mdx';
}

const MD_READER = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
const MDX_READER = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).freeze();

/** Parse front matter and body (Markdown or MDX by the file's extension); errors carry the file's line number. */
export function parseMdx(path: string, text: string, format: PageFormat = formatOf(path)): Parsed<MdxDocument> {
  let tree: Root;
  try {
    tree = (format === 'mdx' ? MDX_READER : MD_READER).parse(text);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return { ok: false, error: `${path}:${line}: MDX does not compile: ${e.reason ?? e.message.split('\n')[0]}` };
  }
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : null;
  let data: unknown = {};
  if (yamlNode) {
    try {
      data = parseYaml(yamlNode.value) ?? {};
    } catch (error) {
      const e = error as { linePos?: Array<{ line: number }>; message: string };
      return { ok: false, error: `${path}:${(e.linePos?.[0]?.line ?? 0) + 1}: front matter is not valid YAML: ${e.message.split('\n')[0]}` };
    }
  }
  return { ok: true, value: { data, tree } };
}

/** `path:line: field: message` for the first schema problem, pointing at the key's line. */
export function schemaError(path: string, text: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const key = String(issue.path[0] ?? '');
      const index = key ? text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) : -1;
      return `${path}:${index < 0 ? 1 : index + 1}: ${issue.path.join('.') || 'front matter'}: ${issue.message}`;
    })
    .join('\n');
}

function idFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Paragraphs of an article page: its anchored paragraphs (`<Para id>` in
 * MDX, the `<div class="para" id>` blocks in Markdown), else its plain paragraphs.
 */
function bodyParagraphs(tree: Root): Paragraph[] {
  const paras: Paragraph[] = [];
  let open: { id: string; parts: string[] } | null = null;
  const close = () => {
    const text = open ? squash(open.parts.join(' ')) : '';
    if (open && text) paras.push({ id: open.id, text });
    open = null;
  };
  for (const node of tree.children) {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Para') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      const text = squash(textOf(node));
      if (typeof id === 'string' && text) paras.push({ id, text });
    } else if (node.type === 'html') {
      const m = PARA_OPEN.exec(node.value.trim());
      if (m) {
        close();
        open = { id: m[1]!, parts: [] };
      } else if (node.value.trim() === PARA_CLOSE) close();
    } else if (open) (open as { parts: string[] }).parts.push(textOf(node));
  }
  close();
  if (paras.length) return paras;
  return tree.children
    .filter((n) => n.type === 'paragraph')
    .map((n, i) => ({ id: `p${i + 1}`, text: textOf(n).replace(/\s+/g, ' ').trim() }))
    .filter((p) => p.text);
}

/** Paragraphs of an article page's body (no front matter): anchored paragraphs, else plain paragraphs. */
export function paragraphsOfBody(body: string, format: PageFormat): Paragraph[] {
  return (format === 'md' ? generatedParagraphs(body) : null) ?? parsedParagraphsOfBody(body, format);
}

/** paragraphsOfBody() by parsing the body as Markdown or MDX, whatever its shape. */
export function parsedParagraphsOfBody(body: string, format: PageFormat): Paragraph[] {
  const doc = parseMdx('body', body, format);
  return doc.ok ? bodyParagraphs(doc.value.tree) : [];
}

/** A case page's summary: the first paragraph of its body, as plain text. */
export function summaryOfBody(body: string, format: PageFormat): string {
  return (format === 'md' ? generatedSummary(body) : null) ?? parsedSummaryOfBody(body, format);
}

/** summaryOfBody() by parsing the body as Markdown or MDX, whatever its shape. */
export function parsedSummaryOfBody(body: string, format: PageFormat): string {
  const doc = parseMdx('body', body, format);
  const first = doc.ok ? doc.value.tree.children.find((n) => n.type === 'paragraph') : undefined;
  return first ? textOf(first).replace(/\s+/g, ' ').trim() : '';
}

/** `doc`: the page already parsed, when the caller has it (`npm run check` parses each page once). */
export function readArticlePage(path: string, text: string, doc: Parsed<MdxDocument> = parseMdx(path, text)): Parsed<Article> {
  if (!doc.ok) return doc;
  const fm = ArticleFrontMatter.safeParse({ id: idFromPath(path), seed: path, ...(doc.value.data as object) });
  if (!fm.success) return { ok: false, error: schemaError(path, text, fm.error) };
  const { curated: _curated, ...article } = fm.data;
  return { ok: true, value: { ...article, paragraphs: bodyParagraphs(doc.value.tree) } };
}

export function readCasePage(path: string, text: string, doc: Parsed<MdxDocument> = parseMdx(path, text)): Parsed<Case> {
  if (!doc.ok) return doc;
  const fm = CaseFrontMatter.safeParse({ id: idFromPath(path), ...(doc.value.data as object) });
  if (!fm.success) return { ok: false, error: schemaError(path, text, fm.error) };
  const { curated: _curated, ...item } = fm.data;
  // The body is the summary a reader sees; front matter only fills in when the body is empty.
  const firstParagraph = doc.value.tree.children.find((n) => n.type === 'paragraph');
  const summary = firstParagraph ? textOf(firstParagraph).replace(/\s+/g, ' ').trim() : item.summary;
  return { ok: true, value: { ...item, summary } };
}
