/**
 * The property test's fast renderer, checked against the real thing: a sample
 * of the same arbitrary documents (fixed seed, plus the syntax that depends on
 * astro.config.mjs: smart punctuation, GFM) is written as article pages and
 * built with `astro build` in a sandbox, half as generated `.md` pages, half
 * as `.mdx` pages with <Para> (what a contributor's page may be). Every paragraph on every built page
 * must read exactly as it went in, with nothing but <p> around it, and agree
 * with what the fast renderer says. If astro.config.mjs and MDX_OPTIONS in
 * tests/helpers/hostile-property.ts ever disagree, this fails.
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleMarkdown, datasetJson } from '../../../src/emit/emit.ts';
import { normaliseText } from '../../../src/extract/read/read.ts';
import { type Article, Dataset, FORMAT } from '../../../src/model/schema.ts';
import { anyArticle, articleAsMdx, articleOf, renderMarkdown, renderMdx, squash } from '../../helpers/hostile-property.ts';
import { createSandbox, type RunResult, type Sandbox } from '../../helpers/hostile-sandbox.ts';

const SAMPLE = Number(process.env.PROPERTY_BUILD_SAMPLE ?? 150);

/** Text whose rendering depends on the MDX options Astro is given. */
const CONFIG_SENSITIVE = [
  'He said "no" -- twice... and it\'s over.',
  'See www.example.com or https://example.com/x and write to a@b.co today.',
  '~~struck~~ and a table: | a | b |',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'Footnote[^1] here.\n\n[^1]: the note',
  'export controls were tightened, the ministry said.',
  'import bans followed in March.',
];

/** Even-numbered articles are written as `.md`, odd ones as `.mdx`; the config-sensitive text comes last, once each way. */
const formatOf = (i: number) => (i % 2 === 0 ? 'md' : 'mdx');

let box: Sandbox;
let built: RunResult;
let articles: Article[];

beforeAll(async () => {
  const sample = fc.sample(anyArticle, { numRuns: SAMPLE, seed: 20260523 });
  articles = [...sample, articleOf('Config-sensitive text', CONFIG_SENSITIVE), articleOf('Config-sensitive text, MDX', CONFIG_SENSITIVE)].map((a, i) => ({
    ...a,
    id: `property-${i}`,
    seed: `seeds/property-${i}.txt`,
    // Titles as the pipeline hands them over (read.ts normalises; metadata trims).
    title: normaliseText(a.title).trim() || 'Untitled',
    outlet: a.outlet === null ? null : normaliseText(a.outlet).trim() || null,
    // The dataset contract: a paragraph has text.
    paragraphs: a.paragraphs.map((p) => ({ ...p, text: p.text || '·' })),
  }));
  box = await createSandbox('casebook-property');
  await mkdir(join(box.content, 'articles'), { recursive: true });
  for (const [i, article] of articles.entries()) {
    await writeFile(join(box.content, 'articles', `${article.id}.${formatOf(i)}`), formatOf(i) === 'md' ? articleMarkdown(article) : articleAsMdx(article));
  }
  const dataset = Dataset.parse({ format: FORMAT, articles, cases: [], topics: [], entities: [], skipped: [] });
  await writeFile(join(box.content, 'casebook.json'), datasetJson(dataset));
  built = await box.astro();
}, 600_000);

afterAll(async () => {
  if (!process.env.KEEP_SANDBOX) await box?.remove();
});

function byId(tree: Nodes, id: string): Element | undefined {
  let found: Element | undefined;
  const walk = (node: Nodes): void => {
    if (found) return;
    if (node.type === 'element' && node.properties?.id === id) found = node;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

function descendants(node: Element): Element[] {
  return node.children.flatMap((c) => (c.type === 'element' ? [c, ...descendants(c)] : []));
}

describe('fast renderer vs astro build (property sample)', () => {
  it(`builds ${SAMPLE + 2} arbitrary article pages`, () => {
    expect(built.code, built.output.slice(-3000)).toBe(0);
  });

  it('shows every paragraph exactly as it went in, as the fast renderer says', async () => {
    const problems: string[] = [];
    for (const [i, article] of articles.entries()) {
      const html = await readFile(join(box.dist, 'articles', article.id, 'index.html'), 'utf8').catch(() => null);
      if (html === null) {
        problems.push(`${article.id}: no page`);
        continue;
      }
      const tree = fromHtml(html);
      const fast = formatOf(i) === 'md' ? await renderMarkdown(articleMarkdown(article)) : await renderMdx(articleAsMdx(article));
      for (const [i, para] of article.paragraphs.entries()) {
        const el = byId(tree, para.id);
        if (!el) {
          problems.push(`${article.id}#${para.id}: missing`);
          continue;
        }
        const blocks = descendants(el).filter((e) => e.tagName === 'p');
        const text = blocks.map((p) => toText(p, { whitespace: 'pre' })).join('\n');
        if (squash(text) !== squash(para.text))
          problems.push(
            `${article.id}#${para.id}: built page shows ${JSON.stringify(text.slice(0, 100))}, expected ${JSON.stringify(para.text.slice(0, 100))}`,
          );
        if (squash(fast.paras[i]?.text ?? '') !== squash(text)) problems.push(`${article.id}#${para.id}: fast renderer and astro build disagree`);
        const markup = blocks.flatMap(descendants).map((e) => e.tagName);
        if (markup.length) problems.push(`${article.id}#${para.id}: markup from text: ${markup.join(',')}`);
        const siblings = el.children.filter((c) => c.type === 'element' && c.tagName !== 'p' && !(c.tagName === 'a' && c.properties?.href === `#${para.id}`));
        if (siblings.length) problems.push(`${article.id}#${para.id}: blocks from text: ${siblings.map((s) => (s as Element).tagName).join(',')}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
