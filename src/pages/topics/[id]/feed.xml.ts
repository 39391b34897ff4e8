/** `/topics/<id>/feed.xml`: an Atom feed of the latest cases carrying one topic. */

import { getCollection } from 'astro:content';
import type { APIContext } from 'astro';
import { caseFeed, FEED_ENTRIES } from '../../../site/feeds.ts';
import { getSite } from '../../../site/load-site.ts';
import { href, paths } from '../../../site/urls.ts';

export async function getStaticPaths() {
  return (await getCollection('topics')).map((t) => ({ params: { id: t.id } }));
}

export async function GET({ params, site }: APIContext) {
  const model = await getSite();
  const topic = model.topic.get(params.id!)!;
  const abs = (path: string) => new URL(path, site).href;
  const body = caseFeed(model, model.casesByTopic.get(topic.id) ?? [], {
    title: `Casebook: ${topic.label}`,
    subtitle: `Cases tagged “${topic.label}” (${topic.kind}), latest reported first (at most the ${FEED_ENTRIES} most recent; all of them are listed at ${abs(paths.topic(topic.id))}).`,
    selfUrl: abs(href(`topics/${topic.id}/feed.xml`)),
    pageUrl: abs(paths.topic(topic.id)),
    caseUrl: (id) => abs(paths.case(id)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
