/**
 * The parts of a page's address the metadata readers use: its host (for the outlet) and its path (for the
 * headline's slug and a date in the path). A seed's address is untrusted text: anything that does not parse
 * as a URL gives null.
 */

/** The lowercased host of an http(s) URL, or null. */
export function httpHost(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The path of an address ("/news/2024/03/12/story"), or null when it is no address. */
export function urlPath(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}
