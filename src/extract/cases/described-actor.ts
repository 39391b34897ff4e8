/**
 * Someone a paragraph introduces without a name, as the subject of a step
 * the law took: "On Aug. 13, a U.S. army intelligence analyst from Texas
 * pleaded guilty to selling military secrets", "Last month, a sergeant who
 * worked at a navy training centre was indicted". In a round-up each such
 * paragraph is a case of its own.
 */
import { DESCRIBED_ACTOR_NOUNS, DESCRIBED_ACTOR_STEPS, DESCRIBED_ACTOR_VERBS } from '../../vocab/incidents.ts';
import { NUMBER_WORDS } from '../../vocab/numbers.ts';
import { alternation } from '../../vocab/regex.ts';
import { ROLE_NOUN } from '../../vocab/roles.ts';
import { sentences } from './sentences.ts';

// An opening phrase before the subject: "On Aug. 6, ", "Last month, ", "In 2015, ", a dateline "Taipei (AFP): ".
const OPENER = '(?:[^,;:.]{0,30}(?:\\.\\s?[^,;:.]{0,12})?[,:]\\s+)?';
const DETERMINER = `(?:a|an|another|one|${alternation(NUMBER_WORDS as readonly string[])}|\\d+)`;
// What may stand between the person and the step: "who worked two decades at Verizon", "posing as an activist".
const BETWEEN = '[^.;:"“”]{0,100}?';
const STEP = `(?:(?:was|were|has been|have been|had been|is|are)\\s+(?:\\w+ly\\s+)?${alternation(DESCRIBED_ACTOR_STEPS)}|${alternation(DESCRIBED_ACTOR_VERBS)})`;
const DESCRIBED = new RegExp(
  `^(${OPENER})${DETERMINER}\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?(${ROLE_NOUN}|${alternation(DESCRIBED_ACTOR_NOUNS)})\\b(${BETWEEN})\\b(${STEP})\\b`,
  'iu',
);
// "a man told reporters the suspect was arrested": the step is someone else's.
const OTHER_CLAUSE = /\b(?:said|says|told|reported|that)\b/i;

/** The first sentence of `text` and its described-actor match, or null. */
function described(text: string): { sentence: string; m: RegExpExecArray } | null {
  const sentence = sentences(text)[0]?.text;
  const m = sentence ? DESCRIBED.exec(sentence) : null;
  return m && !OTHER_CLAUSE.test(m[3]!) ? { sentence: sentence!, m } : null;
}

/** The role word of someone the paragraph's first sentence describes without a name, as the law acts on them; or null. */
export function describedActorLead(text: string): string | null {
  const found = described(text);
  return found ? found.m[2]!.toLowerCase() : null;
}

/** The step of the law the first sentence says befell someone it describes ("convicted" of "a sailor was convicted"), or null. */
export function describedActorStep(text: string): string | null {
  const found = described(text);
  return found ? found.m[4]!.split(/\s+/).pop()!.toLowerCase() : null;
}

/**
 * The first sentence describes whom the law acted on as one party, without a name: one person ("A Chinese-born
 * researcher pleaded guilty") or a counted group ("Two New York City men were arrested"); not two told apart
 * ("A former researcher and a second man have been charged").
 */
export function describesOneParty(text: string): boolean {
  const found = described(text);
  return !!found && !/\band\s+(?:a|an|another|his|her|\w+ other)\b/i.test(found.m[0]);
}

/**
 * What the first sentence says of someone it describes without a name, from
 * the person on: "a sergeant who worked at a navy training centre was
 * indicted for ..." of "Last month, a sergeant ...". A case that names nobody
 * is titled by it.
 */
export function describedActorPhrase(text: string): string | null {
  const found = described(text);
  if (!found) return null;
  const { sentence, m } = found;
  // ...up to the end of the clause that holds the step ("..., with a state security investigation revealing...").
  const end = sentence.slice(m[0].length).search(/[,;]\s/);
  return sentence
    .slice(m[1]!.length, end < 0 ? undefined : m[0].length + end)
    .replace(/[.!?]+["'”’]?$/, '')
    .trim();
}
