/**
 * vitest globalSetup of the browser project: one Chromium for every test
 * file, started once and reached over its WebSocket endpoint
 * (tests/helpers/browser.ts `launch()` connects to it). A launch per file cost
 * a second or more each on a busy 2-core machine; a connection costs
 * milliseconds, and each file still gets its own contexts, so no state leaks
 * between files. It also makes the run's folder for the site crawl the files
 * share (tests/helpers/shared-crawl.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared Chromium listens; empty when every file launches its own. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  // This run's folder for what the files share (tests/helpers/shared-crawl.ts): a new one each run, so
  // nothing recorded from an earlier build is read.
  const shared = await mkdtemp(join(tmpdir(), 'casebook-browser-run-'));
  project.provide('crawlDir', shared);
  return async () => {
    await server.close();
    await rm(shared, { recursive: true, force: true });
  };
}
