/** `/sitemap.xml`: every HTML page of the site, as absolute URLs. */

import { sitemap } from '../site/feeds.ts';
import { alphabet, letterId } from '../site/letter-index.ts';
import { getSite } from '../site/load-site.ts';
import { laterPages, pageHref } from '../site/pagination.ts';
import { TIMELINE_PAGE, timelineYears } from '../site/timeline.ts';
import { href, paths } from '../site/urls.ts';
import { publicUrl } from '../site.config.ts';

export async function GET() {
  const model = await getSite();
  // Pages 2.. of each long list (src/site/pagination.ts) are pages too.
  const later = (base: string, total: number, size?: number) => laterPages(total, size).map((n) => pageHref(base, n));
  const pages = [
    paths.home(),
    href('cases/'),
    ...later(href('cases/'), model.reported.length),
    ...model.cases.map((c) => paths.case(c.id)),
    href('articles/'),
    ...later(href('articles/'), model.articles.length),
    ...model.articles.map((a) => paths.article(a.id)),
    href('topics/'),
    ...model.topics.flatMap((t) => [paths.topic(t.id), ...later(paths.topic(t.id), (model.casesByTopic.get(t.id) ?? []).length)]),
    href('entities/'),
    ...alphabet(model.entities).map((g) => paths.entityLetter(letterId(g.letter))),
    ...model.entities.flatMap((e) => [paths.entity(e.id), ...later(paths.entity(e.id), (model.casesByEntity.get(e.id) ?? []).length)]),
    href('timeline/'),
    ...timelineYears(model).flatMap(({ year, count }) => [href(`timeline/${year}/`), ...later(href(`timeline/${year}/`), count, TIMELINE_PAGE)]),
    href('explore/'),
    href('search/'),
  ];
  return new Response(sitemap(pages.map((p) => publicUrl(p))), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
