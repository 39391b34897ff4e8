/**
 * "Where reports differ": a site built in a throwaway copy of the project from three invented reports of
 * one case (tests/fixtures/disagree/seeds/) that differ on the prison term and the number of documents.
 * The case page shows each version with its outlet and a link to its paragraph.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { type OpenSite, openThrowawaySite } from '../helpers/open-throwaway-site.ts';

let open: OpenSite;
let served: Served;
let page: Page;
let caseId: string;

beforeAll(async () => {
  open = await openThrowawaySite('casebook-differ-', ['tests/fixtures/disagree/seeds']);
  ({ served, page } = open);
  caseId = open.site.dataset.cases[0]!.id;
}, 300_000);

afterAll(async () => {
  await open?.close();
});

describe('where reports differ', () => {
  it('the case page shows each version of the term and of the count, with its outlet and paragraph', async () => {
    await page.goto(`${served.url}cases/${caseId}/`);
    const section = page.getByRole('region', { name: 'Where reports differ' });
    await expect(section.isVisible()).resolves.toBe(true);
    const groups = await section
      .locator('tbody')
      .evaluateAll((bodies) => bodies.map((b) => [...b.querySelectorAll('tr')].map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));
    expect(groups).toEqual([
      [
        'Prison term',
        expect.stringMatching(/^“四年” \(4 years\) 东海法治报, paragraph 2 \d+$/),
        expect.stringMatching(/^“four years” Harbour Courier, paragraph 1 \d+$/),
        expect.stringMatching(/^“five years” Lantern Post, paragraph 1 \d+$/),
      ],
      [
        'Number of documents',
        expect.stringMatching(/^“180份” \(180 documents\) 东海法治报/),
        expect.stringMatching(/^“180 classified documents” Harbour Courier/),
        expect.stringMatching(/^“more than 200 documents” Lantern Post/),
      ],
    ]);
  });

  it('each version links to its paragraph of the article, like the facts above it', async () => {
    await page.goto(`${served.url}cases/${caseId}/`);
    const link = page.getByRole('region', { name: 'Where reports differ' }).locator('tbody').nth(0).locator('tr').nth(3).locator('.cite a');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/articles\/ex-engineer-lin-haoran-gets-five-years[^/]*\/#p1$/);
    await expect(link.getAttribute('aria-label')).resolves.toBe(`Source ${await link.innerText()}: Lantern Post, paragraph 1`);
    await link.click();
    await page.waitForURL(/#p1$/);
    await expect(page.locator('#p1').innerText()).resolves.toContain('sentenced to five years in prison');
  });
});
