import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BaselineFile, improvements, measuresOf, regressions } from '../../../src/eval/baseline.ts';
import { emptyFacts } from '../../../src/eval/facts.ts';
import { type Gold, parseGold } from '../../../src/eval/gold.ts';
import { formatDetails, formatScore, formatTable, formatTotal } from '../../../src/eval/report.ts';
import { runEval } from '../../../src/eval/run.ts';
import { dateVerdict, materialMatches, nameMatches, norm, readingTargets, type Score, scoreDataset } from '../../../src/eval/score.ts';
import { type Dataset, FORMAT, MATERIAL_FACT } from '../../../src/model/schema.ts';

describe('matching', () => {
  it('ignores case, white space and quote style', () => {
    expect(norm('China’s  MSS\n“Fights”')).toBe(norm('china\'s mss "fights"'));
  });
  it.each([
    ['Ma Xiaolei', 'Ma Xiaolei', true],
    ['Ma Xiaolei', 'Ma', true],
    ['Zhang', 'Zhang Wei', true],
    ['Xiao Jun', 'Xiao Junjie', false],
    ['Liu', 'Lin', false],
    ['张平', '張平', true],
  ])('person %s ~ %s: %s', (gold, found, want) => expect(nameMatches(gold, found)).toBe(want));
  it.each([
    ['rare earths', 'Rare earth elements', true],
    ['rare earths', 'rare-earths', true],
    ['gallium', 'Gallium', true],
    ['gallium', 'germanium', false],
    // The words of a Chinese text that named the material, inside the gold's longer phrase.
    ['交出公司的機密文件', '機密文件', true],
    ['交出公司的機密文件', '國防專利', false],
    ['軍事設施的照片 (photos of military facilities)', '大陸軍事設施的照片', true],
    ['軍事設施的照片', '軍事設施', true],
    ['軍事設施的照片', '軍港照片', false],
    // A gold reader may write a traditional page's words in simplified characters.
    ['国家秘密 (state secrets)', '國家秘密 (state secrets)', true],
    ['國家秘密', '国家秘密', true],
  ])('material %s ~ %s: %s', (gold, label, want) => expect(materialMatches(gold, label)).toBe(want));
  it.each([
    [null, null, 'none'],
    [undefined, { date: '2023-09-25', precision: 'day' }, 'n/a'],
    [null, { date: '2023-09-25', precision: 'day' }, 'invented'],
    [{ date: '2023-09-25', precision: 'day' }, null, 'missed'],
    [{ date: '2023-09-25', precision: 'day' }, { date: '2023-09-25', precision: 'day' }, 'exact'],
    [{ date: '2023-09-25', precision: 'day' }, { date: '2023-09', precision: 'month' }, 'coarse'],
    [{ date: '2023-09-25', precision: 'day' }, { date: '2023-10', precision: 'month' }, 'wrong'],
    [{ date: '2023-09', precision: 'month' }, { date: '2023-09-25', precision: 'day' }, 'wrong'],
  ] as const)('date %j vs %j: %s', (gold, found, want) => expect(dateVerdict(gold, found)).toBe(want));
});

const gold: Gold = {
  format: 'casebook-gold/1',
  articles: [
    {
      file: 'seeds/a.txt',
      title: 'A title',
      outlet: ['Global Times'],
      published: { date: '2024-02-04', precision: 'day' },
      on_topic: true,
      body_must_include: ['first paragraph', 'second paragraph'],
      body_must_exclude: ['Related Articles', 'Photo: VCG'],
      events: [],
      cases: [
        {
          id: 'k1',
          label: 'Case one',
          dramatization: false,
          people: ['Ma Xiaolei'],
          organisations: [],
          places: [],
          materials: ['rare earths'],
          tactics: [],
          outcome: [],
        },
      ],
    },
    {
      file: 'seeds/b.txt',
      title: 'B',
      outlet: null,
      published: null,
      on_topic: false,
      body_must_include: [],
      body_must_exclude: [],
      events: [],
      cases: [{ id: 'k1', label: 'Case one again', dramatization: false, people: [], organisations: [], places: [], materials: [], tactics: [], outcome: [] }],
    },
  ],
};

