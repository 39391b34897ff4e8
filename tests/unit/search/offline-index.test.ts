import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { excerpt, facetCountsFor, type OfflineIndex, prepare, searchPrepared } from '../../../src/search/browser/offline-engine.ts';
import { buildOfflineIndex, indexedText, offlineIndexScript, textCap } from '../../../src/search/build/offline-index.ts';
import { parseState } from '../../../src/search/shared/url-state.ts';

function page(opts: { title: string; body: string; type: string; filters?: string[]; meta?: string[]; lang?: string }) {
  const spans =
    [`type:${opts.type}`, ...(opts.filters ?? [])].map((f) => `<span data-pagefind-filter="${f}"></span>`).join('') +
    [`type:${opts.type}`, ...(opts.meta ?? [])].map((m) => `<span data-pagefind-meta="${m}"></span>`).join('');
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><title>${opts.title} · Casebook</title></head><body>
<header><nav><a href="/">Casebook</a> gallium everywhere in the nav</nav></header>
<main data-pagefind-body><nav class="crumbs">Topics › Materials</nav><div hidden data-casebook-search>${spans}</div><h1 data-pagefind-meta="title">${opts.title}</h1>${opts.body}
<section data-pagefind-ignore><h2>Related cases</h2><p>Dating app honey trap gallium</p></section></main>
<footer>Footer text gallium</footer></body></html>`;
}

const pages = [
  { relPath: 'index.html', html: '<html><body><main><h1>Casebook</h1><p>gallium</p></main></body></html>' },
  {
    relPath: 'cases/gallium/index.html',
    html: page({
      title: 'Gallium carried through an airport',
      type: 'case',
      filters: ['material:gallium', 'year:2023'],
      meta: ['date:2023-08', 'outlet:Global Times'],
      body: '<p>A traveller carried gallium ingots for a contact.</p>',
    }),
  },
  {
    relPath: 'cases/liu/index.html',
    html: page({
      title: 'Liu photographed a military site',
      type: 'case',
      filters: ['channel:dating-social-apps', 'year:2023'],
      meta: ['date:2023-09-25', 'people:Liu'],
      body: '<p>Liu met a woman on a dating app that shakes phones.</p>',
    }),
  },
  {
    relPath: 'cases/qi/index.html',
    html: page({
      title: 'Former employee transmitted documents',
      type: 'case',
      filters: ['outcome:sentenced'],
      meta: ['people:Qi'],
      body: '<p>Qi was sentenced to two years and three months.</p>',
    }),
  },
  {
    relPath: 'articles/zh/index.html',
    html: page({
      title: '境外间谍情报机关雇人携带镓锭出境',
      type: 'article',
      lang: 'zh',
      meta: ['date:2024-06-11'],
      body: '<p>赵某因走私国家禁止进出口的货物罪被依法判处有期徒刑三年。</p>',
    }),
  },
  {
    relPath: 'topics/gallium/index.html',
    html: page({ title: 'Gallium', type: 'topic', filters: ['material:gallium'], body: '<p>A soft metal used in chips. Gallium gallium.</p>' }),
  },
];

describe('offline index', () => {
  const index = buildOfflineIndex(pages);
  const p = prepare(index);
  const top = (search: string) => searchPrepared(p, parseState(search)).map((h) => index.docs[h.doc]!.u);

  it('holds what Pagefind indexes: the body minus ignored parts, nav and footer, with title, type, date and filters', () => {
    expect(index.docs.map((d) => d.u)).toEqual(['articles/zh/', 'cases/gallium/', 'cases/liu/', 'cases/qi/', 'topics/gallium/']);
    const gallium = index.docs.find((d) => d.u === 'cases/gallium/')!;
    expect(gallium).toMatchObject({
      t: 'Gallium carried through an airport',
      y: 'case',
      d: '2023-08',
      o: 'Global Times',
      f: { type: ['case'], material: ['gallium'], year: ['2023'] },
    });
    expect(gallium.x).toBe('Gallium carried through an airport A traveller carried gallium ingots for a contact.');
    expect(indexedText('<main><p>x</p></main>')).toBeNull();
  });

  it('finds the right page first for the queries a reader types', () => {
    expect(top('?q=gallium')).toEqual(['topics/gallium/', 'cases/gallium/']);
    expect(top('?q=dating+app')[0]).toBe('cases/liu/');
    expect(top('?q=Qi+sentenced')[0]).toBe('cases/qi/');
    expect(top('?q=gall')).toContain('cases/gallium/');
    expect(top('?q=gallium+Liu')).toEqual([]);
  });

  it('finds Chinese text by a Chinese query of one or more characters', () => {
    expect(top('?q=镓锭')).toEqual(['articles/zh/']);
    expect(top('?q=判处')).toEqual(['articles/zh/']);
    expect(top('?q=镓')).toEqual(['articles/zh/']);
    expect(top('?q=判刑')).toEqual([]);
  });

  it('narrows by filters (any value within one, every filter) and sorts by date with undated pages last', () => {
    expect(top('?q=gallium&type=case')).toEqual(['cases/gallium/']);
    expect(top('?type=case&material=gallium&material=sentenced')).toEqual(['cases/gallium/']);
    expect(top('?type=case&outcome=sentenced&channel=dating-social-apps')).toEqual([]);
    expect(top('?type=case&sort=newest')).toEqual(['cases/liu/', 'cases/gallium/', 'cases/qi/']);
    expect(top('?type=case&sort=oldest')).toEqual(['cases/gallium/', 'cases/liu/', 'cases/qi/']);
  });

  it('counts facet values among the results, each filter without its own selection', () => {
    const counts = facetCountsFor(p, parseState('?q=gallium&type=case'));
    expect(counts.type).toEqual({ case: 1, topic: 1 });
    expect(counts.material).toEqual({ gallium: 1 });
  });

  it('makes escaped excerpts with the matches marked', () => {
    expect(excerpt('Tom & <Jerry> smuggled gallium.', 'gallium')).toBe('Tom &amp; &lt;Jerry&gt; smuggled <mark>gallium</mark>.');
    const long = `${'word '.repeat(100)}gallium ${'tail '.repeat(100)}`;
    const e = excerpt(long, 'gallium', 100);
    expect(e.startsWith('…')).toBe(true);
    expect(e).toContain('<mark>gallium</mark>');
  });

  it('keeps the total text within a budget by shortening the longest pages first', () => {
    expect(textCap([10, 20, 30], 100)).toBe(Infinity);
    expect(textCap([10, 20, 30], 50)).toBe(20);
    expect(textCap([10, 20, 30], 45)).toBe(17);
    const small = buildOfflineIndex(pages, 200);
    expect(small.docs.reduce((a, d) => a + d.x.length, 0)).toBeLessThanOrEqual(200);
    expect(small.docs.every((d) => d.t)).toBe(true);
  });

  it('is a classic script assigning a global, safe against text that closes a script', () => {
    const tricky: OfflineIndex = { format: 'casebook-offline-search/1', docs: [{ u: 'x/', t: '</script><b>', y: 'case', f: {}, x: 'a\u2028b' }] };
    const script = offlineIndexScript(tricky);
    expect(script).not.toContain('</script>');
    const window: Record<string, unknown> = {};
    runInNewContext(script, { window });
    expect(window.CASEBOOK_SEARCH_INDEX).toEqual(tricky);
  });
});
