/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium (or
 * CHROMIUM_PATH), driven by playwright-core. No browser is downloaded.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // Playwright gives every launch a fresh temporary profile, so no state leaks between runs.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