function dataset(overrides: Partial<Dataset['articles'][number]> = {}): Dataset {
  const article = {
    id: 'a',
    seed: 'other/dir/a.txt',
    title: 'A  TITLE',
    url: null,
    outlet: 'Global Times',
    byline: null,
    published: { date: '2024-02-04', precision: 'day' as const },
    language: 'en',
    onTopic: true,
    paragraphs: [
      { id: 'p1', text: 'The first paragraph.' },
      { id: 'p2', text: 'The second\nparagraph.' },
    ],
    removed: [],
    cases: ['c1'],
    provenance: {},
    warnings: [],
    ...overrides,
  };
  return {
    format: FORMAT,
    articles: [article],
    cases: [
      {
        id: 'c1',
        title: 'Case',
        summary: 'Photo: VCG leaked here',
        dramatization: false,
        people: ['ma'],
        organisations: [],
        places: [],
        topics: ['material/rare-earths'],
        outcome: null,
        events: [],
        sources: [{ article: 'a', paragraphs: ['p1'] }],
        roles: [],
        facts: [],
        assertedBy: null,
        background: [],
        backgroundEvents: [],
        disagreements: [],
      },
    ],
    topics: [{ id: 'material/rare-earths', label: 'Rare earths', kind: 'material', description: '' }],
    entities: [{ id: 'ma', name: 'Ma', kind: 'person', aliases: ['Ma Xiaolei'] }],
    skipped: [],
  };
}

