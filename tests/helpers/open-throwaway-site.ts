/**
 * A throwaway site (throwaway-site.ts) served on localhost with a browser page open on it: what a browser
 * test of a fixture site sets up before its tests and takes down after them.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Served, serve } from '../../scripts/lib/serve.ts';
import { launch } from './browser.ts';
import { buildThrowawaySite, type ThrowawaySite } from './throwaway-site.ts';

export interface OpenSite {
  site: ThrowawaySite;
  served: Served;
  browser: Browser;
  page: Page;
  /** Closes the browser and the server and removes the copy. */
  close(): Promise<void>;
}

/** Build a site from `seedDirs` (as buildThrowawaySite), serve its dist/ and open a page in a browser. */
export async function openThrowawaySite(prefix: string, seedDirs: string[]): Promise<OpenSite> {
  const site = await buildThrowawaySite(prefix, seedDirs);
  const served = await serve(join(site.root, 'dist'));
  const browser = await launch();
  const page = await browser.newPage();
  const close = async () => {
    await browser.close();
    await served.close();
    await rm(site.root, { recursive: true, force: true });
  };
  return { site, served, browser, page, close };
}
