import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classicScript, classicScriptTags, moduleScriptSrcs } from '../../../scripts/lib/classic-scripts.ts';

const page =
  '<head><script type="module" src="/_astro/A.js"></script></head><body><script type="application/json" id="x">{}</script>' +
  '<script type="module">inline()</script></body></html><script type="module" src="/_astro/B.js"></script>';

describe('module scripts for file://', () => {
  it('lists the external module scripts of a page, in order', () => {
    expect(moduleScriptSrcs(page)).toEqual(['/_astro/A.js', '/_astro/B.js']);
  });

  it('turns external module scripts into deferred classic ones and leaves other scripts alone', () => {
    const out = classicScriptTags(page);
    expect(out).toContain('<script src="/_astro/A.js" defer></script>');
    expect(out).toContain('<script src="/_astro/B.js" defer></script>');
    expect(out).toContain('<script type="application/json" id="x">');
    expect(out).toContain('<script type="module">inline()</script>');
    expect(moduleScriptSrcs(out)).toEqual([]);
  });

  it('bundles an entry and the chunks it imports into one script with no import or export left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'classic-'));
    try {
      await writeFile(join(dir, 'chunk.js'), 'export const greet = (n) => `hello ${n}`;');
      await writeFile(join(dir, 'entry.js'), 'import { greet } from "./chunk.js"; globalThis.said = greet(new URL(import.meta.url).protocol);');
      const code = new TextDecoder().decode(await classicScript(join(dir, 'entry.js')));
      expect(code).not.toMatch(/\bimport\b|\bexport\b/);
      const sandbox: Record<string, unknown> = { location: { href: 'file:///x/index.html' }, URL };
      sandbox.globalThis = sandbox;
      runInNewContext(code, sandbox);
      expect(sandbox.said).toBe('hello file:');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
