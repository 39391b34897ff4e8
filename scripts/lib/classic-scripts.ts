/**
 * Module scripts as classic scripts, for the offline bundle. Chromium refuses
 * `<script type="module">` from file:// (a module is fetched with CORS and a
 * file has origin null), so every page of the unzipped bundle logged a blocked
 * script and its behaviour (the header search box's shortcuts, the timeline
 * filter) was lost. Each module entry the pages load is re-bundled, with the
 * chunks it imports, into one IIFE by esbuild, and its tag becomes a classic
 * `defer` script: deferred scripts run in document order after parsing, as
 * module scripts do, so the pages' own code runs unchanged.
 */
import { build } from 'esbuild';

const MODULE_TAG = /<script\b([^>]*?)\stype="module"([^>]*)>/g;
const SRC = /\ssrc="([^"]+)"/;

/** The `src` of every external module script of a page, in order. */
export function moduleScriptSrcs(html: string): string[] {
  return [...html.matchAll(MODULE_TAG)].map((m) => SRC.exec(`${m[1]}${m[2]}`)?.[1]).filter((s): s is string => !!s);
}

/** The page with its external module scripts turned into classic deferred ones (same file names). */
export function classicScriptTags(html: string): string {
  return html.replace(MODULE_TAG, (whole, before: string, after: string) =>
    SRC.test(`${before}${after}`) ? `<script${before}${after.replace(/\s*$/, '')} defer>` : whole,
  );
}

/**
 * One module entry file (and everything it imports) as a single classic
 * script; `define` replaces build-time constants (esbuild's option).
 * `import.meta` has no meaning outside a module: Vite's preload helper reads
 * it only to preload CSS of lazily loaded chunks, which these pages have none
 * of, so it is pointed at the page's own address.
 */
export async function classicScript(entryFile: string, define: Record<string, string> = {}): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entryFile],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    define: { 'import.meta.url': 'location.href', 'import.meta.resolve': 'undefined', ...define },
  });
  return result.outputFiles[0]!.contents;
}
