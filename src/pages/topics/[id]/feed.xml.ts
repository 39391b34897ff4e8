/** `/topics/<id>/feed.xml`: an Atom feed of the latest cases carrying one topic. */

import { getCollection } from 'astro:content';
import type { APIContext } from 'astro';
import { caseFeed, FEED_ENTRIES } from '../../../site/feeds.ts';
import { getSite } from '../../../site/load-site.ts';
import { href, paths } from '../../../site/urls.ts';
import { publicUrl } from '../../../site.config.ts';

export async function getStaticPaths() {
  return (await getCollection('topics')).map((t) => ({ params: { id: t.id } }));
}

export async function GET({ params }: APIContext) {
  const model = await getSite();
  const topic = model.topic.get(params.id!)!;
  const body = caseFeed(model, model.casesByTopic.get(topic.id) ?? [], {
    title: `Casebook: ${topic.label}`,
    subtitle: `Cases tagged “${topic.label}” (${topic.kind}), latest reported first (at most the ${FEED_ENTRIES} most recent; all of them are listed at ${publicUrl(paths.topic(topic.id))}).`,
    selfUrl: publicUrl(href(`topics/${topic.id}/feed.xml`)),
    pageUrl: publicUrl(paths.topic(topic.id)),
    caseUrl: (id) => publicUrl(paths.case(id)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
