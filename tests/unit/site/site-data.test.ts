import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../src/emit/emit.ts';
import { attribution, caseView } from '../../../src/site/case-view.ts';
import { casesByKind, casesOverTime, topicMatrix } from '../../../src/site/chart-figures.ts';
import { entityMentions } from '../../../src/site/entities.ts';
import { highlight } from '../../../src/site/highlight.ts';
import { alphabet, letterAnchor, letterId } from '../../../src/site/letter-index.ts';
import { paragraphsFromBody } from '../../../src/site/paragraphs.ts';
import { rankRelated } from '../../../src/site/related-cases.ts';
import { buildModel } from '../../../src/site/site-model.ts';
import { groupTimeline, inDisplayOrder, type TimelineItem, timelineFor } from '../../../src/site/timeline.ts';
import { articleOf } from '../../helpers/hostile-property.ts';
import { fixture } from '../../helpers/site-dataset.ts';

const model = buildModel(fixture);
const hrefs = { topic: (id: string) => `/topics/${id}/`, entity: (id: string) => `/entities/${id}/`, article: (id: string) => `/articles/${id}/` };

describe('paragraphsFromBody', () => {
  it('reads the Para elements of a generated article body as plain text', () => {
    const body =
      '<Para id="p1">\n  Gallium \\{not code\\} and *emphasis*, a [link](https://x.test).\n</Para>\n\n<Para id="p2">\n  Second &#x3C;b> line\n</Para>\n';
    expect(paragraphsFromBody(body, 'mdx')).toEqual([
      { id: 'p1', text: 'Gallium {not code} and emphasis, a link.' },
      { id: 'p2', text: 'Second <b> line' },
    ]);
  });
  it('reads the anchored paragraphs of a generated Markdown body, escapes undone', () => {
    const body = articleMarkdown(articleOf('t', ['Gallium {not code} and *not emphasis* <b>', 'Second\nline']));
    expect(paragraphsFromBody(body.slice(body.indexOf('\n---\n', 4) + 5), 'md')).toEqual([
      { id: 'p1', text: 'Gallium {not code} and *not emphasis* <b>' },
      { id: 'p2', text: 'Second line' },
    ]);
  });
  it("reads a contributor's Markdown: emphasis and links become their text, plain paragraphs count from p1", () => {
    expect(paragraphsFromBody('One *two* [three](https://x.test).\n\nFour.\n', 'md')).toEqual([
      { id: 'p1', text: 'One two three.' },
      { id: 'p2', text: 'Four.' },
    ]);
  });
});

describe('buildModel', () => {
  it('indexes cases by topic, entity and article; latest report first, undated last', () => {
    expect(model.cases.map((c) => c.id)).toEqual(['gallium', 'xiao-jun', 'wang', 'comic']);
    expect(model.casesByTopic.get('state-secrets')!.map((c) => c.id)).toEqual(['xiao-jun', 'wang']);
    expect(model.casesByEntity.get('org-mss')!.length).toBe(3);
    expect(
      model.casesByArticle
        .get('gt-telecom')!
        .map((c) => c.id)
        .sort(),
    ).toEqual(['wang', 'xiao-jun']);
    expect(model.firstReported.get('comic')).toBeNull();
  });
});

describe('timeline', () => {
  it('keeps disclosures (publication dates) and events apart, with their own precision', () => {
    const wang = model.timeline.filter((i) => i.caseId === 'wang');
    expect(wang.map((i) => [i.kind, i.date])).toEqual([
      ['sentence', { date: '2023-08', precision: 'month' }],
      ['disclosure', { date: '2023-09-25', precision: 'day' }],
    ]);
  });

  it('groups by year and month, year-only items apart, undated items never guessed', () => {
    const groups = groupTimeline(model.timeline);
    expect(groups.years.map((y) => y.year)).toEqual(['2023', '2024']);
    expect(groups.years[0]!.months.map((m) => m.label)).toEqual(['August 2023', 'September 2023', '2023, month not stated']);
    expect(groups.undated.map((i) => i.caseId)).toEqual(['comic']);
    expect(groups.undated[0]!.date).toBeNull();
  });

  it('filters by topic, entity and kind', () => {
    expect(new Set(timelineFor(model, { topic: 'gallium' }).map((i) => i.caseId))).toEqual(new Set(['gallium']));
    expect(new Set(timelineFor(model, { entity: 'person-wang' }).map((i) => i.caseId))).toEqual(new Set(['wang']));
    expect(new Set(timelineFor(model, { kind: 'channel' }).map((i) => i.caseId))).toEqual(new Set(['wang', 'xiao-jun']));
  });
});

