import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium and one built site at a time: the machine has 2 cores.
          fileParallelism: false,
          // One Chromium for all the files, started before the first (tests/helpers/browser.ts launch() connects to it).
          globalSetup: ['tests/helpers/browser-server.ts'],
        },
      },
    ],
  },
});
