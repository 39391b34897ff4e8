import { describe, expect, it } from 'vitest';
import { mdxToPlain } from '../../../scripts/lib/bench/baseline.ts';
import { editArticle, rng, syntheticArticle, syntheticCase, syntheticCorpus } from '../../../scripts/lib/bench/corpus.ts';

describe('bench corpus generator', () => {
  it('is deterministic: same seed, same bytes', () => {
    const a = [...syntheticCorpus(30)].map((x) => x.text).join('\u0000');
    const b = [...syntheticCorpus(30)].map((x) => x.text).join('\u0000');
    expect(a).toBe(b);
    expect([...syntheticCorpus(5, 1)].map((x) => x.text)).not.toEqual([...syntheticCorpus(5, 2)].map((x) => x.text));
  });

  it('a smaller corpus is the start of a larger one', () => {
    const small = [...syntheticCorpus(20)];
    const large = [...syntheticCorpus(200)].slice(0, 20);
    expect(large).toEqual(small);
  });

  it('the random source is stable across platforms', () => {
    const r = rng(42);
    expect([r(), r(), r()].map((x) => x.toFixed(6))).toEqual(['0.601104', '0.448291', '0.852466']);
  });

  it('looks like the seeds: furniture, several cases, dates, people, materials', () => {
    const articles = [...syntheticCorpus(200)];
    const texts = articles.map((a) => a.text);
    expect(texts.some((t) => t.includes('Related Articles'))).toBe(true);
    expect(texts.some((t) => t.includes('Photo: VCG'))).toBe(true);
    expect(texts.some((t) => /^Case 2: /m.test(t))).toBe(true);
    expect(texts.some((t) => /^In another case, /m.test(t))).toBe(true);
    expect(texts.every((t) => /\b(19|20)\d\d\b/.test(t))).toBe(true);
    expect(articles.filter((a) => a.cases.length > 1).length).toBeGreaterThan(50);
    const c = syntheticCase(8, 3);
    expect(c.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(texts.join('\n')).toContain(c.name);
  });

  it('several outlets report the same case', () => {
    const reports = new Map<number, Set<string>>();
    for (const a of syntheticCorpus(300)) for (const c of a.cases) reports.set(c, (reports.get(c) ?? new Set()).add(a.outlet));
    const multi = [...reports.values()].filter((s) => s.size >= 2).length;
    expect(multi / reports.size).toBeGreaterThan(0.5);
  });

  it('file names are unique and sortable; the bench edit changes the text', () => {
    const names = [...syntheticCorpus(100)].map((a) => a.name);
    expect(new Set(names).size).toBe(100);
    expect([...names].sort()).toEqual(names);
    const a = syntheticArticle(8, 7);
    expect(editArticle(a.text)).not.toBe(a.text);
  });

  it('baseline pages keep the article text without MDX wrappers', () => {
    const mdx = '---\ntitle: "A title"\nid: x\n---\n\n<Para id="p1">\n  First paragraph.\n</Para>\n\n<Para id="p2">\n  Second.\n</Para>\n';
    expect(mdxToPlain(mdx)).toEqual({ title: 'A title', body: 'First paragraph.\n\nSecond.' });
  });
});
