/** `/feed.xml`: an Atom feed of the latest cases. */
import type { APIContext } from 'astro';
import { caseFeed, FEED_ENTRIES } from '../site/feeds.ts';
import { getSite } from '../site/load-site.ts';
import { href, paths } from '../site/urls.ts';

export async function GET({ site }: APIContext) {
  const model = await getSite();
  const abs = (path: string) => new URL(path, site).href;
  const body = caseFeed(model, model.cases, {
    title: 'Casebook: espionage cases as reported',
    subtitle: `Cases in Casebook, latest reported first (at most the ${FEED_ENTRIES} most recent; every case is listed at ${abs(href('cases/'))}).`,
    selfUrl: abs(href('feed.xml')),
    pageUrl: abs(href('cases/')),
    caseUrl: (id) => abs(paths.case(id)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
