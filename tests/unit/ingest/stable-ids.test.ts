/**
 * Readable, permanent addresses: a Chinese-titled article (and its case and
 * people) gets a pinyin address, and every id an earlier build published
 * stays as it was — the hash ids given to Chinese text before romanisation
 * included — so re-ingesting the seeds changes no existing id.
 */

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdRegistry, ingest, type SeedFile } from '../../../src/extract/pipeline.ts';
import { loadJudgements, loadTaxonomy } from '../../../src/ingest/inputs.ts';
import { runIngest } from '../../../src/ingest/run-ingest.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import type { TaxonomyEntry } from '../../../src/model/types.ts';

const ZH_SEED = 'tests/fixtures/zh/seeds/zh_mss_gallium_courier.txt';
/** The ids the Chinese seed's article, case and person had before Chinese was romanised (hashes of the text). */
const BEFORE = { article: 'x-3fc6a928', case: 'x-3156e492-218f30', person: 'person-x-3156e492-d96fc6' };

let taxonomy: TaxonomyEntry[];
let judgements: Awaited<ReturnType<typeof loadJudgements>>['judgements'];

async function seedFiles(dir: string): Promise<SeedFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (n) => ({ path: `${dir}/${n}`, bytes: new Uint8Array(await readFile(join(dir, n))) })));
}

const idsOf = (d: Dataset) => ({
  articles: d.articles.map((a) => a.id).sort(),
  cases: d.cases.map((c) => c.id).sort(),
  entities: d.entities.map((e) => e.id).sort(),
});

beforeAll(async () => {
  taxonomy = (await loadTaxonomy('content/topics')).entries;
  judgements = (await loadJudgements('content/judgements.yaml')).judgements;
});

describe('ids of Chinese-titled pages', () => {
  it('a new Chinese article, its case and its people get pinyin addresses', async () => {
    const seeds = [...(await seedFiles('seeds')), ...(await seedFiles('tests/fixtures/zh/seeds'))];
    const { dataset } = ingest(seeds, taxonomy, judgements);
    const zh = dataset.articles.find((a) => a.seed === ZH_SEED)!;
    expect(zh.id).toBe('guo-jia-an-quan-bu-pi-lu-jing-wai-jian-die-qing-bao-ji-guan');
    const zhCase = dataset.cases.find((c) => c.sources.some((s) => s.article === zh.id))!;
    expect(zhCase.id).toMatch(/^zhao-mou-[0-9a-f]{6}$/);
    expect(zhCase.people.some((p) => /^person-zhao-mou-[0-9a-f]{6}$/.test(p))).toBe(true);
    const all = Object.values(idsOf(dataset)).flat();
    expect(all.filter((id) => /(^|-)x-[0-9a-f]{8}/.test(id))).toEqual([]);
  });

  it('ids an earlier build gave Chinese text (hashes) are kept, and nothing else changes', async () => {
    const seeds = [...(await seedFiles('seeds')), ...(await seedFiles('tests/fixtures/zh/seeds'))];
    const fresh = ingest(seeds, taxonomy, judgements);
    const registry: IdRegistry = {
      articles: { ...fresh.registry.articles, [ZH_SEED]: BEFORE.article },
      published: { cases: [BEFORE.case], entities: [BEFORE.person] },
    };
    const again = ingest(seeds, taxonomy, judgements, registry);
    const ids = idsOf(again.dataset);
    expect(ids.articles).toContain(BEFORE.article);
    expect(ids.cases).toContain(BEFORE.case);
    expect(ids.entities).toContain(BEFORE.person);
    const zhCase = again.dataset.cases.find((c) => c.id === BEFORE.case)!;
    expect(zhCase.people).toContain(BEFORE.person);
    // Every other id is the one the fresh run gave.
    const freshIds = idsOf(fresh.dataset);
    const renamed = new Set([BEFORE.article, BEFORE.case, BEFORE.person]);
    for (const kind of ['articles', 'cases', 'entities'] as const) {
      expect(ids[kind].filter((id) => !renamed.has(id))).toEqual(freshIds[kind].filter((id) => !/zhao-mou|guo-jia-an-quan/.test(id)));
    }
    // ids.json carries article ids only: the published ids are read from casebook.json each run.
    expect(again.registry).toEqual({ articles: registry.articles });
  });

  it("re-ingesting the project's seeds over content/ changes no existing id", async () => {
    const published = JSON.parse(await readFile('content/casebook.json', 'utf8')) as Dataset;
    const registry: IdRegistry = JSON.parse(await readFile('content/ids.json', 'utf8'));
    registry.published = { cases: published.cases.map((c) => c.id), entities: published.entities.map((e) => e.id) };
    const { dataset } = ingest(await seedFiles('seeds'), taxonomy, judgements, registry);
    expect(idsOf(dataset)).toEqual(idsOf(published));
  });
});

describe('ingest keeps what the previous casebook.json published', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casebook-ids-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a content folder built before romanisation keeps its Chinese page addresses', async () => {
    const out = join(dir, 'content');
    await mkdir(out, { recursive: true });
    const seeds = join(dir, 'seeds');
    await mkdir(seeds);
    await writeFile(join(seeds, 'zh.txt'), await readFile(ZH_SEED));
    // What the earlier build left: its ids.json and the ids of its casebook.json.
    await writeFile(
      join(out, 'ids.json'),
      JSON.stringify({ articles: { [relative(process.cwd(), join(seeds, 'zh.txt')).split('\\').join('/')]: BEFORE.article } }),
    );
    const earlier = { cases: [{ id: BEFORE.case, sources: [] }], entities: [{ id: BEFORE.person, name: '赵某', kind: 'person' }] };
    await writeFile(join(out, 'casebook.json'), JSON.stringify(earlier));
    const run = await runIngest({ seedsDir: seeds, outDir: out, topicsDir: 'content/topics', quiet: true, log: () => {}, extractCacheDir: join(dir, 'cache') });
    expect(run.ok).toBe(true);
    expect(existsSync(join(out, 'articles', `${BEFORE.article}.md`))).toBe(true);
    expect(existsSync(join(out, 'cases', `${BEFORE.case}.md`))).toBe(true);
    const written = JSON.parse(await readFile(join(out, 'casebook.json'), 'utf8')) as Dataset;
    expect(written.entities.map((e) => e.id)).toContain(BEFORE.person);
    expect(await readFile(join(out, 'redirects.yaml'), 'utf8')).not.toContain('from:');
  });
});
