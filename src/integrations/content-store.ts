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
 * So in a build the module reads the file Astro wrote the store to when it
 * synced content, at run time (the prerender step runs on the machine that
 * built it, right after bundling): the text is never read, quoted, bundled and
 * compiled at all. In dev the literal is cut into 4 MB pieces joined at run
 * time. Either way the module's value is the same; any other shape of the
 * module is left exactly as it is.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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

/** The module that reads the store's JSON text from `file` when it runs. */
export function storeReader(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** The Vite plugin: a build reads the store from `dataStoreFile`; dev gets it in pieces. */
export function contentStorePlugin(dataStoreFile: string, build: boolean): Plugin {
  return {
    name: 'casebook:content-store',
    // Before Astro's own loader, so the store is never turned into one huge literal in a build.
    enforce: 'pre',
    load(id) {
      if (id !== MODULE_ID || !build || !existsSync(dataStoreFile)) return null;
      return { code: storeReader(dataStoreFile), map: { mappings: '' } };
    },
    transform(code, id) {
      if (id !== MODULE_ID || build) return null;
      const split = splitStoreLiteral(code);
      return split === null ? null : { code: split, map: { mappings: '' } };
    },
  };
}

/**
 * As an integration, to know where Astro keeps the store in a build: its cache
 * folder (`cacheDir`, default node_modules/.astro/), file `data-store.json`,
 * which Astro writes when content is synced, before bundling.
 */
export default function contentStore(): AstroIntegration {
  return {
    name: 'casebook:content-store',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [contentStorePlugin(file, command === 'build')] } });
      },
    },
  };
}
