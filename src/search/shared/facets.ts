/** The file, beside Pagefind's own in its bundle, that lists every filter value with its page count (written by the build). */
export const FACETS_FILE = 'facets.json';
