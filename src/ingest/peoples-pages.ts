/**
 * Step: the dataset as the site shows it. Pages people wrote or edited win
 * over what ingest generated (reconcile() kept them): each is read back and
 * laid over the generated dataset.
 */

import { join } from 'node:path';
import { overlay } from '../emit/overlay.ts';
import { readArticlePage, readCasePage } from '../emit/read-page.ts';
import type { Plan } from '../emit/reconcile.ts';
import { type Article, type Case, Dataset } from '../model/schema.ts';
import { rel } from './files.ts';

/** `problems`: pages that cannot be read (left out of the dataset, reported at the end of the run). */
export function withPeoplesPages(generated: Dataset, human: Plan['human'], outDir: string): { dataset: Dataset; problems: string[] } {
  const articles: Article[] = [];
  const cases: Case[] = [];
  const problems: string[] = [];
  for (const [path, { text }] of human) {
    const shown = rel(join(outDir, path));
    const read = path.startsWith('articles/') ? readArticlePage(shown, text) : readCasePage(shown, text);
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }
    if (path.startsWith('articles/')) articles.push(read.value as Article);
    else cases.push(read.value as Case);
  }
  return { dataset: Dataset.parse(overlay(generated, articles, cases)), problems };
}
