/** Settings a fork changes in one place. */
export const REPOSITORY_URL = process.env.CASEBOOK_REPOSITORY ?? 'https://github.com/casebook-archive/casebook';
export const DEFAULT_BRANCH = 'main';

/** The link behind "Edit this page" for a file of the repository (path from its root). */
export function editUrl(path: string): string {
  return `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
