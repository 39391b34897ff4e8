import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/helpers/sequencer.ts';

export default defineConfig({
  test: {
    // The browser files that take longest start first (tests/helpers/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Both cores (vitest's default on 2 cores is one worker), and one module graph per worker instead
          // of one per file: importing the pipeline again for each of ~90 files was a fifth of the run. No
          // unit file mocks modules or stubs globals, so sharing them changes nothing a test sees.
          maxWorkers: 2,
          isolate: false,
          // The pipeline-level tests take a second or two on a quiet machine and far more on a shared one.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two files at a time, one per core: a file mostly waits on one process at a time (its own code,
          // Chromium's renderer, a build, Java), so one file alone left a core idle. (vitest's default on
          // 2 cores is one worker.) Files that build sites of their own build one after the other inside.
          maxWorkers: 2,
          // One module graph per worker, as for the unit files: each file importing playwright-core and the
          // helpers afresh cost about 17 s of the project's 141 s. The files share no mutable module state: each
          // opens and closes its own pages, contexts and servers in its hooks.
          isolate: false,
          // One Chromium for all the files, started before the first (tests/helpers/browser.ts launch() connects to it).
          globalSetup: ['tests/helpers/browser-server.ts'],
        },
      },
    ],
  },
});
