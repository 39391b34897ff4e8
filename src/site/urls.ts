/** Every internal link goes through here so the site works under any `base`. */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function href(path: string): string {
  return BASE + path.replace(/^\/+/, '');
}

export const paths = {
  home: () => href(''),
  article: (id: string) => href(`articles/${id}/`),
  paragraph: (article: string, paragraph: string) => href(`articles/${article}/#${paragraph}`),
  case: (id: string) => href(`cases/${id}/`),
  topic: (id: string) => href(`topics/${id}/`),
  entity: (id: string) => href(`entities/${id}/`),
  /** `letter`: an id from letterId() (a, b, ..., other). */
  entityLetter: (letter: string) => href(`entities/letter/${letter}/`),
  search: (q?: string) => href(q ? `search/?q=${encodeURIComponent(q)}` : 'search/'),
};
