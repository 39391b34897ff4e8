/**
 * Contributors' edits survive regeneration: run the real ingest
 * into a throwaway content folder, edit pages as a contributor would, run it
 * again, and look at what is on disk.
 */

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileState, GENERATED_MARK, reconcile, stampHash } from '../../../src/emit/reconcile.ts';
import { runIngest } from '../../../src/ingest/run-ingest.ts';

let dir: string;
let seeds: string;
let out: string;
let lines: string[];

async function run() {
  lines = [];
  return runIngest({ seedsDir: seeds, outDir: out, topicsDir: 'content/topics', log: (l) => lines.push(l) });
}

function snapshot(): Map<string, number> {
  const times = new Map<string, number>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else times.set(p, statSync(p).mtimeMs);
    }
  };
  walk(out);
  return times;
}

function firstCase(): string {
  return join(out, 'cases', readdirSync(join(out, 'cases')).sort()[0]!);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-edits-'));
  seeds = join(dir, 'seeds');
  out = join(dir, 'content');
  cpSync('seeds', seeds, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('regeneration', () => {
  it('rewrites no file when the seeds did not change', async () => {
    await run();
    const before = snapshot();
    const second = await run();
    expect(second.ok && second.written).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  it('rewrites a page renamed to .mdx as MDX, keeps the name, and then leaves it be', async () => {
    await run();
    const dataset = readFileSync(join(out, 'casebook.json'), 'utf8');
    const article = join(out, 'articles', readdirSync(join(out, 'articles')).sort()[0]!);
    const renamed = article.replace(/\.md$/, '.mdx');
    writeFileSync(renamed, readFileSync(article, 'utf8'));
    unlinkSync(article);
    const second = await run();
    expect(second.ok).toBe(true);
    expect(existsSync(article)).toBe(false);
    const text = readFileSync(renamed, 'utf8');
    expect(text).toMatch(/^<Para id="p1">$/m);
    expect(text).not.toContain('<div class="para"');
    expect(fileState(text)).toBe('generated');
    // Same dataset: the paragraphs read back from the MDX page are the ones the seed gave.
    expect(readFileSync(join(out, 'casebook.json'), 'utf8')).toBe(dataset);
    const before = snapshot();
    const third = await run();
    expect(third.ok && third.written).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  it('keeps an edited body and front matter, and feeds the edit into the dataset', async () => {
    await run();
    const file = firstCase();
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/^title: .*$/m, 'title: "A better title, by an editor"') + '\nA paragraph an editor added.\n';
    writeFileSync(file, edited);
    await run();
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const dataset = JSON.parse(readFileSync(join(out, 'casebook.json'), 'utf8'));
    expect(dataset.cases.map((c: { title: string }) => c.title)).toContain('A better title, by an editor');
  });

  it('reports a conflict when the seed behind an edited page changes, and keeps the edit', async () => {
    await run();
    const article = readdirSync(join(out, 'articles')).sort()[0]!;
    const page = join(out, 'articles', article);
    const text = readFileSync(page, 'utf8');
    const seedPath = /generated-by: casebook ingest from (\S+)/.exec(text)![1]!;
    const edited = text.replace(/^byline: .*$/m, 'byline: "An Editor"');
    writeFileSync(page, edited);
    const seedFile = join(seeds, seedPath.replace(/^.*\//, ''));
    writeFileSync(seedFile, readFileSync(seedFile, 'utf8') + '\n\nA new closing paragraph that the outlet added later to its report.\n');
    await run();
    expect(readFileSync(page, 'utf8')).toBe(edited);
    expect(lines.some((l) => l.includes(article) && l.includes('conflict'))).toBe(true);
  });

  it('never regenerates a page marked curated', async () => {
    await run();
    const file = firstCase();
    const curated = readFileSync(file, 'utf8').replace(/^---\n/, '---\ncurated: true\n');
    writeFileSync(file, curated);
    rmSync(seeds, { recursive: true });
    cpSync('seeds', seeds, { recursive: true });
    await run();
    expect(readFileSync(file, 'utf8')).toBe(curated);
  });

  it('removes pages only a removed seed generated, and keeps an edited one with a notice', async () => {
    await run();
    const pages = readdirSync(join(out, 'articles')).sort();
    const texts = pages.map((p) => readFileSync(join(out, 'articles', p), 'utf8'));
    const seedOf = (t: string) => /generated-by: casebook ingest from (\S+)/.exec(t)![1]!.replace(/^.*\//, '');
    // Edit the first page; then remove the seeds of the first two pages.
    writeFileSync(join(out, 'articles', pages[0]!), texts[0]!.replace(/^byline: .*$/m, 'byline: "Kept"'));
    unlinkSync(join(seeds, seedOf(texts[0]!)));
    unlinkSync(join(seeds, seedOf(texts[1]!)));
    await run();
    expect(existsSync(join(out, 'articles', pages[0]!))).toBe(true);
    expect(existsSync(join(out, 'articles', pages[1]!))).toBe(false);
    expect(lines.some((l) => l.includes(pages[0]!) && l.includes('kept'))).toBe(true);
  });

  it('forwards a case id of the previous build that is gone to the case with the same source paragraphs', async () => {
    await run();
    const path = join(out, 'casebook.json');
    const dataset = JSON.parse(readFileSync(path, 'utf8'));
    const renamed = dataset.cases[0].id;
    dataset.cases[0].id = 'an-old-case-id';
    writeFileSync(path, JSON.stringify(dataset));
    await run();
    expect(readFileSync(join(out, 'redirects.yaml'), 'utf8')).toContain(`- from: cases/an-old-case-id/\n  to: cases/${renamed}/`);
  });

  it('leaves a redirects.yaml it cannot read as it is, and says where it is wrong', async () => {
    await run();
    const broken = '# a contributor wrote:\n- from: cases/kept-by-hand/\n  to: [unclosed\n';
    writeFileSync(join(out, 'redirects.yaml'), broken);
    const result = await run();
    expect(result.ok).toBe(false);
    expect(readFileSync(join(out, 'redirects.yaml'), 'utf8')).toBe(broken);
    expect(
      lines.some((l) => /redirects\.yaml:\d+: not valid YAML/.test(l)),
      lines.join('\n'),
    ).toBe(true);
  });

  it('forwards an entity id of the previous build that is gone to the entity with the same name', async () => {
    await run();
    const path = join(out, 'casebook.json');
    const dataset = JSON.parse(readFileSync(path, 'utf8'));
    const org = dataset.entities.find((e: { kind: string }) => e.kind === 'organisation');
    const current = org.id;
    org.id = 'org-an-old-id';
    writeFileSync(path, JSON.stringify(dataset));
    await run();
    expect(readFileSync(join(out, 'redirects.yaml'), 'utf8')).toContain(`- from: entities/org-an-old-id/\n  to: entities/${current}/`);
  });

  it('includes a hand-written case with no seed in the dataset', async () => {
    await run();
    writeFileSync(
      join(out, 'cases', 'hand-written-case.mdx'),
      '---\ntitle: "A case written by hand"\ntopics: [gallium]\n---\n\nA summary written by a person.\n',
    );
    await run();
    const dataset = JSON.parse(readFileSync(join(out, 'casebook.json'), 'utf8'));
    const hand = dataset.cases.find((c: { id: string }) => c.id === 'hand-written-case');
    expect(hand).toMatchObject({ title: 'A case written by hand', summary: 'A summary written by a person.', topics: ['gallium'] });
  });
});

describe('reconcile', () => {
  const page = (body: string) => stampHash(`---\n# ${GENERATED_MARK} from seeds/a.txt\n\ntitle: x\n---\n\n${body}\n`);

  it.each([
    ['generated, untouched', page('text'), 'generated'],
    ['edited', page('text').replace('text', 'new text'), 'edited'],
    ['curated', page('text').replace('title: x', 'title: x\ncurated: true'), 'curated'],
    ['hand-written', '---\ntitle: mine\n---\n\nbody\n', 'hand-written'],
  ])('%s', (_name, text, state) => {
    expect(fileState(text)).toBe(state);
  });

  it('writes new and changed generated files, keeps edited ones, removes stale generated ones', () => {
    const existing = new Map([
      ['cases/a.mdx', page('a')],
      ['cases/b.mdx', page('b').replace('b\n', 'b edited\n')],
      ['cases/gone.mdx', page('gone')],
      ['cases/mine.mdx', '---\ntitle: mine\n---\n'],
    ]);
    const generated = new Map([
      ['cases/a.mdx', page('a2')],
      ['cases/b.mdx', page('b')],
      ['cases/new.mdx', page('new')],
    ]);
    const plan = reconcile(generated, existing);
    expect([...plan.write.keys()].sort()).toEqual(['cases/a.mdx', 'cases/new.mdx']);
    expect(plan.remove).toEqual(['cases/gone.mdx']);
    expect([...plan.human.keys()].sort()).toEqual(['cases/b.mdx', 'cases/mine.mdx']);
    expect(plan.notices).toEqual([]);
  });
});
