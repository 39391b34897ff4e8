/** Settings a fork changes in one place. */
export const REPOSITORY_URL = process.env.CASEBOOK_REPOSITORY ?? 'https://github.com/casebook-archive/casebook';
export const DEFAULT_BRANCH = 'main';

/** Where the site is published: absolute URLs (canonical links, feeds, citations) start here. */
export const SITE_URL = process.env.CASEBOOK_SITE ?? 'https://casebook.example.org';
/**
 * The site can live at a domain root or under a sub-path (a project page on a
 * static host): set CASEBOOK_BASE=/casebook/ at build time. Always `/…/`.
 */
export const BASE_PATH = `/${(process.env.CASEBOOK_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** The link behind "Edit this page" for a file of the repository (path from its root). */
export function editUrl(path: string): string {
  return `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
