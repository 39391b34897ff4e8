/** `/data/cases.csv`: one row per case (RFC 4180; lists joined with "; "). */
import type { APIContext } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { casesCsv } from '../../lib/feeds.ts';
import { paths } from '../../lib/urls.ts';

export async function GET({ site }: APIContext) {
  const model = await getSite();
  return new Response(casesCsv(model, (id) => new URL(paths.case(id), site).href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
