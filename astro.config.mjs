// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

// The site can live at a domain root or under a sub-path (a project page on a
// static host): set CASEBOOK_BASE=/casebook/ at build time.
const base = process.env.CASEBOOK_BASE ?? '/';

export default defineConfig({
  site: process.env.CASEBOOK_SITE ?? 'https://casebook.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
  // Never inline scripts: Astro 7 leaves `__VITE_PRELOAD__` in inlined scripts
  // with a dynamic import (withastro/astro#17265), and external files keep the
  // CSP free of inline-script hashes.
  vite: { build: { assetsInlineLimit: 0 } },
});
