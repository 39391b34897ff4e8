/**
 * The whole pipeline on the seeds, against the gold reading in
 * tests/fixtures/seeds.gold.json, and on reports of the same cases written as
 * other outlets would (tests/fixtures/cases/), which must link with the seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type SeedFile } from '../../../../src/extract/pipeline.ts';
import { loadTaxonomy } from '../../../../src/ingest/inputs.ts';
import type { Case, Dataset } from '../../../../src/model/schema.ts';
import type { TaxonomyEntry } from '../../../../src/model/types.ts';

interface GoldCase {
  label: string;
  dramatization: boolean;
  people: string[];
  materials: string[];
}
interface GoldArticle {
  file: string;
  on_topic: boolean;
  body_must_exclude: string[];
  cases: GoldCase[];
}
const gold: { articles: GoldArticle[] } = JSON.parse(readFileSync('tests/fixtures/seeds.gold.json', 'utf8'));

const read = (dir: string): SeedFile[] =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
    .map((f) => ({ path: `${dir}/${f}`, bytes: readFileSync(`${dir}/${f}`) }));

let taxonomy: TaxonomyEntry[];
let seeds: Dataset;
let mixed: Dataset;
beforeAll(async () => {
  const loaded = await loadTaxonomy('content/topics');
  expect(loaded.errors).toEqual([]);
  taxonomy = loaded.entries;
  seeds = ingest(read('seeds'), taxonomy).dataset;
  mixed = ingest([...read('seeds'), ...read('tests/fixtures/cases')], taxonomy).dataset;
});

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

function casesOf(data: Dataset, file: string): Case[] {
  const name = file.replace(/^.*\//, '');
  const article = data.articles.find((a) => a.seed.endsWith(name));
  if (!article) throw new Error(`no article for ${file}`);
  return data.cases.filter((c) => c.sources.some((s) => s.article === article.id));
}

function peopleOf(data: Dataset, c: Case): string[] {
  return c.people.flatMap((id) => {
    const e = data.entities.find((x) => x.id === id);
    return e ? [e.name, ...e.aliases] : [];
  });
}

function materialsOf(c: Case): string[] {
  return c.topics.flatMap((id) => {
    const t = taxonomy.find((x) => x.id === id && x.kind === 'material');
    return t ? [t.label.toLowerCase()] : [];
  });
}

describe.each(gold.articles.map((a) => [a.file.replace(/^.*\//, ''), a] as const))('seed %s', (_name, g) => {
  it('has as many cases as the gold reading', () => {
    expect(casesOf(seeds, g.file)).toHaveLength(g.cases.length);
    expect(seeds.articles.find((a) => g.file.endsWith(a.seed.replace(/^.*\//, '')))?.onTopic).toBe(g.on_topic);
  });

  it('finds every person and material, and flags fiction', () => {
    const found = casesOf(seeds, g.file);
    const people = found.flatMap((c) => peopleOf(seeds, c)).map(norm);
    const materials = found.flatMap(materialsOf);
    for (const gc of g.cases) {
      for (const person of gc.people) expect(people, person).toContain(norm(person));
      for (const material of gc.materials) expect(materials, material).toContain(norm(material));
    }
    expect(found.map((c) => c.dramatization)).toEqual(g.cases.map((c) => c.dramatization));
  });

  it('keeps boilerplate out of its cases', () => {
    for (const c of casesOf(seeds, g.file)) {
      const text = norm(
        [c.title, c.summary, c.outcome?.text ?? '', ...c.events.map((e) => e.label), ...peopleOf(seeds, c), ...c.facts.map((f) => f.value)].join('\n'),
      );
      for (const phrase of g.body_must_exclude) expect(text).not.toContain(norm(phrase));
    }
  });
});

describe("the seeds' facts are the cases' own, their context apart", () => {
  const only = (prefix: string) => casesOf(seeds, readdirSync('seeds').find((f) => f.startsWith(prefix))!)[0]!;
  const names = (ids: string[]) => ids.map((id) => seeds.entities.find((e) => e.id === id)?.name);

  it('the gallium courier: no export-control date, no place or navy from what the metal is used for', () => {
    const c = only('001');
    expect(c.events).toEqual([]);
    expect(names(c.places)).toEqual([]);
    expect(names(c.organisations)).toEqual(['Ministry of State Security']);
    // The export rules' date stays with the background it came from.
    expect(c.backgroundEvents.map((e) => e.date)).toContain('2023-08');
    expect(c.background.length).toBeGreaterThan(0);
    const cited = new Set(c.facts.map((f) => f.source.paragraph));
    for (const b of c.background) expect(cited.has(b.paragraph), b.paragraph).toBe(false);
  });

  it('the rare earths by post: how the ministry published its statement is no channel of the case', () => {
    const c = only('000');
    expect(c.topics).not.toContain('online-contact');
    expect(c.topics).not.toContain('social-media-groups');
    expect(c.topics).toEqual(expect.arrayContaining(['rare-earths', 'postal-smuggling', 'false-declaration', 'dysprosium']));
  });
});

describe("reports of the seeds' cases by other outlets", () => {
  const fixture = (name: string) => casesOf(mixed, `tests/fixtures/cases/${name}`);
  const seed = (prefix: string) => casesOf(mixed, readdirSync('seeds').find((f) => f.startsWith(prefix))!);

  it('link the gallium airport case (Reuters style)', () => {
    const [c] = fixture('reuters-gallium-airport.txt');
    expect(c).toBeDefined();
    expect(seed('001')).toContainEqual(c);
    expect(c!.sources).toHaveLength(2);
  });

  it('link the rare earths postal case (Global Times style)', () => {
    const [c] = fixture('globaltimes-rare-earths-mail.txt');
    expect(seed('000')).toContainEqual(c);
  });

  it('link all three cases of the MSS statement (CGTN style), each to its own case', () => {
    const found = fixture('cgtn-three-cases.txt');
    expect(found).toHaveLength(3);
    const seedCases = seed('004');
    for (const c of found) expect(seedCases.map((x) => x.id)).toContain(c.id);
    expect(new Set(found.map((c) => c.id)).size).toBe(3);
  });

  it('do not link other cases that share only a surname or a material', () => {
    const found = fixture('xinhua-two-other-cases.txt');
    expect(found).toHaveLength(2);
    for (const c of found) expect(c.sources).toHaveLength(1);
  });

  it("leave the seeds' own case count unchanged", () => {
    expect(mixed.cases).toHaveLength(seeds.cases.length + 2);
  });
});
