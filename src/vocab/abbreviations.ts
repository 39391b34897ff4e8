/**
 * Abbreviations whose full stop does not end a sentence, as headlines end on
 * them: "China bans exports of gallium, germanium, antimony to U.S.",
 * "Chinese National Gets 8 Years ... - Justice Dept.".
 */
import { alternation } from './regex.ts';

export const TRAILING_ABBREVIATIONS = [
  'Dept',
  'Govt',
  'Gov',
  'Corp',
  'Inc',
  'Co',
  'Ltd',
  'Jr',
  'Sr',
  'Gen',
  'Col',
  'Capt',
  'Adm',
  'Sgt',
  'Rep',
  'Sen',
  'Dr',
  'Prof',
  'vs',
] as const;

/** A line ending on an abbreviation ("U.S.", "U.K.", "Dept."), not on a sentence's full stop. */
export const ABBREVIATION_END_RE = new RegExp(`(?:\\b(?:[A-Z]\\.){2,}|\\b${alternation(TRAILING_ABBREVIATIONS)}\\.)$`);
