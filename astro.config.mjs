// @ts-check

import { existsSync, readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { parseRedirects } from './src/emit/redirects.ts';
import contentPolicy from './src/integrations/content-policy.ts';
import contentStore from './src/integrations/content-store.ts';
import schemaCache from './src/integrations/schema-cache.ts';
import { BASE_PATH, SITE_URL } from './src/site.config.ts';

const content = process.env.CASEBOOK_CONTENT ?? './content';

// Merged or renamed ids forward to their new page (content/redirects.yaml,
// checked by `npm run check`): Astro writes a static page per entry with a
// meta refresh and a plain link.
const redirectsFile = `${content}/redirects.yaml`;
const redirects = Object.fromEntries(
  (existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8')).entries : []).map((r) => [`/${r.from}`, `/${r.to}`]),
);

export default defineConfig({
  site: SITE_URL ?? undefined,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Astro writes each page (mkdir, writeFile) before it renders the next: with
  // one page at a time the build waited on file I/O for half of page
  // generation. 16 in flight: 10,000 articles 71 -> 48 s, 3,000 27 -> 16 s, the
  // same bytes, no more memory (docs/performance.md).
  build: { format: 'directory', concurrency: 16 },
  // Pages show article text verbatim: no smart quotes or dashes (a
  // source's "quote" -- stays as written), and no GFM, whose autolink literals
  // turn any www./http:// in the text into links (backslash escapes do not stop
  // them in Sätteri) and whose tables/strikethrough reinterpret `|` and `~`.
  // tests/unit/emit/property-mdx.test.ts proves text in = text out. Generated pages
  // are `.md` (no bundler module per page); mdx() inherits the processor's features. No syntax
  // highlighting: Shiki's inline styles would break the CSP below, and no
  // generated page has code.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }), syntaxHighlight: false },
  // Pagefind and the citation files run after Astro exits, so their memory never adds to Astro's (scripts/lib/site-build.ts).
  // The content policy first: no page with code in it reaches the MDX compiler, whatever ran Astro.
  integrations: [contentPolicy(content), schemaCache(), mdx()],
  redirects,
  devToolbar: { enabled: false },
  // Content Security Policy, as a <meta> on every page: everything
  // from this origin only, no inline script (Astro hashes its own), no eval.
  // Pagefind is the only reason for anything more: its WebAssembly needs
  // 'wasm-unsafe-eval' and it may start its worker from a blob: URL.
  // scripts/lib/audit.ts fails the build's audit if this gets any looser.
  security: {
    csp: {
      directives: ["default-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Never inline scripts: Astro 7 leaves `__VITE_PRELOAD__` in inlined scripts
  // with a dynamic import (withastro/astro#17265), and external files keep the
  // CSP free of inline-script hashes.
  // The content store read from a file at run time, not bundled as one huge literal (src/integrations/content-store.ts).
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every .mdx module with a directive the bundler warns it may drop (one line per
        // topic page); Astro handles it itself (withastro/astro#18087, open). Other warnings pass.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    plugins: [contentStore()],
  },
});
