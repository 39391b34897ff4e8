/** `cases/<id>/cite.json`: CSL JSON for the case page and the reports it rests on. */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../../../lib/site-data.ts';
import { paths } from '../../../lib/urls.ts';
import { citationInput, toCslJson } from '../../../lib/citations.ts';

export async function getStaticPaths() {
  return (await getCollection('cases')).map((c) => ({ params: { id: c.id } }));
}

export async function GET({ params, site }: APIContext) {
  const abs = (path: string) => new URL(path, site).href;
  const { item, sources } = citationInput(await getSite(), params.id!, { case: (id) => abs(paths.case(id)), article: (id) => abs(paths.article(id)) });
  return new Response(`${JSON.stringify(toCslJson(item, sources), null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
}
