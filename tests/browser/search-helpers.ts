/**
 * Shared by the search browser tests: which cases a reader's query should
 * find, read from the dataset by content (ids change as extraction improves),
 * and how to read the result list.
 */
import type { Page } from 'playwright-core';

interface Dataset {
  cases: {
    id: string;
    title: string;
    summary: string;
    topics: string[];
    people: string[];
    places: string[];
    dramatization: boolean;
    outcome?: { kind: string } | null;
  }[];
  entities: { id: string; name: string; kind: string }[];
}

/** Query → ids of the cases it should find near the top (any of them will do). */
export function expectedCases(data: Dataset): Record<string, string[]> {
  const named = (ids: string[], re: RegExp) => ids.some((id) => re.test(data.entities.find((e) => e.id === id)?.name ?? ''));
  const text = (c: Dataset['cases'][number]) => `${c.title} ${c.summary}`;
  return {
    gallium: data.cases.filter((c) => c.topics.includes('gallium') || /gallium/i.test(text(c))).map((c) => c.id),
    'dating app': data.cases.filter((c) => c.topics.includes('dating-social-apps') || /dating|social app|shak/i.test(text(c))).map((c) => c.id),
    'Qi sentenced': data.cases.filter((c) => named(c.people, /^Qi$/) && (c.outcome?.kind === 'sentenced' || /sentenced/i.test(text(c)))).map((c) => c.id),
    Xishan: data.cases.filter((c) => named(c.places, /Xishan/i) || /Xishan/i.test(text(c))).map((c) => c.id),
  };
}

/** Wait until the search page has rendered the results of its current URL. */
export async function waitForResults(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const list = document.querySelector('#search-results');
      return !!list && list.getAttribute('data-query') === location.search && !list.hasAttribute('aria-busy');
    },
    null,
    { timeout },
  );
}

/** Result links as site paths (`cases/x/`), whatever the base, host or file:// folder. */
export async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => {
    const path = new URL(h).pathname.replace(/index\.html$/, '');
    const m = /\/((?:cases|articles|topics|entities)\/[^/]+\/)$/.exec(path);
    return m ? m[1]! : path;
  });
}
