/** A page's text read as a seed and cleaned, as the pipeline does for `seeds/<name>.txt`. */
import { cleanArticle } from '../../src/extract/clean/clean-article.ts';
import { readSeed } from '../../src/extract/read/read.ts';
import type { CleanResult } from '../../src/model/types.ts';

export function cleanText(text: string): CleanResult {
  const read = readSeed('seeds/test.txt', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.reason);
  return cleanArticle(read.seed);
}
