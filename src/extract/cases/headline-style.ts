/**
 * A sentence of a report shortened the way a headline shortens it: "Two Chinese nationals, a 25-year-old man
 * and a 31-year-old woman, have been charged on Monday with ..." -> "Two Chinese nationals charged with ...".
 * A case told by a sentence of its report is titled this way: the whole sentence stays in the summary.
 */
import { WEEKDAYS } from '../../vocab/calendar.ts';
import { APPOSITIVE_OPENERS, CLAUSE_ENDS, HEADLINE_AUXILIARIES, HEADLINE_BREAKS, IRREGULAR_PARTICIPLES, RELATIVE_TIMES } from '../../vocab/headline-style.ts';
import { DESCRIBED_ACTOR_STEPS, DESCRIBED_ACTOR_VERBS } from '../../vocab/incidents.ts';
import { alternation } from '../../vocab/regex.ts';

/** The longest title a reader takes in at a glance; longer ones end where a phrase ends. */
export const TITLE_MAX = 100;
/** A title cut shorter than this says too little: it is left long instead. */
const HEADLINE_MIN = 40;

// "Two Chinese nationals, a 25-year-old man and a 31-year-old woman, have been charged", "34 defendants, all
// members of China's Ministry of Public Security, for allegedly ...": words between commas that describe again
// who was just named.
const APPOSITIVE = new RegExp(
  `^([^,;]{3,80}?), (?:[^,;]{3,80}, (?=(?:${alternation(HEADLINE_AUXILIARIES)})\\b)|(?:${alternation(APPOSITIVE_OPENERS)})\\s[^,;]{3,80}, )`,
  'iu',
);
// The verb that tells what befell the subject or what they did: a cut never comes before it.
const MAIN_VERB = new RegExp(`\\b(?:${alternation([...DESCRIBED_ACTOR_STEPS, ...DESCRIBED_ACTOR_VERBS])})\\b`, 'iu');
const RELATIVE_TIME = new RegExp(`\\s+(?:(?:on\\s+)?(?:${alternation(WEEKDAYS)})|${alternation(RELATIVE_TIMES)})\\b(?!['’-])`, 'giu');
// The first auxiliary before a participle, with "also" or an adverb in -ly between them ("were also charged",
// "was allegedly sent"); the adverb in -ly stays, for "allegedly" is a matter of law.
const AUXILIARY = new RegExp(
  `(?<!\\bto )\\b(?:${alternation(HEADLINE_AUXILIARIES)})\\s+(?:also\\s+)?((?:\\w+ly\\s+)?(?:\\w+ed|${alternation(IRREGULAR_PARTICIPLES)}))\\b`,
  'iu',
);
const TRAILING_FUNCTION_WORD = /\s+(?:the|a|an|and|or|of|to|for|in|on|at|with|by|from|his|her|their|its)$/i;

/** `phrase` as a headline: no appositive after the subject, no relative time, no auxiliary, at most `max` characters where a phrase ends. */
export function asHeadline(phrase: string, max = TITLE_MAX): string {
  const out = phrase.replace(APPOSITIVE, '$1 ').replace(RELATIVE_TIME, '').replace(AUXILIARY, '$1').replace(/\s+/g, ' ').trim();
  return out.length > max ? endWithinReach(out, max) : out;
}

/**
 * `text` ended at the last break within `max` characters that leaves a whole statement: after its main verb,
 * not on a verb waiting for its object ("for allegedly photographing"), quotation marks closed. Else as it is.
 */
function endWithinReach(text: string, max: number): string {
  const verb = MAIN_VERB.exec(text);
  const from = Math.max(HEADLINE_MIN, verb ? verb.index + verb[0].length : 0);
  const ats = HEADLINE_BREAKS.flatMap((b) => {
    const i = text.lastIndexOf(b, max);
    return i > ((CLAUSE_ENDS as readonly string[]).includes(b) ? HEADLINE_MIN : from) ? [i] : [];
  }).sort((a, b) => b - a);
  for (const at of ats) {
    let cut = text.slice(0, at).replace(/[\s,;:]+$/, '');
    while (TRAILING_FUNCTION_WORD.test(cut)) cut = cut.replace(TRAILING_FUNCTION_WORD, '');
    if (!DANGLING_VERB.test(cut) && balanced(cut)) return cut;
  }
  return text;
}

// "... for allegedly photographing", "... that had docked": a verb whose object or place the cut would take.
const DANGLING_VERB = /\b[a-z]+(?:ing|ed)$/;

function balanced(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
}
