/**
 * Make a built site work from a folder opened by double-click (file://):
 * every internal URL in HTML attributes and CSS becomes relative to the file
 * that holds it, and a link to a directory names its `index.html` (file://
 * has no directory index). External URLs, fragments, data: and the like are
 * left alone. Pure string functions; `base` is the site's base path ("/" or
 * "/casebook/").
 */
import { posix } from 'node:path';

const SKIP = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#|$)/i;

/**
 * `target` as written in the file at `fileRel` (path under the site root, e.g.
 * `cases/x/index.html`) → a relative URL, or null to leave it unchanged.
 */
export function relativeUrl(target: string, fileRel: string, base = '/', directoryIndex = true): string | null {
  const raw = target.trim();
  if (SKIP.test(raw)) return null;
  const m = /^([^?#]*)([?#].*)?$/.exec(raw)!;
  const path = m[1]!;
  const rest = m[2] ?? '';
  const fromDir = posix.dirname(`/${fileRel}`);
  let abs: string;
  if (path.startsWith('/')) {
    const b = base.endsWith('/') ? base : `${base}/`;
    if (!(path === b.slice(0, -1) || path.startsWith(b))) return null; // outside the site
    abs = `/${path.slice(b.length)}`;
  } else {
    abs = posix.join(fromDir, path || posix.basename(fileRel));
    if ((path.endsWith('/') || path === '.' || path === '..' || /\/\.\.?$/.test(path)) && !abs.endsWith('/')) abs += '/';
  }
  if (!directoryIndex) {
    const rel = posix.relative(fromDir, abs) || '.';
    return (abs.endsWith('/') ? `${rel}/` : rel) + rest;
  }
  if (abs.endsWith('/')) abs += 'index.html';
  else if (!posix.extname(abs) && !path.startsWith('/'))
    return null; // a relative link to something without extension: leave it
  else if (!posix.extname(abs)) abs += '/index.html'; // `/cases/x` (no trailing slash) is a directory
  let rel = posix.relative(fromDir, abs);
  if (!rel) rel = posix.basename(abs);
  if (!rel.startsWith('.')) rel = `./${rel}`.replace(/^\.\/(?=[^.])/, '');
  return rel + rest;
}

function rewriteSrcset(value: string, fileRel: string, base: string): string {
  return value
    .split(',')
    .map((part) => {
      const m = /^(\s*)(\S+)(.*)$/.exec(part);
      if (!m) return part;
      const rel = relativeUrl(m[2]!, fileRel, base);
      return rel === null ? part : `${m[1]}${rel}${m[3]}`;
    })
    .join(',');
}

/** CSS `url(...)` and `@import "..."` → relative to `fileRel` (the CSS file, or the HTML file for inline styles). */
export function relativizeCss(css: string, fileRel: string, base = '/'): string {
  return css
    .replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, q: string, url: string) => {
      const rel = relativeUrl(url, fileRel, base);
      return rel === null ? whole : `url(${q}${rel}${q})`;
    })
    .replace(/@import\s+(['"])([^'"]+)\1/g, (whole, q: string, url: string) => {
      const rel = relativeUrl(url, fileRel, base);
      return rel === null ? whole : `@import ${q}${rel}${q}`;
    });
}

const URL_ATTRS = ['href', 'src', 'action', 'poster', 'data', 'formaction', 'data-pagefind-base'];

function unescapeAttr(v: string): string {
  return v
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
function escapeAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Rewrite URL attributes, srcset, inline styles and <style> blocks of an HTML file at `fileRel`. */
export function relativizeHtml(html: string, fileRel: string, base = '/'): string {
  const attr = new RegExp(`(<[a-zA-Z][^>]*?\\s)(${URL_ATTRS.join('|')}|srcset|style)=("([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'g');
  // One attribute per tag per pass (the match starts at the tag); each visited
  // attribute is marked so the next pass moves on to the tag's next one.
  let out = html;
  for (let pass = 0; pass < 16; pass++) {
    let seen = false;
    out = out.replace(attr, (_whole, before: string, name: string, _q, dq?: string, sq?: string, bare?: string) => {
      seen = true;
      const raw = dq ?? sq ?? bare ?? '';
      const value = unescapeAttr(raw);
      let next: string | null;
      if (name === 'srcset') next = rewriteSrcset(value, fileRel, base);
      else if (name === 'style') next = relativizeCss(value, fileRel, base);
      else next = relativeUrl(value, fileRel, base, name !== 'data-pagefind-base');
      return `${before}${name}\u0000="${next === null || next === value ? escapeAttr(value) : escapeAttr(next)}"`;
    });
    if (!seen) break;
  }
  out = out.replace(/\u0000=/g, '=');
  // <meta http-equiv="refresh" content="0;url=/new/"> (redirect pages)
  out = out.replace(/(<meta\s[^>]*http-equiv="refresh"[^>]*\scontent=")(\d+\s*;\s*url=)([^"]*)(")/gi, (whole, a: string, b: string, url: string, c: string) => {
    const rel = relativeUrl(unescapeAttr(url), fileRel, base);
    return rel === null ? whole : `${a}${b}${escapeAttr(rel)}${c}`;
  });
  return out.replace(
    /(<style[^>]*>)([\s\S]*?)(<\/style>)/gi,
    (_, open: string, css: string, close: string) => open + relativizeCss(css, fileRel, base) + close,
  );
}

/** The base path a built page was made for, read from its links to Astro's assets (`/casebook/_astro/…`), or null. */
export function detectBase(html: string): string | null {
  return /\s(?:href|src)="(\/(?:[^"/]+\/)*)_astro\//.exec(html)?.[1] ?? null;
}
