import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationFiles, writeCitationFiles } from '../../../scripts/lib/citation-files.ts';
import { bibEscape, citationInput, toBibtex, toCslJson } from '../../../src/site/citations.ts';
import { buildModel } from '../../../src/site/site-model.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const model = buildModel(fixture);
const url = { case: (id: string) => `https://x.test/cases/${id}/`, article: (id: string) => `https://x.test/articles/${id}/` };

describe('BibTeX', () => {
  it('escapes the characters TeX treats specially', () => {
    expect(bibEscape('50% of R&D_costs {x} #1 ~ $5 \\ ^')).toBe('50\\% of R\\&D\\_costs \\{x\\} \\#1 \\~{} \\$5 \\textbackslash{} \\^{}');
  });

  it('cites the case page and each report, with dates only as precise as known', () => {
    const { item, sources } = citationInput(model, 'gallium', url);
    const bib = toBibtex(item, sources);
    expect(bib).toContain('@misc{casebook:gallium,');
    expect(bib).toContain('title = {{Gallium carried through an airport}}');
    expect(bib).toContain('url = {https://x.test/cases/gallium/}');
    expect(bib).toContain('@article{report:scmp-gallium,');
    expect(bib).toContain('journal = {South China Morning Post}');
    expect(bib).toContain('date = {2024-02}');
    expect(bib).not.toContain('date = {2024-02-');
    // No original URL: the archived copy is cited and said to be so.
    expect(bib).toContain('url = {https://x.test/articles/scmp-gallium/}');
    expect(bib.match(/^@/gm)).toHaveLength(2);
    // Balanced braces in every entry.
    for (const entry of bib.split(/\n(?=@)/)) expect((entry.match(/(?<!\\)\{/g) ?? []).length).toBe((entry.match(/(?<!\\)\}/g) ?? []).length);
  });
});

describe('CSL JSON', () => {
  it('produces items with CSL date-parts and types', () => {
    const { item, sources } = citationInput(model, 'wang', url);
    const csl = toCslJson(item, sources) as Array<Record<string, unknown>>;
    expect(csl[0]).toMatchObject({
      id: 'casebook:wang',
      type: 'webpage',
      'container-title': 'Casebook',
      URL: 'https://x.test/cases/wang/',
      issued: { 'date-parts': [[2023, 9, 25]] },
    });
    expect(csl[1]).toMatchObject({ type: 'article-newspaper', 'container-title': 'Global Times', URL: 'https://example.com/gt/telecom' });
    expect(JSON.parse(JSON.stringify(csl))).toEqual(csl);
  });
  it('leaves out an unknown date rather than inventing one', () => {
    const { item, sources } = citationInput(model, 'comic', url);
    const csl = toCslJson(item, sources) as Array<Record<string, unknown>>;
    expect(csl[0]).not.toHaveProperty('issued');
    expect(csl[1]).toMatchObject({ type: 'webpage' });
    expect(csl[1]).not.toHaveProperty('issued');
  });
});

describe('citation files written after the build', () => {
  it('gives both exports of a case, with absolute URLs under the site base', () => {
    const files = new Map(citationFiles(model, 'gallium', { site: 'https://x.test', base: '/casebook/' }));
    expect([...files.keys()]).toEqual(['cite.bib', 'cite.json']);
    expect(files.get('cite.bib')).toContain('url = {https://x.test/casebook/cases/gallium/}');
    const csl = JSON.parse(files.get('cite.json')!);
    expect(csl[0].URL).toBe('https://x.test/casebook/cases/gallium/');
    expect(csl[1].URL).toBe('https://x.test/casebook/articles/scmp-gallium/');
    expect(files.get('cite.json')!.endsWith('}\n]\n')).toBe(true);
  });

  it('carries site paths, never a made-up address, when the public address is not configured', () => {
    const files = new Map(citationFiles(model, 'gallium', { site: null, base: '/' }));
    expect(files.get('cite.bib')).toContain('url = {/cases/gallium/}');
    expect(JSON.parse(files.get('cite.json')!)[0].URL).toBe('/cases/gallium/');
    expect([...files.values()].join('')).not.toMatch(/https?:\/\/[^/]*casebook/);
  });

  it('writes them under dist/cases/<id>/ for every case of the dataset', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'casebook-cite-'));
    try {
      await writeFile(join(dir, 'casebook.json'), JSON.stringify({ articles: fixture.articles, cases: fixture.cases }));
      expect(await writeCitationFiles(join(dir, 'casebook.json'), join(dir, 'dist'), { site: 'https://x.test', base: '/' })).toBe(fixture.cases.length);
      const bib = await readFile(join(dir, 'dist/cases/gallium/cite.bib'), 'utf8');
      const { item, sources } = citationInput(model, 'gallium', url);
      expect(bib).toBe(toBibtex(item, sources));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
