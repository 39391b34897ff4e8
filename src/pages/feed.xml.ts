/** `/feed.xml`: an Atom feed of the latest cases. */

import { caseFeed, FEED_ENTRIES } from '../site/feeds.ts';
import { getSite } from '../site/load-site.ts';
import { href, paths } from '../site/urls.ts';
import { publicUrl } from '../site.config.ts';

export async function GET() {
  const model = await getSite();
  const body = caseFeed(model, model.cases, {
    title: 'Casebook: espionage cases as reported',
    subtitle: `Cases in Casebook, latest reported first (at most the ${FEED_ENTRIES} most recent; every case is listed at ${publicUrl(href('cases/'))}).`,
    selfUrl: publicUrl(href('feed.xml')),
    pageUrl: publicUrl(href('cases/')),
    caseUrl: (id) => publicUrl(paths.case(id)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
