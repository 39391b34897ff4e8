/** `/data/cases.csv`: one row per case (RFC 4180; lists joined with "; "). */

import { casesCsv } from '../../site/feeds.ts';
import { getSite } from '../../site/load-site.ts';
import { paths } from '../../site/urls.ts';
import { publicUrl } from '../../site.config.ts';

export async function GET() {
  const model = await getSite();
  return new Response(
    casesCsv(model, (id) => publicUrl(paths.case(id))),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
}
