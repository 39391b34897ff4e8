/**
 * A news page's address usually ends in its headline, lower-cased and hyphenated
 * (".../navy-sailor-16-years-china", ".../instant-car-camouflage/"). A title-shaped line near the top that
 * holds most of those words is the headline, whatever the page prints above it (a breadcrumb, the site's name,
 * a timestamp) and however short it is.
 */

import { isTitleLike } from '../text-shape.ts';

/** The words of the address's last meaningful path segment: "atomic-spies.aspx" -> atomic, spies. */
export function slugWords(url: string | null): string[] {
  if (!url) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const segments = path.split('/').filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    const words = decodeSegment(segments[i]!)
      .replace(/\.(?:s?html?|aspx?|php|jsp|cms)$/i, '')
      .toLowerCase()
      .split(/[-_+.\s]+/)
      .filter((w) => /^[a-z][a-z0-9']*$|^\d+$/.test(w));
    // A segment of ids and dates ("2024", "c_1125597921") names no headline.
    if (words.filter((w) => /^[a-z]{2,}/.test(w)).length >= 2) return words;
  }
  return [];
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** How many lines from the top the headline may stand: below that, a match is a related link or the story. */
const WITHIN = 40;

/**
 * The first title-shaped line among the first `WITHIN` that holds four fifths of the address's words (or all of
 * them, when there are two or three: short slugs match by chance), and whose own words are half the address's;
 * -1 when none does.
 */
export function slugTitleIndex(lines: readonly string[], url: string | null): number {
  const slug = slugWords(url);
  if (slug.length < 2) return -1;
  const want = new Set(slug);
  const need = want.size <= 3 ? want.size : Math.ceil(want.size * 0.8);
  for (let i = 0; i < Math.min(lines.length, WITHIN); i++) {
    const line = lines[i]!;
    if (!isTitleLike(line)) continue;
    const words = new Set(line.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []);
    const shared = [...want].filter((w) => words.has(w)).length;
    if (shared >= need && shared * 2 >= words.size) return i;
  }
  return -1;
}
