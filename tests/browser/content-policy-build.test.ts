/**
 * The content policy at build time, in a throwaway copy of the project: a
 * contributor's page with code in it (tests/fixtures/hostile-content) stops
 * `npm run build`, with or without --site-only, at the same `path:line`
 * lines as `npm run check`, before Astro runs: none of its code runs (no
 * marker file is written) and none of it reaches the output, including an
 * export hidden where remark would see front matter but Astro sees body. Astro run
 * directly with the project's config refuses too (the policy is an integration);
 * with a config that leaves that integration out it does run the code: the
 * fixture is live, and the policy is what stops it. Legitimate component use builds.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, PROJECT, type RunResult, type Sandbox } from '../helpers/hostile-sandbox.ts';

const MARKERS = ['pwned-by-export.txt', 'pwned-by-expression.txt', 'pwned-by-prop.txt', 'pwned-by-disguise.txt'];
const EXPECTED_LINES = [
  'content/cases/disguised.mdx:6: ',
  'content/cases/exfiltrate.mdx:8: ',
  'content/cases/exfiltrate.mdx:10: ',
  'content/cases/exfiltrate.mdx:12: ',
  'content/cases/image-onerror.md:6: ',
];

let box: Sandbox;

/** Files written under the sandbox by code that should never have run. */
async function markers(): Promise<string[]> {
  const all = await readdir(box.root, { recursive: true });
  return all.filter((f) => MARKERS.some((m) => f.endsWith(m)));
}

function siteOnly(outDir: string): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--quiet', '--site-only', '--out-dir', outDir], {
      cwd: box.root,
      env: { ...process.env, CASEBOOK_CONTENT: './content', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

beforeAll(async () => {
  box = await createSandbox('casebook-policy');
  await cp(join(PROJECT, 'tests/fixtures/legit-content/cases'), join(box.content, 'cases'), { recursive: true });
});

afterAll(async () => {
  if (!process.env.KEEP_SANDBOX) await box?.remove();
});

describe('content policy in the build', () => {
  it('builds a page that uses registered components with literal props', async () => {
    const built = await box.build('dist-legit');
    expect(built.code, built.output.slice(-3000)).toBe(0);
    const html = await readFile(join(box.root, 'dist-legit/cases/components/index.html'), 'utf8');
    expect(html).toContain('Export controls');
    expect(html).toContain('Licences are needed for gallium and germanium.');
  }, 600_000);

  it('stops the build at the policy, with the lines of npm run check, and runs none of the code', async () => {
    await cp(join(PROJECT, 'tests/fixtures/hostile-content/cases'), join(box.content, 'cases'), { recursive: true });
    const built = await box.build('dist-hostile');
    expect(built.code).not.toBe(0);
    for (const line of EXPECTED_LINES) expect(built.output).toContain(line);
    expect(built.output).toContain('move code to src/components and use it as a component');
    expect(built.output).toMatch(/build: `npm run check` found errors in content \(above\); nothing was built/);
    expect(await markers()).toEqual([]);
    expect(existsSync(join(box.root, 'dist-hostile'))).toBe(false);
  }, 600_000);

  it('stops a --site-only build (no ingest, no full check) at the same lines', async () => {
    const built = await siteOnly('dist-site-only');
    expect(built.code).not.toBe(0);
    for (const line of EXPECTED_LINES) expect(built.output).toContain(line);
    expect(built.output).toContain('build: content breaks the content policy (above); nothing was built');
    expect(await markers()).toEqual([]);
    expect(existsSync(join(box.root, 'dist-site-only'))).toBe(false);
  }, 600_000);

  it('stops `astro build` run directly, with the project config, at the same lines', async () => {
    const built = await box.astro('dist-astro-direct');
    expect(built.code).not.toBe(0);
    for (const line of EXPECTED_LINES) expect(built.output).toContain(line);
    expect(built.output).toContain('content breaks the content policy');
    expect(await markers()).toEqual([]);
    expect(existsSync(join(box.root, 'dist-astro-direct', 'index.html'))).toBe(false);
  }, 600_000);

  it('would run the code without the policy: Astro with a config that leaves it out writes the marker', async () => {
    await writeFile(
      join(box.root, 'astro.unguarded.mjs'),
      "import config from './astro.config.mjs';\nexport default { ...config, integrations: config.integrations.filter((i) => i.name !== 'casebook:content-policy') };\n",
    );
    await box.astro('dist-unguarded', 'astro.unguarded.mjs');
    expect(await markers()).toEqual(expect.arrayContaining(['pwned-by-export.txt', 'pwned-by-disguise.txt']));
  }, 600_000);
});
