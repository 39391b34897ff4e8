/** `/data/cases.csv`: one row per case (RFC 4180; lists joined with "; "). */
import type { APIContext } from 'astro';
import { casesCsv } from '../../site/feeds.ts';
import { getSite } from '../../site/load-site.ts';
import { paths } from '../../site/urls.ts';

export async function GET({ site }: APIContext) {
  const model = await getSite();
  return new Response(
    casesCsv(model, (id) => new URL(paths.case(id), site).href),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
}
