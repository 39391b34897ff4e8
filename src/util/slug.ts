/**
 * Strict slugs for ids and file names: lower-case ASCII letters, digits and
 * single hyphens, never empty, never a path. Chinese is romanised first
 * (toneless pinyin, util/romanise.ts), so a Chinese title gets an address a
 * reader can read ("guo-jia-an-quan-bu-pi-lu"); text with no letters left
 * (emoji) falls back to a short stable hash so two titles never collide on "".
 *
 * Ids are permanent once published, and builds before romanisation gave
 * Chinese text the hash: keptId() keeps such an id where an earlier build
 * published it, and only new pages get the pinyin.
 */

import { createHash } from 'node:crypto';
import slugifyLib from '@sindresorhus/slugify';
import { hasHan, romanise, romaniseName } from './romanise.ts';

export type Slug = string & { readonly __brand: 'Slug' };

/** A function that turns text into a slug of at most `max` characters. */
export type Slugger = (text: string, max?: number) => Slug;

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): value is Slug {
  return SLUG_RE.test(value) && value.length <= 80;
}

export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** `latin` as a slug of at most `max` characters cut at a word boundary; the hash of `original` when nothing is left. */
function slugOf(latin: string, original: string, max: number): Slug {
  let slug = slugifyLib(latin, { decamelize: false });
  if (slug.length > max) {
    const cut = slug.slice(0, max);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
  }
  slug = slug.replace(/^-+|-+$/g, '');
  if (!slug) slug = `x-${shortHash(original)}`;
  if (!isSlug(slug)) throw new Error(`slugify produced an invalid slug for ${JSON.stringify(original.slice(0, 40))}`);
  return slug as Slug;
}

/**
 * The text to slug: Chinese romanised, when the text has no Latin letters of its own
 * to make an address of ("Ma Xiaolei 马晓磊" stays "ma-xiaolei", as it always was).
 */
function latinOf(text: string, read: (text: string) => string): string {
  if (!hasHan(text) || /[a-z]/.test(slugifyLib(text, { decamelize: false }))) return text;
  return read(text);
}

/** Slug of `text`, at most `max` characters, cut at a word boundary; Chinese romanised (稀土走私 -> xi-tu-zou-si). */
export function slugify(text: string, max = 60): Slug {
  return slugOf(latinOf(text, romanise), text, max);
}

/** Slug of a person's name: a Chinese surname read as a surname (曾某某 -> zeng-mou-mou, not ceng-mou-mou). */
export function slugifyName(name: string, max = 60): Slug {
  return slugOf(latinOf(name, romaniseName), name, max);
}

/** The slug builds gave before Chinese was romanised: Chinese characters dropped, the hash when nothing was left. */
export function slugifyUnromanised(text: string, max = 60): Slug {
  return slugOf(text, text, max);
}

/**
 * The id `make` builds from slugs: with the romanising sluggers, unless an
 * earlier build published the id it built before romanisation (`earlier`),
 * which is kept so a published address never changes.
 */
export function keptId(make: (slug: Slugger, name: Slugger) => string, earlier: ReadonlySet<string>): string {
  const fresh = make(slugify, slugifyName);
  if (earlier.size === 0 || earlier.has(fresh)) return fresh;
  const before = make(slugifyUnromanised, slugifyUnromanised);
  return earlier.has(before) ? before : fresh;
}

/** Pick `base`, or `base-2`, `base-3`... so that ids stay unique within `taken`. */
export function uniqueSlug(base: Slug, taken: Set<string>): Slug {
  let candidate: string = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate as Slug;
}
