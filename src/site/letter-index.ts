/** The A–Z index of names: how names sort, how they group by letter, and how each letter's page and anchor are named. */
import { pushTo } from '../util/collections.ts';

/**
 * How many names the entity index lists itself. Past that it links a page per
 * letter instead: at 10,000 articles the one list of 7,176 names was an 832 kB
 * page. The letter pages exist at any size, so their links stay valid.
 */
export const ENTITY_INDEX_LIMIT = 600;

/** Names per page of a letter: a name is about 0.13 kB of HTML, so a page stays near 65 kB (one letter held 900 names, 117 kB, at 10,000 articles). */
export const LETTER_PAGE = 500;

/** The key a name sorts by: accents dropped, a leading "the" ignored, lower case. */
export function sortName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^(the)\s+/i, '')
    .toLowerCase();
}

/** A–Z groups; names that do not start with a Latin letter go under "#". */
export function alphabet<T extends { name: string }>(items: readonly T[]): Array<{ letter: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => sortName(a.name).localeCompare(sortName(b.name)))) {
    const first = sortName(item.name).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    pushTo(groups, letter, item);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, items: list }));
}

/** The id of an A–Z group's page (`entities/letter/<id>/`): the letter in lower case, `other` for "#". */
export function letterId(letter: string): string {
  return letter === '#' ? 'other' : letter.toLowerCase();
}

/** How an A–Z group is named in headings and titles: the letter, or "Other scripts" for "#". */
export function letterLabel(letter: string): string {
  return letter === '#' ? 'Other scripts' : letter;
}

/** The anchor of an A–Z group's section on the entity index, as it has always been (`letter-A`, `letter-other`). */
export function letterAnchor(letter: string): string {
  return `letter-${letter === '#' ? 'other' : letter}`;
}
