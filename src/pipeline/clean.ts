/**
 * Stage 2, clean: raw page text -> body paragraphs plus what was removed and why.
 * (Foundation version: paragraphs split on blank lines. Issue 3 deepens it.)
 */
import type { RawSeed } from './read.ts';
import type { CleanResult } from './types.ts';

export function cleanArticle(raw: RawSeed): CleanResult {
  const blocks = raw.text.split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const headline = blocks[0] ?? null;
  return { paragraphs: blocks.slice(1), removed: headline ? [{ text: headline, reason: 'headline' }] : [], headline, metaLines: [] };
}
