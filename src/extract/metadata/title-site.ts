/**
 * "Headline | Site", "Headline - Section - Site": a browser title carries the site's name (and sometimes its
 * section) after the headline. The tail is the site's when the outlet table knows it, when it spells the
 * address the page is served from, or when it is shaped as a Chinese masthead. (A tail the slug leaves out is
 * not enough: slugs are cut short, and a headline's attribution, "- Justice Dept.", is left out with them.)
 */

import { isZhMasthead, outletByName, spellsHost } from './outlets.ts';

/** The headline without the site's name after it, and that name when the page's address spells it. */
export interface TitleAndSite {
  title: string;
  /** The name of the site as the title line writes it, when it spells the site's address or is a Chinese masthead; else null. */
  site: string | null;
}

// The last " | X", " - X", " – X": a headline runs on, a site's name is short.
const TAIL_RE = /^(.{8,}?)\s+[-–—|｜]\s+([^-–—|｜]{2,40})$/u;

export function titleAndSite(headline: string, url: string | null): TitleAndSite {
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
