/**
 * Words of a journalist's job title or desk: "Tomasz Adler | Senior Markets
 * Reporter", "KENJI MORITA, Nikkei staff writer", "By Harriet Callow, Asia
 * Correspondent", and author bios: "Mei Lin is a reporter covering...".
 */

/** What may follow the name on a byline line. */
export const BYLINE_ROLE_WORDS = [
  'reporter',
  'correspondent',
  'editor',
  'writer',
  'journalist',
  'columnist',
  'contributor',
  'analyst',
  'staff',
  'bureau',
  'chief',
  'producer',
  'news',
  'desk',
] as const;

/** What an author bio says the author is: "Tejaswini Deshmukh is a freelance writer...". */
export const AUTHOR_BIO_NOUNS = [
  'reporter',
  'journalist',
  'writer',
  'correspondent',
  'editor',
  'columnist',
  'contributor',
  'analyst',
  'author',
  'freelancer',
  'intern',
  'producer',
  'blogger',
] as const;
