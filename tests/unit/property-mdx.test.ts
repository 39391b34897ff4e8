/**
 * MDX is code, article text is not (issue 7): for arbitrary Unicode titles and
 * paragraphs, the MDX that emit.ts writes always compiles under Astro's MDX
 * processor, and the rendered page shows exactly the text that went in
 * (whitespace collapsed the way a browser does), with no element the text
 * did not ask for. How it renders fast and faithfully: tests/fixtures/hostile/property.ts.
 *
 * PROPERTY_RUNS sets the number of runs (default 1,000; CI uses the default).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyArticle, articleOf, paragraphText, renderMdx, squash } from '../fixtures/hostile/property.ts';
import { articleMdx, caseMdx } from '../../src/pipeline/emit.ts';
import type { Case } from '../../src/pipeline/schema.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

describe('generated MDX (property)', () => {
  it(`article pages: compiles, title and paragraphs come out as they went in (${RUNS} runs)`, async () => {
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(anyArticle, async (article) => {
        const mdx = articleMdx(article);
        const page = await renderMdx(mdx);
        expect(page.frontmatter.title).toBe(article.title);
        expect(page.frontmatter.outlet).toBe(article.outlet);
        expect(page.paras.map((p) => p.id)).toEqual(article.paragraphs.map((p) => p.id));
        for (const [i, para] of page.paras.entries()) {
          expect(squash(para.text)).toBe(squash(article.paragraphs[i]!.text));
          // Only the paragraph element MDX wraps text in; no link, code, emphasis, list, heading...
          expect(para.elements.filter((e) => e.tag !== 'p')).toEqual([]);
        }
        expect(squash(page.rest.text)).toBe('');
        expect(page.rest.elements).toEqual([]);
      }),
      { numRuns: RUNS, seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`property-mdx: ${RUNS} article documents in ${seconds.toFixed(1)} s`);
  }, 300_000);

  it(`case pages: the summary comes out as it went in (${Math.ceil(RUNS / 4)} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(paragraphText, async (summary) => {
        const item = { id: 'property-case', title: 'Case', summary } as unknown as Case;
        const page = await renderMdx(caseMdx(item, ['seeds/x.txt']));
        expect(squash(page.rest.text)).toBe(squash(summary));
        expect(page.rest.elements.filter((e) => e.tag !== 'p')).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  }, 300_000);

  it('catches what it is meant to catch: raw text pasted into MDX fails the property', async () => {
    // The check itself must be able to fail: the same comparison on MDX built by pasting text.
    const pasted = (text: string) => `---\ntitle: x\n---\n\n<Para id="p1">\n${text}\n</Para>\n`;
    for (const text of ['{process.exit(1)}', '<b>bold</b>', '*emphasis*', 'www.example.com', 'a -- b']) {
      const outcome = await renderMdx(pasted(text)).then(
        (page) => squash(page.paras[0]?.text ?? '') === squash(text) && page.paras[0]!.elements.every((e) => e.tag === 'p'),
        () => false,
      );
      // `www.example.com` and `a -- b` only fail when GFM / smart punctuation are on; the others always.
      if (!['www.example.com', 'a -- b'].includes(text)) expect(outcome, text).toBe(false);
    }
    const page = await renderMdx(articleMdx(articleOf('t', ['{process.exit(1)} <b>bold</b> *emphasis*'])));
    expect(squash(page.paras[0]!.text)).toBe('{process.exit(1)} <b>bold</b> *emphasis*');
  });
});
