/** The Pagefind step of the build: it indexes, marks Chinese passages, and fails loudly rather than skip. */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasBodyAttribute, indexSite, SearchIndexError } from '../../../src/search/build/pagefind-index.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'casebook-pf-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  return dir;
}

async function runHook(dir: string) {
  const logs: string[] = [];
  await indexSite(dir, { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(m) });
  return logs;
}

describe('Pagefind build step', () => {
  it('fails the build, saying why, when no page is marked for indexing', async () => {
    const dir = await site({ 'index.html': '<html lang="en"><body><main><h1>Home</h1></main></body></html>' });
    await expect(runHook(dir)).rejects.toThrow(SearchIndexError);
    await expect(runHook(dir)).rejects.toThrow(/no page .* carries data-pagefind-body.*never published/s);
  });

  it('indexes marked pages, marks and indexes Chinese passages of English pages', async () => {
    const dir = await site({
      'index.html': '<html lang="en"><body><main><h1>Home</h1></main></body></html>',
      'cases/x/index.html':
        '<html lang="en"><body><main data-pagefind-body><h1>Gallium case</h1><div class="para" id="p2">国家安全部提醒广大公民举报</div></main></body></html>',
    });
    const logs = await runHook(dir);
    expect(logs.join('\n')).toMatch(/indexed 1 pages and 1 Chinese passages/);
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh']);
    await expect(readFile(join(dir, 'cases/x/index.html'), 'utf8')).resolves.toContain('<div class="para" id="p2" lang="zh">');
  });

  it('writes every filter value with its page count beside the index, for the search page to list without Pagefind’s filter files', async () => {
    const meta = (filters: string[]) =>
      `<div hidden data-casebook-search>${filters.map((f) => `<span data-pagefind-filter="${f}"></span>`).join('')}<span data-pagefind-meta="type:case"></span></div>`;
    const dir = await site({
      'cases/x/index.html': `<html lang="en"><body><main data-pagefind-body>${meta(['type:case', 'material:gallium', 'outlet:A &amp; B'])}<h1>X</h1></main></body></html>`,
      'cases/y/index.html': `<html lang="en"><body><main data-pagefind-body>${meta(['type:case', 'material:germanium'])}<h1>Y</h1></main></body></html>`,
      'entities/z/index.html': `<html lang="en"><body><main>${meta(['type:entity'])}<h1>Z</h1></main></body></html>`,
    });
    await runHook(dir);
    expect(JSON.parse(await readFile(join(dir, 'pagefind/facets.json'), 'utf8'))).toEqual({
      type: { case: 2 },
      material: { gallium: 1, germanium: 1 },
      outlet: { 'A & B': 1 },
    });
  });

  it('writes the same index bytes on every run', async () => {
    const pages = {
      'cases/x/index.html':
        '<html lang="en"><body><main data-pagefind-body><h1>Gallium case</h1><div class="para" id="p2">国家安全部提醒广大公民举报</div><p>Gallium ingots at the airport.</p></main></body></html>',
      'articles/y/index.html': '<html lang="zh"><body><main data-pagefind-body><h1>镓锭案</h1><p>赵某被判处有期徒刑</p></main></body></html>',
    };
    const a = await site(pages);
    const b = await site(pages);
    await runHook(a);
    await runHook(b);
    expect(tree(join(a, 'pagefind'))).toEqual(tree(join(b, 'pagefind')));
  });
});

/** Every file under dir (relative path → bytes as base64). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name)).toString('base64');
  }
  return out;
}

describe('finding indexed pages', () => {
  it('recognises the body attribute in a tag only', () => {
    expect(hasBodyAttribute(Buffer.from('<main data-pagefind-body>'))).toBe(true);
    expect(hasBodyAttribute(Buffer.from('<main class="x"\n  data-pagefind-body="">'))).toBe(true);
    expect(hasBodyAttribute(Buffer.from('<p>no-data-pagefind-body here</p><main>'))).toBe(false);
    expect(hasBodyAttribute(Buffer.from('<main>'))).toBe(false);
  });
});