describe('rankRelated', () => {
  it('ranks by shared topics and entities, rare ones first, never the case itself', () => {
    const related = rankRelated(model.cases, 'wang');
    expect(related[0]!.case.id).toBe('xiao-jun');
    expect(related[0]!.topics.sort()).toEqual(['military', 'selling-secrets', 'state-secrets']);
    expect(related[0]!.sameSource).toBe(true);
    expect(related.map((r) => r.case.id)).not.toContain('wang');
    expect(related.map((r) => r.case.id)).not.toContain('comic');
  });
});

describe('caseView', () => {
  it('builds the facts panel with numbered citations of distinct paragraphs', () => {
    const view = caseView(model, model.case.get('wang')!, hrefs);
    const rows = Object.fromEntries(view.rows.map((r) => [r.key, r]));
    expect(rows.who!.values[0]).toMatchObject({ text: 'Wang', note: 'suspect', href: '/entities/person-wang/' });
    expect(rows.channel!.values[0]!.text).toBe('Part-time job offers');
    expect(rows.outcome!.values[0]).toMatchObject({ text: 'Sentenced', note: 'sentenced to 10 years in prison' });
    expect(rows.when!.values.map((v) => v.text)).toEqual(['Aug 2023', 'First reported 25 Sep 2023']);
    expect(rows.when!.values[0]!.note).toBe('sentence: Wang was sentenced to 10 years in prison.');
    expect(view.citations.map((c) => c.paragraph)).toEqual(['p3', 'p4']);
    expect(view.citations[1]!.text).toContain('sentenced to 10 years');
    expect(rows.outcome!.values[0]!.cites).toEqual([2]);
  });

  it('says "date not stated" when no source is dated', () => {
    const view = caseView(model, model.case.get('comic')!, hrefs);
    expect(view.rows.find((r) => r.key === 'when')!.values.at(-1)!.text).toBe('Report date not stated');
    expect(view.rows.find((r) => r.key === 'outcome')!.values[0]!.text).toBe('Not stated in the sources');
  });
});

