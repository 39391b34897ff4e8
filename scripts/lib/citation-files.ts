/**
 * `cases/<id>/cite.bib` and `cases/<id>/cite.json` for every case, written
 * into the built site from the dataset ingest wrote (content/casebook.json,
 * which already holds contributors' edits). As Astro endpoints they were two
 * routes per case, ~1.5 ms each through Astro's page machinery: ~20 s of a
 * 10,000-article build for files that are plain text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case } from '../../src/model/schema.ts';
import { citationInput, toBibtex, toCslJson } from '../../src/site/citations.ts';
import { firstReport } from '../../src/site/report-dates.ts';
import type { ArticleData } from '../../src/site/site-model.ts';
import { publicUrl } from '../../src/site.config.ts';

export interface CitationSite {
  /** The public origin (CASEBOOK_SITE), or null: then the files carry site paths, not URLs. */
  site: string | null;
  /** `/` or `/sub/path/` (astro.config's `base`). */
  base: string;
}

/** The two exports of one case, as file name -> text. */
export function citationFiles(model: Parameters<typeof citationInput>[0], id: string, where: CitationSite): Array<[name: string, text: string]> {
  const abs = (path: string) => publicUrl(`${where.base}${path}`, where.site);
  const { item, sources } = citationInput(model, id, { case: (c) => abs(`cases/${c}/`), article: (a) => abs(`articles/${a}/`) });
  return [
    ['cite.bib', toBibtex(item, sources)],
    ['cite.json', `${JSON.stringify(toCslJson(item, sources), null, 2)}\n`],
  ];
}

/**
 * Write both exports of every case under `dist/cases/<id>/`; returns how many
 * cases. Synchronous: 15,500 small files, each awaited, spent half the time idle.
 */
export function writeCitationFiles(datasetFile: string, dist: string, where: CitationSite): number {
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as { articles: ArticleData[]; cases: Case[] };
  const article = new Map(dataset.articles.map((a) => [a.id, a]));
  const model = {
    article,
    case: new Map(dataset.cases.map((c) => [c.id, c])),
    firstReported: new Map(dataset.cases.map((c) => [c.id, firstReport(c, article)])),
  };
  for (const c of dataset.cases) {
    const dir = join(dist, 'cases', c.id);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of citationFiles(model, c.id, where)) writeFileSync(join(dir, name), text);
  }
  return dataset.cases.length;
}
