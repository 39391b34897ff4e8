/** Settings a fork changes in one place. */
export const REPOSITORY_URL = process.env.CASEBOOK_REPOSITORY ?? 'https://github.com/casebook-archive/casebook';
export const DEFAULT_BRANCH = 'main';

/**
 * Where the site is published (CASEBOOK_SITE, an origin such as
 * `https://archive.example.net`), or null when the build was not told. Without
 * it no absolute address is written anywhere: a made-up default ended up in
 * every permanent link, feed and citation, where a reader took it for real.
 * Pages link relatively, and the exports carry site paths (`/cases/x/`)
 * instead of URLs (publicUrl below).
 */
export const SITE_URL: string | null = siteOrigin(process.env.CASEBOOK_SITE);

/** The line the build prints once when CASEBOOK_SITE is not set. */
export const SITE_UNSET_NOTICE =
  'CASEBOOK_SITE is not set: permanent links, feeds, the sitemap, the CSV and citation files carry site paths (/cases/…/) instead of full addresses. Set CASEBOOK_SITE=https://your.domain to publish.';

/** A configured address as an origin with no trailing slash, or null when empty or unset. */
export function siteOrigin(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  return new URL(text).origin;
}

/**
 * The site can live at a domain root or under a sub-path (a project page on a
 * static host): set CASEBOOK_BASE=/casebook/ at build time. Always `/…/`.
 */
export const BASE_PATH = `/${(process.env.CASEBOOK_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * The address readers and machines use for a site path (base included, as
 * `href()` gives it): absolute when the public address is configured, else the
 * path itself.
 */
export function publicUrl(path: string, site: string | null = SITE_URL): string {
  return site ? new URL(path, `${site}/`).href : path;
}

/** The link behind "Edit this page" for a file of the repository (path from its root). */
export function editUrl(path: string): string {
  return `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
