/**
 * vitest globalSetup of the browser project: one Chromium for every test
 * file, started once and reached over its WebSocket endpoint
 * (tests/helpers/browser.ts `launch()` connects to it). A launch per file cost
 * a second or more each on a busy 2-core machine; a connection costs
 * milliseconds, and each file still gets its own contexts, so no state leaks
 * between files.
 */
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
  return () => server.close();
}
