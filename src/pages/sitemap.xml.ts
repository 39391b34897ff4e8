/** `/sitemap.xml`: every HTML page of the site, as absolute URLs. */
import type { APIContext } from 'astro';
import { getSite } from '../lib/site-data.ts';
import { sitemap } from '../lib/feeds.ts';
import { href, paths } from '../lib/urls.ts';

export async function GET({ site }: APIContext) {
  const model = await getSite();
  const pages = [
    paths.home(),
    href('cases/'),
    ...model.cases.map((c) => paths.case(c.id)),
    href('articles/'),
    ...model.articles.map((a) => paths.article(a.id)),
    href('topics/'),
    ...model.topics.map((t) => paths.topic(t.id)),
    href('entities/'),
    ...model.entities.map((e) => paths.entity(e.id)),
    href('timeline/'),
    href('explore/'),
    href('search/'),
  ];
  return new Response(sitemap(pages.map((p) => new URL(p, site).href)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
