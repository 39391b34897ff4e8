/**
 * What a page's address says about its headline. Most news sites build the
 * address of a story from its headline ("/two-men-charged-with-spying-for-china/"),
 * so a line of the page that agrees with those words is the headline, on any
 * outlet, whatever the page's layout; and a headline line that carries more
 * ("... | Site Name") carries the site's name in the part the address leaves out.
 */

import { urlPath } from '../../util/url-parts.ts';

/** Words of a slug, or of a line compared with one: lowercased letters and short numbers, apostrophes dropped. */
function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** "wi8ymlwm", "13336839", "c": an id or a stray letter the site appended, not a word of the headline. */
function isSlugWord(w: string): boolean {
  return /^[a-z]{2,}$/.test(w) || /^\d{1,4}$/.test(w);
}

/** Path segments that only say how the page is served: "amp", "index", "print". */
const SERVING_SEGMENT_RE = /^(?:amp|index|print)?$/i;

export interface Slug {
  words: string[];
  /** The slug is the address's last segment (a section name is followed by more path). */
  last: boolean;
}

/**
 * The English headline words an address spells: the segment with the most words joined by "-" or "_"
 * ("lenient-27-month-jail-term-for-us-navy-sailor"), ids and extensions dropped. Null when no segment has
 * at least two words (numeric addresses, pinyin ids and Chinese paths say nothing the reader can compare).
 */
export function slugOfUrl(url: string | null | undefined): Slug | null {
  const path = urlPath(url);
  if (path === null) return null;
  const segments = path
    .split('/')
    .map((s) => safeDecode(s).replace(/\.(?:s?html?|php|aspx?|htm)$/i, ''))
    .filter((s) => !SERVING_SEGMENT_RE.test(s));
  let best: Slug | null = null;
  segments.forEach((segment, i) => {
    if (!/[-_]/.test(segment) || /[^\x00-\x7f]/.test(segment)) return;
    const words = tokens(segment.replace(/[-_+]+/g, ' ')).filter(isSlugWord);
    if (words.filter((w) => /[a-z]/.test(w)).length < 2) return;
    // On a tie the later segment: sections ("schools-colleges") come before the story's own name.
    if (!best || words.length >= best.words.length) best = { words, last: i === segments.length - 1 };
  });
  return best;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Share of the slug's words that the line has (0..1). */
export function slugAgreement(line: string, slug: Slug): number {
  const have = new Set(tokens(line));
  return slug.words.filter((w) => have.has(w)).length / slug.words.length;
}

/** The line says the slug's words and nothing else, in order: "Instant Car Camouflage" for /instant-car-camouflage/. */
export function spellsSlug(line: string, slug: Slug): boolean {
  return tokens(line).filter(isSlugWord).join(' ') === slug.words.join(' ');
}

/**
 * A slug that agrees with a line enough to name it the headline: most of its words, at least three. Slugs drop
 * stop words and cut long headlines short, so the line may say more than the slug; it must say most of the slug.
 */
export const AGREEING_SLUG = 0.6;
export const SLUG_WORDS_TO_JUDGE = 3;
