/**
 * Strict slugs for ids and file names: lower-case ASCII letters, digits and
 * single hyphens, never empty, never a path. Text that has no Latin letters
 * (Chinese titles, emoji) falls back to a short stable hash so two different
 * titles never collide on "".
 */

import { createHash } from 'node:crypto';
import slugifyLib from '@sindresorhus/slugify';

export type Slug = string & { readonly __brand: 'Slug' };

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): value is Slug {
  return SLUG_RE.test(value) && value.length <= 80;
}

export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Slug of `text`, at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 60): Slug {
  let slug = slugifyLib(text, { decamelize: false });
  if (slug.length > max) {
    const cut = slug.slice(0, max);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
  }
  slug = slug.replace(/^-+|-+$/g, '');
  if (!slug) slug = `x-${shortHash(text)}`;
  if (!isSlug(slug)) throw new Error(`slugify produced an invalid slug for ${JSON.stringify(text.slice(0, 40))}`);
  return slug as Slug;
}

/** Pick `base`, or `base-2`, `base-3`... so that ids stay unique within `taken`. */
export function uniqueSlug(base: Slug, taken: Set<string>): Slug {
  let candidate: string = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate as Slug;
}
