/**
 * Pages for the baseline site (bench/baseline): plain `.md`, one per HTML page
 * Casebook built, with the same article text (front matter and paragraph
 * anchors removed: `<Para>` in .mdx, the anchor HTML blocks in .md), cycling
 * through the generated articles.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Article page (.md or .mdx) -> title and Markdown paragraphs. */
export function mdxToPlain(mdx: string): { title: string; body: string } {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  const title = /^title: (.*)$/m.exec(fm?.[1] ?? '')?.[1]?.replace(/^["']|["']$/g, '') ?? 'Untitled';
  const body = (fm ? mdx.slice(fm[0].length) : mdx)
    .replace(/^<\/?Para[^>]*>\s*$/gm, '')
    .replace(/^<div class="para"[^\n]*$|^<\/div>$/gm, '')
    .replace(/^ {2}/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, body };
}

export function writeBaselineContent(articlesDir: string, outDir: string, pages: number): number {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sources = readdirSync(articlesDir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  if (!sources.length) throw new Error(`no generated articles in ${articlesDir}`);
  const plain = sources.map((f) => mdxToPlain(readFileSync(join(articlesDir, f), 'utf8')));
  for (let i = 0; i < pages; i++) {
    const p = plain[i % plain.length]!;
    writeFileSync(join(outDir, `page-${String(i).padStart(6, '0')}.md`), `---\ntitle: ${JSON.stringify(p.title)}\n---\n\n${p.body}\n`);
  }
  return pages;
}
