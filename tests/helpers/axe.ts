/**
 * axe-core for the accessibility checks, in a Chromium context of its own. It
 * is given to the context once, as an init script, so every page the context
 * opens has `window.axe`: injecting it into each page instead sent its 550 kB
 * over the DevTools connection and compiled it again on every page, which took
 * about as long as the audit itself.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** WCAG 2.0-2.2 A and AA (target size included) and axe's best practices. */
const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** A context whose pages can be audited with `axeViolations`. */
export async function axeContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/**
 * The rules whose outcome depends on colours: all a dark colour scheme can change, since the page's markup,
 * names, roles and sizes are the same in both schemes (the light-mode audit runs every rule).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What axe finds on the page as it is now (the first five elements of each rule); `rules`: only these. */
export function axeViolations(page: Page, rules?: string[]): Promise<Violation[]> {
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: RULE_TAGS };
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe?: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    if (!axe) throw new Error('axe-core is not on this page: open it in a context from axeContext()');
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: only });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, runOnly);
}
