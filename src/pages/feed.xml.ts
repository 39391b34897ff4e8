/** `/feed.xml`: an Atom feed of every case, latest reported first. */
import type { APIContext } from 'astro';
import { getSite } from '../lib/site-data.ts';
import { caseFeed } from '../lib/feeds.ts';
import { href, paths } from '../lib/urls.ts';

export async function GET({ site }: APIContext) {
  const model = await getSite();
  const abs = (path: string) => new URL(path, site).href;
  const body = caseFeed(model, model.cases, {
    title: 'Casebook: espionage cases as reported',
    subtitle: 'Every case in Casebook, latest reported first.',
    selfUrl: abs(href('feed.xml')),
    pageUrl: abs(href('cases/')),
    caseUrl: (id) => abs(paths.case(id)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