describe('attribution and highlight', () => {
  it('names who asserts and who reported', () => {
    expect(attribution('Ministry of State Security', ['Global Times'])).toBe('According to the Ministry of State Security, as reported by Global Times.');
    expect(attribution(null, ['A', 'B', 'C'])).toBe('As reported by A, B and C; the sources do not say who disclosed it.');
    expect(attribution('MSS', [], 1)).toBe('According to the MSS, as reported by a news report that does not name its outlet.');
    expect(attribution('MSS', ['A'], 2)).toBe('According to the MSS, as reported by A, and 1 report without a named outlet.');
  });
  it('splits text around evidence phrases, case-insensitively', () => {
    expect(highlight('Gallium in luggage (gallium)', ['gallium'])).toEqual([
      { text: 'Gallium', mark: true },
      { text: ' in luggage (', mark: false },
      { text: 'gallium', mark: true },
      { text: ')', mark: false },
    ]);
    expect(highlight('a (bc)', ['(bc'])).toEqual([
      { text: 'a ', mark: false },
      { text: '(bc', mark: true },
      { text: ')', mark: false },
    ]);
  });
  it('prefers the longest phrase where two start together, and never overlaps', () => {
    expect(highlight('Li Wei Ming met Wei', ['Li Wei', 'li wei ming', 'Wei'])).toEqual([
      { text: 'Li Wei Ming', mark: true },
      { text: ' met ', mark: false },
      { text: 'Wei', mark: true },
    ]);
  });
  it('finds what /(phrases)/giu finds, on any text (Unicode case folding included)', () => {
    // The reference: one regular expression, the way highlight() worked before its indexOf path.
    const reference = (text: string, phrases: string[]) => {
      const wanted = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length >= 3))].sort((a, b) => b.length - a.length);
      if (!wanted.length) return [{ text, mark: false }];
      const re = new RegExp(`(${wanted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
      const parts: Array<{ text: string; mark: boolean }> = [];
      let last = 0;
      for (const m of text.matchAll(re)) {
        if (m.index! > last) parts.push({ text: text.slice(last, m.index), mark: false });
        parts.push({ text: m[0], mark: true });
        last = m.index! + m[0].length;
      }
      if (last < text.length) parts.push({ text: text.slice(last), mark: false });
      return parts;
    };
    // Few letters, so phrases recur in the text; and the characters whose case rules differ from ASCII's.
    const char = fc.constantFrom(...'aAbBkKsS .(-', '\u017F', '\u212A', 'İ', 'ı', 'é', 'É', 'ß', 'ẞ', '张', '𐐀', '𐐨');
    const str = (max: number) => fc.array(char, { maxLength: max }).map((cs) => cs.join(''));
    // Phrases are mostly slices of the text with each character swapped for one that folds to the same letter.
    const twin: Record<string, string> = {
      s: '\u017F',
      '\u017F': 's',
      '\u212A': 'K',
      K: 'k',
      k: '\u212A',
      a: 'A',
      A: 'a',
      é: 'É',
      É: 'é',
      ß: 'ẞ',
      ẞ: 'ß',
      𐐀: '𐐨',
      𐐨: '𐐀',
    };
    const variant = (slice: string, flips: boolean[]) => [...slice].map((c, i) => (flips[i % flips.length] ? (twin[c] ?? c) : c)).join('');
    const phrase = (text: string) =>
      fc.oneof(
        str(6),
        fc.tuple(fc.nat(), fc.integer({ min: 3, max: 8 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 })).map(([at, length, flips]) => {
          const chars = [...text];
          const start = chars.length ? at % chars.length : 0;
          return variant(chars.slice(start, start + length).join(''), flips);
        }),
      );
    fc.assert(
      fc.property(
        str(40).chain((text) => fc.tuple(fc.constant(text), fc.array(phrase(text), { maxLength: 4 }))),
        ([text, phrases]) => {
          expect(highlight(text, phrases)).toEqual(reference(text, phrases));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('entities', () => {
  it('quotes each paragraph that names an entity, once', () => {
    const mentions = entityMentions(model, 'person-jason');
    expect(mentions).toEqual([{ article: 'blog-comic', paragraph: 'p1', text: expect.stringContaining('Jason'), cases: ['comic'] }]);
  });
  it('groups names A-Z', () => {
    const groups = alphabet([{ name: 'Zhang' }, { name: 'the Agency' }, { name: '张三' }, { name: 'Ángel' }]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'Z', '#']);
    expect(groups[0]!.items.map((i) => i.name)).toEqual(['the Agency', 'Ángel']);
    // Letter page ids: safe path segments, one per group.
    expect(groups.map((g) => letterId(g.letter))).toEqual(['a', 'z', 'other']);
    // Section anchors on the index keep the form links already point at.
    expect(groups.map((g) => letterAnchor(g.letter))).toEqual(['letter-A', 'letter-Z', 'letter-other']);
  });
});

describe('counts for pictures', () => {
  it('bins cases over time and counts undated apart', () => {
    const t = casesOverTime(model);
    expect(t.unit).toBe('month');
    expect(t.bins[0]).toEqual({ id: '2023-09', label: 'Sep 2023', count: 2 });
    expect(t.bins.at(-1)).toEqual({ id: '2024-02', label: 'Feb 2024', count: 1 });
    expect(t.bins.length).toBe(6);
    expect(t.undated).toBe(1);
  });
  it('counts cases by topic kind', () => {
    expect(Object.fromEntries(casesByKind(model).map((k) => [k.kind, k.count]))).toMatchObject({ channel: 2, material: 3, law: 0 });
  });
  it('crosses two kinds, keeping only rows and columns with a case', () => {
    const m = topicMatrix(model, 'channel', 'sector');
    expect(m.rows.map((r) => r.id)).toEqual(['online-loans', 'recruitment-part-time-job']);
    expect(m.cols.map((c) => c.id)).toEqual(['military']);
    expect(m.cells.get('online-loans|military')).toEqual(['xiao-jun']);
  });
});

describe('inDisplayOrder', () => {
  it('orders items as the timeline shows them: months in order, then the year without a month, then undated', () => {
    const item = (key: string, date: string | null, precision: 'day' | 'month' | 'year' = 'day') =>
      ({
        key,
        date: date ? { date, precision } : null,
        kind: 'event',
        label: key,
        caseId: key,
        caseTitle: key,
        dramatization: false,
        source: { article: 'a', paragraph: 'p1' },
        outlet: null,
        topics: [],
        kinds: [],
        entities: [],
      }) as TimelineItem;
    const items = [item('undated', null), item('year', '2023', 'year'), item('aug', '2023-08-02'), item('jan', '2023-01-05'), item('2022', '2022-12-31')];
    expect(inDisplayOrder(items).map((i) => i.key)).toEqual(['2022', 'jan', 'aug', 'year', 'undated']);
  });
});
