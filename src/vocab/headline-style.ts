/**
 * The words a headline leaves out of the sentence it shortens ("A colonel was sentenced on Monday to 20
 * years" -> "Colonel sentenced to 20 years"): read by src/extract/cases/headline-style.ts.
 */

/** The auxiliaries before a participle ("was sentenced", "have been charged"), longest first. */
export const HEADLINE_AUXILIARIES = ['has been', 'have been', 'had been', 'was', 'were', 'is', 'are'] as const;

/**
 * Past participles that do not end in -ed, of the acts and steps a case title tells ("was caught",
 * "were held", "had been sent"). ("led" ends in -ed already.)
 */
export const IRREGULAR_PARTICIPLES = [
  'bought',
  'brought',
  'caught',
  'found',
  'given',
  'held',
  'hidden',
  'kept',
  'known',
  'made',
  'met',
  'paid',
  'seen',
  'sent',
  'shown',
  'sold',
  'sought',
  'stolen',
  'taken',
  'told',
  'thrown',
  'written',
] as const;

/**
 * Times that date nothing a reader of the archive can place: relative to the day the report was written
 * ("last week", "earlier this month"). A weekday alone is one too (calendar.ts WEEKDAYS).
 */
export const RELATIVE_TIMES = ['last week', 'this week', 'earlier this week', 'earlier this month', 'this month', 'recently', 'yesterday', 'today'] as const;

/**
 * Where a long title may end: the phrase after the mark adds to what the title has already said ("... for
 * spying for Beijing and handing over ...", "... charged after police alleged ...", "... — the seventeenth").
 * Not before a preposition: "with fake labels", "in November" are often what the title is about.
 */
export const HEADLINE_BREAKS = [' — ', ' – ', '; ', ' and ', ' after ', ' while ', ' who ', ' which ', ' that ', ' when ', ', including '] as const;

/** Breaks that end a clause whatever came before: the title may end there even before its verb ("Case involving X — the seventeenth ..."). */
export const CLAUSE_ENDS = [' — ', ' – ', '; '] as const;

/** Words that open a phrase set off by commas which only describes again who was just named ("34 defendants, all members of ..."). */
export const APPOSITIVE_OPENERS = ['a', 'an', 'all', 'both', 'each', 'one', 'two', 'three', 'most', 'some', 'many', 'several', 'also'] as const;
