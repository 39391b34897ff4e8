/**
 * What a page in content/ may contain. An `.mdx` page is a program: its
 * `import`/`export` lines and `{...}` expressions run on whatever machine
 * builds the site, so a pull request that adds one runs code in CI. Content
 * pages therefore use only the components the site registers for them, with
 * literal props; code lives in src/components. A page that truly needs code
 * says so in its front matter (`allow-code: true`) and is listed on every run.
 * HTML that would run script in a reader's browser is refused in every page,
 * `.md` or `.mdx` (src/check/html-policy.ts).
 */

import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { PARA_CLOSE, PARA_OPEN } from '../emit/read-page.ts';
import { elementDangers, htmlDangers, isScriptUrl } from './html-policy.ts';
import { isLiteralProgram } from './literal-props.ts';
import { error, lineOf, notice, type Problem, snippet } from './problem.ts';

/** The components a content page may use: the keys of `mdxComponents` in src/components/mdx/index.ts (a unit test keeps the two equal). */
export const MDX_COMPONENTS = ['Para', 'Timeline', 'CaseList', 'Quote', 'FactBox'];

const MOVE_CODE = 'move code to src/components and use it as a component';

export interface PolicyPage {
  path: string;
  text: string;
  tree: Root;
  /** The parsed front matter. */
  data: unknown;
}

/** Whether the page's front matter declares that it runs code. */
export function allowsCode(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)['allow-code'] === true;
}

/** Every breach of the policy in one parsed page, at its line; plus a notice for a page that declares code. */
export function contentPolicy({ path, text, tree, data }: PolicyPage): Problem[] {
  const mdx = !path.endsWith('.md');
  const code = mdx && allowsCode(data);
  const problems: Problem[] = code
    ? [
        notice(
          path,
          lineOf(text, 'allow-code'),
          'declares allow-code: true, so its imports, exports and {expressions} run when the site is built — review them',
        ),
      ]
    : [];
  const at = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isScriptUrl(node.url)) {
      problems.push(
        error(path, at(node), `the script URL ${JSON.stringify(snippet(node.url))} runs script when followed — link to a page (https://… or /cases/…)`),
      );
    } else if (node.type === 'html' && !mdx) {
      problems.push(...rawHtml(path, at(node), node.value));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      problems.push(...element(path, at(node), node, code));
    } else if (code) {
      return;
    } else if (node.type === 'mdxjsEsm') {
      const kind = /^\s*import\b/.test(node.value) ? 'an import' : 'an export';
      problems.push(error(path, at(node), `\`${snippet(node.value)}\` is ${kind}, code that runs when the site is built — ${MOVE_CODE}`));
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !onlyComments(node.data?.estree)) {
      problems.push(
        error(
          path,
          at(node),
          `\`{${snippet(node.value)}}\` is an expression, code that runs when the site is built — ${MOVE_CODE}; to show a brace as text, write \\{`,
        ),
      );
    }
  });
  return problems;
}

/** `{/* a comment *\/}` is MDX's comment: an expression with no code in it. */
function onlyComments(program: Program | null | undefined): boolean {
  return !!program && program.body.length === 0;
}

/** A component or HTML element of an `.mdx` page: registered (unless the page declares code), literal props, no script in HTML. */
function element(path: string, line: number, node: MdxJsxFlowElement | MdxJsxTextElement, code: boolean): Problem[] {
  const name = node.name;
  if (name === null) return []; // a fragment, <>…</>
  const problems: Problem[] = [];
  const html = /^[a-z][a-z0-9-]*(?::[a-z][a-z0-9-]*)?$/.test(name);
  if (!html && !code && !MDX_COMPONENTS.includes(name)) {
    problems.push(
      error(path, line, `unknown component <${name}> — use one of ${MDX_COMPONENTS.join(', ')}, or ${MOVE_CODE} registered in src/components/mdx/index.ts`),
    );
  }
  const literal: Array<[string, string | null]> = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      if (!code)
        problems.push(
          error(
            path,
            line,
            `<${name} {${snippet(attribute.value)}}> spreads computed props, code that runs when the site is built — write each prop with a literal value, or ${MOVE_CODE}`,
          ),
        );
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      if (!code && !isLiteralProgram(attribute.value.data?.estree ?? undefined)) {
        problems.push(
          error(
            path,
            line,
            `<${name} ${attribute.name}={${snippet(attribute.value.value)}}> is a computed prop, code that runs when the site is built — give it a literal value (a string, number, boolean, or an array or object of those), or ${MOVE_CODE}`,
          ),
        );
      }
    } else literal.push([attribute.name, attribute.value ?? null]);
  }
  if (html)
    for (const what of elementDangers(name, literal)) problems.push(error(path, line, `${what} in the reader's browser — remove it, or use a component`));
  return problems;
}

/**
 * Raw HTML in a `.md` page is rendered as HTML, not shown as text: only the paragraph anchors ingest
 * writes, and comments, may be there. HTML that would run script is named for what it does.
 */
function rawHtml(path: string, line: number, value: string): Problem[] {
  const html = value.trim();
  if (PARA_OPEN.test(html) || html === PARA_CLOSE || /^<!--[\s\S]*-->$/.test(html)) return [];
  const dangers = htmlDangers(value);
  if (dangers.length)
    return dangers.map((d) => error(path, line + d.line - 1, `${d.what} in the reader's browser — remove it; to show it as text, escape < as \\<`));
  return [
    error(
      path,
      line,
      `raw HTML ${JSON.stringify(snippet(html))} in a Markdown page would be rendered as HTML — write it as text (escape < as \\<), or rename the page to .mdx and use a component`,
    ),
  ];
}
