/** `/robots.txt`: everything may be crawled; the sitemap says where the pages are. */

import { href } from '../site/urls.ts';
import { publicUrl, SITE_URL } from '../site.config.ts';

// A Sitemap line must be a full URL: without the public address it is left out, with a note why.
export function GET() {
  const sitemap = SITE_URL
    ? `Sitemap: ${publicUrl(href('sitemap.xml'))}`
    : '# Sitemap: not announced; the build was not given the public address (CASEBOOK_SITE).';
  return new Response(`User-agent: *\nAllow: /\n\n${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
