/** `/robots.txt`: everything may be crawled; the sitemap says where the pages are. */
import type { APIContext } from 'astro';
import { href } from '../site/urls.ts';

export function GET({ site }: APIContext) {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
