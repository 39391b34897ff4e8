/**
 * Astro hands the content store to the page renderer as one module,
 * `export default JSON.parse("<every entry>")`: at 10,000 articles a
 * 157 MB string literal, which V8 took 295 s to compile before the first
 * page could render (the cost grows faster than the literal: the same text
 * in 4 MB literals compiles in 4 s). Astro's own `collectionStorage:
 * 'chunked'` splits the store, but measures every character with a
 * TextEncoder: 72 s at 3,000 articles. This Vite plugin rewrites the one
 * literal into pieces joined at run time, which parses to the same value.
 * Any other shape of the module is left exactly as it is.
 */
import type { Plugin } from 'vite';

const MODULE_ID = '\0astro:data-layer-content';
const HEAD = 'export default JSON.parse(';

/** `code` with its single JSON string literal split into literals of at most `size` characters; null if the shape differs. */
export function splitStoreLiteral(code: string, size = 4 * 1024 * 1024): string | null {
  if (code.length <= size) return null;
  // Plain string checks, not a regular expression: a backtracking match over 157 MB overflows the stack.
  const body = code.trimEnd().replace(/;$/, '');
  if (!body.startsWith(HEAD) || !body.endsWith(')')) return null;
  let text: unknown;
  try {
    text = JSON.parse(body.slice(HEAD.length, -1));
  } catch {
    return null;
  }
  if (typeof text !== 'string') return null;
  const parts: string[] = [];
  // JSON.stringify writes a surrogate half cut at a boundary as an escape; joined, the pair is whole again.
  for (let i = 0; i < text.length; i += size) parts.push(JSON.stringify(text.slice(i, i + size)));
  return `export default JSON.parse([\n${parts.join(',\n')}\n].join(''));\n`;
}

export default function contentStorePieces(): Plugin {
  return {
    name: 'casebook:content-store-pieces',
    enforce: 'post',
    transform(code, id) {
      if (id !== MODULE_ID) return null;
      const split = splitStoreLiteral(code);
      return split === null ? null : { code: split, map: { mappings: '' } };
    },
  };
}
