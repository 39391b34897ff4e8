/**
 * Metadata shapes of news in general, in lines written for the test: a heading that opens with the word of a
 * credit naming no author is no byline; a dated folder may drop the zeros of its month and day.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/extract/clean/clean-article.ts';
import { readMetadata } from '../../../../src/extract/metadata/metadata.ts';
import { readSeed } from '../../../../src/extract/read/read.ts';

function meta(text: string) {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return readMetadata(read.seed, cleanArticle(read.seed));
}

const HEAD = 'Radar technician jailed for selling test data';
const P1 = 'The city court sentenced a former radar technician to nine years in prison on Tuesday for selling test data to a foreign agent.';
const P2 = 'Prosecutors said the technician met his handler at a trade fair and was paid in cash for each batch of files over two years.';

describe('bylines', () => {
  it('takes no writer from a heading that opens with the word of a source or editor credit', () => {
    for (const heading of ['Source Transparency', 'Editor Picks']) {
      const page = `https://news.example/a/1\n\n${HEAD}\n\n${P1}\n\n${P2}\n\nKeywords\n\n${heading}\n\nSource\n\nHarbour Watch`;
      expect(meta(page).byline).toBeNull();
    }
  });
});
