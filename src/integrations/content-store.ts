/**
 * Astro hands the content store to the page renderer as one module,
 * `export default JSON.parse("<every entry>")`. At 10,000 articles that is a
 * string literal of over 100 MB, and it costs three times over: the bundler
 * parses and writes it (the build's memory peak, 3.1 GB, was here), and V8
 * compiles it when the first page renders (295 s for the 157 MB literal
 * before it was cut into pieces; the cost grows faster than the literal).
 * Astro's own `collectionStorage: 'chunked'` splits the store, but measures
 * every character with a TextEncoder: 72 s at 3,000 articles.
 *
 * So in a build this Vite plugin writes the store's text to a file in Vite's
 * cache folder and the module reads it at run time (the prerender step runs on
 * the machine that built it, right after bundling); in dev it cuts the literal
 * into 4 MB pieces joined at run time. Either way the module's value is the
 * same; any other shape of the module is left exactly as it is.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const MODULE_ID = '\0astro:data-layer-content';
const HEAD = 'export default JSON.parse(';

/** The JSON text the module parses, or null if the module has another shape. */
export function storeText(code: string): string | null {
  // Plain string checks, not a regular expression: a backtracking match over 157 MB overflows the stack.
  const body = code.trimEnd().replace(/;$/, '');
  if (!body.startsWith(HEAD) || !body.endsWith(')')) return null;
  try {
    const text: unknown = JSON.parse(body.slice(HEAD.length, -1));
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

/** `code` with its single JSON string literal split into literals of at most `size` characters; null if small or of another shape. */
export function splitStoreLiteral(code: string, size = 4 * 1024 * 1024): string | null {
  if (code.length <= size) return null;
  const text = storeText(code);
  if (text === null) return null;
  const parts: string[] = [];
  // JSON.stringify writes a surrogate half cut at a boundary as an escape; joined, the pair is whole again.
  for (let i = 0; i < text.length; i += size) parts.push(JSON.stringify(text.slice(i, i + size)));
  return `export default JSON.parse([\n${parts.join(',\n')}\n].join(''));\n`;
}

/**
 * Write the store's text to `dir/<hash>.json` (removing older stores there) and
 * return the module that reads it; null if the module has another shape.
 */
export function storeFromFile(code: string, dir: string): string | null {
  const text = storeText(code);
  if (text === null) return null;
  const name = `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`;
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (old !== name) rmSync(join(dir, old), { force: true });
  writeFileSync(join(dir, name), text);
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(join(dir, name))}, 'utf8'));\n`;
}

export default function contentStore(): Plugin {
  let build = false;
  let dir = '';
  return {
    name: 'casebook:content-store',
    enforce: 'post',
    configResolved(config) {
      build = config.command === 'build';
      dir = join(config.cacheDir, 'casebook-content-store');
    },
    transform(code, id) {
      if (id !== MODULE_ID) return null;
      const replaced = build ? storeFromFile(code, dir) : splitStoreLiteral(code);
      return replaced === null ? null : { code: replaced, map: { mappings: '' } };
    },
  };
}
