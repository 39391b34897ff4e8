/** The Pagefind step of the build: it indexes, marks Chinese passages, and fails loudly rather than skip. */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pagefindIntegration, { SearchIndexError } from '../../src/integrations/pagefind.ts';

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
  const logger = { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: (m: string) => logs.push(m) };
  const hook = pagefindIntegration().hooks['astro:build:done'] as unknown as (o: { dir: URL; logger: typeof logger }) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dir}/`), logger });
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
      'cases/x/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Gallium case</h1><div class="para" id="p2">国家安全部提醒广大公民举报</div></main></body></html>',
    });
    const logs = await runHook(dir);
    expect(logs.join('\n')).toMatch(/indexed 1 pages and 1 Chinese passages/);
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh']);
    await expect(readFile(join(dir, 'cases/x/index.html'), 'utf8')).resolves.toContain('<div class="para" id="p2" lang="zh">');
  });
});
