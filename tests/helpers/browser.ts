/**
 * Headless Chromium for the browser tests (scripts/lib/chromium-path.ts says
 * which), driven by playwright-core. No browser is downloaded.
 */
import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath } from '../../scripts/lib/chromium-path.ts';

export { chromiumPath };

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // No test reaches the network: every request to an address other than this machine's goes to a proxy
  // that is not there and fails at once (the audits record such requests; none may leave).
  '--proxy-server=127.0.0.1:9',
];

/**
 * The Chromium the browser project shares (tests/helpers/browser-server.ts), or
 * one of its own when run without it. Either way `close()` on what this returns
 * ends only this file's use: for the shared one it disconnects, closing the
 * contexts the file opened.
 */
export async function launch(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  // Playwright gives every launch a fresh temporary profile, so no state leaks between runs.
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** A built site served on localhost with a Chromium to look at it; `close()` stops both. */
export interface OpenSite {
  served: import('../../scripts/lib/serve.ts').Served;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Serve `dir` (after checking that `required` was built) and launch Chromium:
 * the setup every browser test against a built site shares.
 */
export async function openBuiltSite(dir: string, required = 'index.html'): Promise<OpenSite> {
  const { existsSync } = await import('node:fs');
  const { serve } = await import('../../scripts/lib/serve.ts');
  if (!existsSync(`${dir}/${required}`)) throw new Error(`${dir}/${required} is missing: run \`npm run build\` first`);
  const served = await serve(dir);
  const browser = await launch();
  return {
    served,
    browser,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}
