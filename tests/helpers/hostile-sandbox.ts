/**
 * A throwaway copy of the project to ingest and build in: its own seeds/,
 * content/, dist/, .astro/ and caches, so a test build never touches the
 * working tree (nor collides with a build running there). src/, scripts/,
 * public/ and the config are copied (a faithful build: no symlinked sources);
 * node_modules/ is a real folder of links to the project's packages, so the
 * caches Astro and Vite keep in it (.astro, .vite) are the sandbox's own.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const COPIED = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface Sandbox {
  root: string;
  seeds: string;
  content: string;
  dist: string;
  /** `npm run ingest` inside the sandbox: seeds/ -> content/. */
  ingest(args?: string[]): Promise<RunResult>;
  /** `npm run build` inside the sandbox (ingest, check, astro build, Pagefind), into `outDir` (default dist/). */
  build(outDir?: string): Promise<RunResult>;
  /** Only `astro build` (content/ as it is, no ingest, no check), into `outDir` (default dist/), with the project's config or `config`. */
  astro(outDir?: string, config?: string): Promise<RunResult>;
  remove(): Promise<void>;
}

export interface RunResult {
  code: number;
  output: string;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/**
 * A sandbox with the project's topics and judgements in content/ and an empty
 * seeds/ (tests put files there). `name` prefixes the temp directory.
 */
export async function createSandbox(name = 'casebook-sandbox'): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), `${name}-`));
  for (const entry of COPIED) await cp(join(PROJECT, entry), join(root, entry), { recursive: true });
  await mkdir(join(root, 'node_modules'));
  for (const entry of await readdir(join(PROJECT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    await symlink(join(PROJECT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  const seeds = join(root, 'seeds');
  const content = join(root, 'content');
  await mkdir(seeds, { recursive: true });
  await mkdir(content, { recursive: true });
  await cp(join(PROJECT, 'content/topics'), join(content, 'topics'), { recursive: true });
  await cp(join(PROJECT, 'content/judgements.yaml'), join(content, 'judgements.yaml')).catch(() => {});
  const tsx = join(PROJECT, 'node_modules/tsx/dist/cli.mjs');
  const env = { CASEBOOK_CONTENT: './content' };
  return {
    root,
    seeds,
    content,
    dist: join(root, 'dist'),
    ingest: (args = []) => run(process.execPath, [tsx, 'scripts/ingest.ts', '--seeds', 'seeds', '--out', 'content', ...args], root, env),
    build: (outDir = 'dist') => run(process.execPath, ['scripts/build.ts', '--quiet', '--out-dir', outDir], root, env),
    astro: (outDir = 'dist', config?: string) =>
      run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir, ...(config ? ['--config', config] : [])], root, env),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
