/**
 * A site built from fixture seeds in a throwaway copy of the project: the
 * source copied, node_modules linked entry by entry without Astro's and Vite's
 * caches (so the build shares no state with one running in the project),
 * ingest run over the seeds, then the site built.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT = resolve('.');

export function run(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, CASEBOOK_CONTENT: './content', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

export interface ThrowawaySite {
  /** The copy's folder; its built site is in `dist/`. */
  root: string;
  /** content/casebook.json of the copy, parsed. */
  dataset: { articles: { id: string; seed: string }[]; cases: { id: string }[] };
  /** What ingest printed (for a test's failure message). */
  ingestOutput: string;
}

/** Build a site from `seedDirs` (project-relative folders copied into the copy's seeds/, in order). */
export async function buildThrowawaySite(prefix: string, seedDirs: string[]): Promise<ThrowawaySite> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    await cp(join(PROJECT, entry), join(root, entry), { recursive: true });
  await mkdir(join(root, 'node_modules'));
  for (const entry of await readdir(join(PROJECT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    await symlink(join(PROJECT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  for (const dir of seedDirs) await cp(join(PROJECT, dir), join(root, 'seeds'), { recursive: true });
  await mkdir(join(root, 'content'), { recursive: true });
  await cp(join(PROJECT, 'content/topics'), join(root, 'content/topics'), { recursive: true });
  await cp(join(PROJECT, 'content/judgements.yaml'), join(root, 'content/judgements.yaml')).catch(() => {});
  const tsx = join(PROJECT, 'node_modules/tsx/dist/cli.mjs');
  const ingest = await run([tsx, 'scripts/ingest.ts', '--seeds', 'seeds', '--out', 'content', '--quiet'], root);
  if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.output}`);
  const build = await run(['scripts/build.ts', '--site-only', '--quiet'], root);
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.output}`);
  const dataset = JSON.parse(await readFile(join(root, 'content/casebook.json'), 'utf8'));
  return { root, dataset, ingestOutput: ingest.output };
}
