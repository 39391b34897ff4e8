/**
 * "Headline | Site", "Headline - Section - Site": a browser title carries the site's name (and sometimes its
 * section) after the headline. The tail is the site's when the outlet table knows it, when it spells the
 * address the page is served from, or when it is shaped as a Chinese masthead. (A tail the slug leaves out is
 * not enough: slugs are cut short, and a headline's attribution, "- Justice Dept.", is left out with them.)
 */

import { isZhMasthead, outletByName, spellsHost } from './outlets.ts';
import { slugOfUrl } from './url-slug.ts';

/** The headline without the site's name after it, and that name when the page's address spells it. */
export interface TitleAndSite {
  title: string;
  /** The name of the site as the title line writes it, when it spells the site's address or is a Chinese masthead; else null. */
  site: string | null;
}

// The last " | X", " - X", " – X": a headline runs on, a site's name is short.
const TAIL_RE = /^(.{8,}?)\s+[-–—|｜]\s+([^-–—|｜]{2,40})$/u;

/**
 * `lines`: the page's other lines. A browser title ("Headline | Harbour Watch") and the article's own headline
 * ("Headline") both on the page say which part is the headline and which the site's name, whatever the name.
 */
export function titleAndSite(headline: string, url: string | null, lines: readonly string[] = []): TitleAndSite {
  const read = titleAndSiteName(headline, url, lines);
  return { ...read, title: withoutKicker(read.title, url) };
}

// "CHINA WATCH China Escalating Campaign of Intimidation...": a section's name in capitals, run into the headline
// that follows it in title case. Two words or more, one of them longer than an acronym ("FBI", "US").
const KICKER_RE = /^((?:\p{Lu}[\p{Lu}&'’.-]+\s+){2,4})(?=\p{Lu}\p{Ll})/u;
const LONGEST_ACRONYM = 4;
const FEWEST_HEADLINE_WORDS = 4;

/** The headline without a section kicker in capitals before it; the address's words, when it has them, keep one it spells. */
function withoutKicker(title: string, url: string | null): string {
  const m = KICKER_RE.exec(title);
  if (!m) return title;
  const kicker = m[1]!.trim().split(/\s+/);
  const rest = title.slice(m[0].length);
  if (!kicker.some((w) => w.length > LONGEST_ACRONYM) || rest.split(/\s+/).length < FEWEST_HEADLINE_WORDS) return title;
  const slug = url ? slugOfUrl(url) : null;
  const spelled = slug?.words.includes(
    kicker
      .at(-1)!
      .toLowerCase()
      .replace(/[^a-z0-9]/g, ''),
  );
  return spelled ? title : rest;
}

function titleAndSiteName(headline: string, url: string | null, lines: readonly string[]): TitleAndSite {
  const bar = browserTitle(headline, lines);
  if (bar) return bar;
  let title = headline;
  let site: string | null = null;
  for (let m = TAIL_RE.exec(title); m; m = TAIL_RE.exec(title)) {
    const [, head, tail] = m as unknown as [string, string, string];
    const known = outletByName(tail);
    // "... - 東方日報網": a Chinese site's name ends as mastheads end.
    const own = (url !== null && spellsHost(tail, url)) || isZhMasthead(tail.trim());
    if (!known && !own) break;
    if (own && site === null) site = tail.trim();
    title = head;
  }
  return { title, site };
}

const SEPARATOR_RE = /\s+[-–—|｜]\s+/u;
const MOST_SITE_WORDS = 5;

/** The headline and the site's name, when the page shows the headline both bare and as a browser title; else null. */
function browserTitle(headline: string, lines: readonly string[]): TitleAndSite | null {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const siteOf = (bar: string, head: string): string | null => {
    const rest = norm(bar).slice(norm(head).length);
    const sep = SEPARATOR_RE.exec(rest);
    if (sep?.index !== 0) return null;
    // "Headline | World | Harbour Watch": the site's name comes last.
    const tail = rest.slice(sep[0].length).split(SEPARATOR_RE).at(-1)!.trim();
    // A site's name is short beside the headline and written as a name ("Spy case - what we know" is one headline).
    const named = tail.length <= 40 && 2 * tail.length <= norm(head).length && !/^\p{Ll}/u.test(tail);
    return named && tail.split(/\s+/).length <= MOST_SITE_WORDS ? tail : null;
  };
  // Cheap tests first: this runs on every page, and most lines neither begin the headline nor begin with it.
  const head = norm(headline);
  if (SEPARATOR_RE.test(head)) {
    const bare = lines.map((l) => l.trim()).find((l) => l.length >= 8 && head.startsWith(l) && siteOf(head, l));
    if (bare) return { title: bare, site: siteOf(head, bare) };
  }
  for (const line of lines) {
    if (line.length <= head.length || !line.trimStart().startsWith(head)) continue;
    const site = siteOf(line, head);
    if (site) return { title: headline, site };
  }
  return null;
}
