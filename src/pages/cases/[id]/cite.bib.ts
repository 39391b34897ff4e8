/** `cases/<id>/cite.bib`: BibTeX for the case page and the reports it rests on. */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../../../lib/site-data.ts';
import { paths } from '../../../lib/urls.ts';
import { citationInput, toBibtex } from '../../../lib/citations.ts';

export async function getStaticPaths() {
  return (await getCollection('cases')).map((c) => ({ params: { id: c.id } }));
}

export async function GET({ params, site }: APIContext) {
  const abs = (path: string) => new URL(path, site).href;
  const { item, sources } = citationInput(await getSite(), params.id!, { case: (id) => abs(paths.case(id)), article: (id) => abs(paths.article(id)) });
  return new Response(toBibtex(item, sources), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
}
