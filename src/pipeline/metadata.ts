/**
 * Stage 3, metadata: title, outlet, byline, publication date (with precision)
 * and language. Front matter always wins and is recorded as such.
 * (Foundation version. Issue 3 deepens it.)
 */
import type { RawSeed } from './read.ts';
import type { CleanResult, Metadata } from './types.ts';

export function readMetadata(raw: RawSeed, clean: CleanResult): Metadata {
  const fm = raw.frontMatter;
  const provenance: Metadata['provenance'] = {};
  const title = fm.title ?? clean.headline ?? raw.seed;
  provenance.title = fm.title ? 'front-matter' : 'text';
  return {
    title,
    outlet: fm.outlet ?? null,
    byline: fm.byline ?? null,
    published: null,
    language: fm.language ?? (/[\u4e00-\u9fff]/.test(clean.paragraphs.join('')) ? 'zh' : 'en'),
    provenance,
    warnings: [],
  };
}
