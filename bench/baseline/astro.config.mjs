// The baseline the bench compares Casebook with: a plain Astro site of `.md`
// pages with a minimal layout, no integrations. BENCH_BASELINE_CONTENT names
// the folder of .md files (scripts/bench.ts generates it in /tmp).
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