describe('scoreDataset', () => {
  it('scores an article field by field, matching on the file name', () => {
    const score = scoreDataset(dataset(), gold);
    const a = score.articles[0]!;
    expect(a.article).toBe('a');
    expect(a.body).toMatchObject({ hit: 2, total: 2 });
    expect(a.leaked).toMatchObject({ hit: 1, misses: ['Photo: VCG'] });
    expect(a).toMatchObject({ title: 'ok', outlet: 'ok', date: 'exact', onTopic: 'ok', cases: { got: 1, want: 1 } });
    expect(a.people).toMatchObject({ hit: 1, total: 1 });
    expect(a.materials).toMatchObject({ hit: 1, total: 1 });
    expect(a.linked).toMatchObject({ hit: 0, total: 1 });
    expect(score.articles[1]!.article).toBeNull();
    expect(score.totals.missingArticles).toBe(1);
  });
  it('meets a material by the words of the text that named it', () => {
    const base = dataset();
    const c = base.cases[0]!;
    const found = {
      ...base,
      cases: [{ ...c, facts: [{ field: 'topic:material/rare-earths', value: 'classified files', source: { article: 'a', paragraph: 'p1' } }] }],
    };
    const want = { ...gold, articles: [{ ...gold.articles[0]!, cases: [{ ...gold.articles[0]!.cases[0]!, materials: ['classified files of the unit'] }] }] };
    expect(scoreDataset(base, want).articles[0]!.materials).toMatchObject({ hit: 0, total: 1 });
    expect(scoreDataset(found, want).articles[0]!.materials).toMatchObject({ hit: 1, total: 1 });
  });
  it('details name the people the gold does not have and what was read for a wrong outlet', () => {
    const extra = dataset({ outlet: 'Reuters' });
    extra.entities.push({ id: 'li', name: 'Li Si', kind: 'person', aliases: [] });
    extra.cases[0]!.people.push('li');
    const details = formatDetails(scoreDataset(extra, gold));
    expect(details).toContain('person not in the gold: Li Si');
    expect(details).not.toContain('person not in the gold: Ma');
    expect(details).toContain('outlet wrong: read "Reuters", gold ["Global Times"]');
  });
  it('takes a gold outlet written as the page names it for the outlet the table gives that name', () => {
    const named = (outlet: string[]) => ({ ...gold, articles: [{ ...gold.articles[0]!, outlet }] });
    expect(scoreDataset(dataset(), named(['环球时报'])).articles[0]!.outlet).toBe('ok');
    expect(scoreDataset(dataset(), named(['人民网'])).articles[0]!.outlet).toBe('wrong');
  });
  it('meets a material by the words the report named it with, read apart from any topic', () => {
    const base = dataset();
    const c = base.cases[0]!;
    const found = {
      ...base,
      cases: [{ ...c, facts: [{ field: MATERIAL_FACT, value: '172 photos and 22 videos', source: { article: 'a', paragraph: 'p1' } }] }],
    };
    const want = {
      ...gold,
      articles: [{ ...gold.articles[0]!, cases: [{ ...gold.articles[0]!.cases[0]!, materials: ['172 photos and 22 videos of naval bases'] }] }],
    };
    expect(scoreDataset(base, want).articles[0]!.materials).toMatchObject({ hit: 0, total: 1 });
    expect(scoreDataset(found, want).articles[0]!.materials).toMatchObject({ hit: 1, total: 1 });
  });
  it('counts an invented date and outlet as wrong, not close', () => {
    const score = scoreDataset(dataset({ seed: 'seeds/b.txt' }), gold);
    expect(score.articles[1]).toMatchObject({ date: 'invented', outlet: 'invented', onTopic: 'wrong' });
  });
  it('counts a case as linked when it also cites an article whose gold reports the same case', () => {
    const base = dataset();
    const a = base.articles[0]!;
    const withSources = (other: string) => ({
      ...base,
      articles: [a, { ...a, id: other, seed: `other/dir/${other}.txt`, cases: ['c1'] }],
      cases: [{ ...base.cases[0]!, sources: [...base.cases[0]!.sources, { article: other, paragraphs: ['p1'] }] }],
    });
    // b.txt's gold reports case k1 too; z.txt is not in the gold, so a second source there links nothing.
    expect(scoreDataset(withSources('b'), gold).articles[0]!.linked).toMatchObject({ hit: 1, total: 1 });
    expect(scoreDataset(withSources('z'), gold).articles[0]!.linked).toMatchObject({ hit: 0, total: 1 });
  });
  it('credits a report only with the people a linked case names in it, not those another report of the case names', () => {
    const base = dataset();
    base.entities.push({ id: 'li', name: 'Li Si', kind: 'person', aliases: [] });
    const c = base.cases[0]!;
    const named = (id: string, article: string) => ({ field: `person:${id}`, value: id, source: { article, paragraph: 'p1' } });
    const linked = { ...base, cases: [{ ...c, people: ['ma', 'li'], facts: [named('ma', 'a'), named('li', 'other')] }] };
    const found = scoreDataset(linked, gold).articles[0]!;
    expect(found.people).toMatchObject({ hit: 1, total: 1 });
    expect(found.peopleFound).toMatchObject({ hit: 1, total: 1 });
    // Ma named only in the other report is no find of this one.
    const elsewhere = { ...base, cases: [{ ...c, people: ['ma', 'li'], facts: [named('ma', 'other'), named('li', 'a')] }] };
    expect(scoreDataset(elsewhere, gold).articles[0]!.people).toMatchObject({ hit: 0, total: 1 });
    expect(scoreDataset(elsewhere, gold).articles[0]!.peopleFound).toMatchObject({ hit: 0, total: 1 });
  });
  it('reports linking as n/a when the gold has no cross-article ids', () => {
    const plain = { ...gold, articles: gold.articles.map((a) => ({ ...a, cases: a.cases.map(({ id: _id, ...c }) => c) })) } as Gold;
    expect(scoreDataset(dataset(), plain).totals.linked).toBeNull();
  });
  it('fails the reading targets on a lost phrase or a leak', () => {
    const failures = readingTargets(
      scoreDataset(dataset({ paragraphs: [{ id: 'p1', text: 'The first paragraph. Related Articles' }] }), { ...gold, articles: [gold.articles[0]!] }),
    );
    expect(failures.join('\n')).toMatch(/body phrases lost: second paragraph/);
    expect(failures.join('\n')).toMatch(/boilerplate leaked/);
  });
  it('prints a table and a total', () => {
    const score = scoreDataset(dataset(), gold);
    expect(formatTable(score).split('\n')).toHaveLength(3);
    expect(formatTotal(score)).toMatch(/^total: 2 articles/);
    const open = formatScore(score, { details: true, heldOut: false });
    const heldOut = formatScore(score, { details: true, heldOut: true });
    const firstFile = score.articles[0]!.file;
    expect(open).toContain(firstFile);
    expect(heldOut).not.toContain(firstFile);
    expect(heldOut).toContain('total: 2 articles');
  });
  it('refuses a gold file of another format', () => {
    expect(parseGold({ format: 'x', articles: [] }).ok).toBe(false);
  });
});

