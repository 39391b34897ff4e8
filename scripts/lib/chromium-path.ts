/**
 * The Chromium that drives pages for the browser tests and the bench's first-query measurement: Debian's
 * chromium-headless-shell (scripts/ensure-chromium.sh installs it), or CHROMIUM_PATH. The shell is Chromium's
 * Blink without the desktop browser around it (no GPU process, one renderer per site instead of several): on the
 * whole browser project it took 131 s of CPU where /usr/bin/chromium took 190 s, with the same pages, screenshots
 * and results.
 */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