describe('scoreDataset: cases told in one paragraph', () => {
  it('are met in the order the paragraph tells them, by where their summaries stand', () => {
    const base = dataset({
      paragraphs: [{ id: 'p1', text: 'A Victorian man was charged in November 2020, while a NSW man was charged in April 2023.' }],
      cases: ['c-nsw', 'c-vic'],
    });
    const told = (id: string, summary: string, date: string) => ({
      ...base.cases[0]!,
      id,
      summary,
      people: [],
      events: [{ date, precision: 'month' as const, label: summary, kind: 'event' as const, source: { article: 'a', paragraph: 'p1' } }],
    });
    const found = {
      ...base,
      cases: [told('c-nsw', 'a NSW man was charged in April 2023', '2023-04'), told('c-vic', 'A Victorian man was charged in November 2020', '2020-11')],
    };
    const goldCase = (label: string, date: string) => ({
      label,
      dramatization: false,
      people: [],
      organisations: [],
      places: [],
      materials: [],
      tactics: [],
      outcome: [],
      date: { date, precision: 'month' as const },
    });
    const want: Gold = {
      ...gold,
      articles: [{ ...gold.articles[0]!, cases: [goldCase('Victorian man charged', '2020-11'), goldCase('NSW man charged', '2023-04')] }],
    };
    expect(scoreDataset(found, want).articles[0]!.facts.date.recall).toEqual({ hit: 2, total: 2 });
  });
});

describe('the pipeline against every gold set (tests/eval-baseline.json)', () => {
  const file = BaselineFile.parse(JSON.parse(readFileSync('tests/eval-baseline.json', 'utf8')));
  it.each(file.sets.map((s) => [s.name, s] as const))(
    '%s: no measure below its baseline',
    async (_name, set) => {
      const { score } = await runEval({ gold: set.gold, seeds: set.seeds });
      // Totals only in the message: the test part is never read article by article.
      expect(regressions(measuresOf(score).got, set.baseline)).toEqual([]);
      // The set of real saved web pages is 20 MB of HTML: about 10 s alone, several times that on a busy machine.
    },
    180_000,
  );
});

describe('the baseline comparison', () => {
  const base = measuresOf({
    totals: {
      articles: 0,
      missingArticles: 0,
      body: { hit: 5, total: 6, misses: [] },
      leaked: { hit: 2, total: 3, misses: [] },
      title: { hit: 1, total: 1, misses: [] },
      outlet: { hit: 1, total: 1, misses: [] },
      byline: { hit: 1, total: 1, misses: [] },
      dates: { exact: 1, wrong: 0, invented: 0, missed: 1, none: 0 },
      onTopic: { hit: 1, total: 1, misses: [] },
      caseCount: { hit: 1, total: 1, misses: [] },
      people: { hit: 3, total: 4, misses: [] },
      materials: { hit: 0, total: 0, misses: [] },
      events: { hit: 0, total: 0, misses: [] },
      dramatization: { hit: 1, total: 1, misses: [] },
      linked: null,
      facts: emptyFacts(),
      linkPairs: { total: 0, wrong: [] },
    },
  } as unknown as Score).got;
  it('names a measure that fell below its floor or rose above its ceiling', () => {
    expect(regressions({ ...base, people: 2, leaks: 3 }, base)).toEqual(['people 2 < 3', 'leaks 3 > 2']);
    expect(regressions(base, base)).toEqual([]);
  });
  it('holds no bar for the fact measures of a baseline written before them, and one once written', () => {
    const { factsFound: _f, factsRight: _r, factsWrong: _w, linksWrong: _l, ...older } = base;
    const set = { name: 's', gold: 'g', seeds: 'd', of: {}, baseline: older };
    const parsed = BaselineFile.parse({ format: 'casebook-eval-baseline/1', sets: [set] }).sets[0]!.baseline;
    expect(regressions({ ...base, factsWrong: 40 }, parsed)).toEqual([]);
    expect(regressions({ ...base, factsWrong: 40, factsRight: 1 }, { ...base, factsRight: 2 })).toEqual(['factsRight 1 < 2', 'factsWrong 40 > 0']);
  });
  it('lists what beats the baseline, so it can be raised', () => {
    expect(improvements({ ...base, body: 6, datesMissed: 0 }, base)).toEqual(['body 5 → 6', 'datesMissed 1 → 0']);
  });
});
