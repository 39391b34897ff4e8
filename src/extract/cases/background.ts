/**
 * Facts with scope. A case's paragraphs also carry the article's context:
 * the export rules the smugglers broke, what the metal is used for, the
 * history between two states, how the ministry published its statement. The
 * dates, places and organisations of that context are not the case's ("When:
 * Aug 2023" for an airport interception, read from the date export controls
 * began). This module keeps, of each paragraph, what is about the case:
 *
 *  - a sentence, or a clause of one between dashes or semicolons, of a
 *    context shape (src/vocab/background.ts) that names nobody of the case is
 *    left out of the facts;
 *  - the medium the authority published in ("posted on its social media
 *    account") is blanked, so it does not read as a channel of the case, and
 *    so is a dateline ("19th May 2024 – (Hong Kong)"): where the report was filed;
 *  - a paragraph left with nothing is background: kept as the article's
 *    context and shown apart, never cited for a fact.
 */
import type { Paragraph } from '../../model/schema.ts';
import { memoByText } from '../../util/collections.ts';
import { ACTOR_REFERENCE, CONTEXT_GOES_ON, CONTEXT_SHAPE, DATELINE, LAW_DESCRIPTION, OUTLET_BASED_IN, PUBLICATION_MEDIUM } from '../../vocab/background.ts';
import { CORE, SMUGGLING, STATE_CONTEXT } from '../../vocab/espionage.ts';
import { NOT_PERSON_WORDS } from '../../vocab/stop-words.ts';
import { containsName } from './entities.ts';
import { tellsPastOnly } from './events.ts';
import { actDone, stepTaken } from './incident.ts';
import { findMaterialPhrases } from './material-phrases.ts';
import { sentences } from './sentences.ts';

export interface CaseScope {
  /** The paragraphs (same ids) with only what is about the case: context left out, the publication medium blanked. */
  facts: Paragraph[];
  /** The context clauses of the paragraphs (same ids), where their dates are read as the background's. */
  context: Paragraph[];
  /** Ids of the paragraphs that hold nothing but context. */
  background: string[];
  /**
   * Ids of paragraphs of `facts` that say nothing of the case (no actor, no act, step or material): what they name
   * of things (a metal, what it is used for) is the case's, but their places, organisations and dates are not.
   */
  setting: string[];
}

// Clauses a sentence is read in: "antimony – a chemical metal used in batteries – appeared to have been...".
const CLAUSE_BREAK = /\s[–—]\s|——|;\s|；/;

function clausesOf(sentence: string): string[] {
  return sentence.split(CLAUSE_BREAK).map((c) => c.trim());
}

/** Whether the text names an actor of the case or points at one ("he", "the courier"). */
function namesActor(text: string, actors: readonly string[]): boolean {
  return ACTOR_REFERENCE.test(text) || actors.some((a) => containsName(text, a));
}

// A clause is asked about more than once (whether its sentence holds context, then whether to keep it; again for each
// case its paragraph belongs to): the long expression runs once per clause text.
const hasContextShape = memoByText((clause: string) => CONTEXT_SHAPE.test(clause));

/** Whether a clause is the article's context rather than the case's: of a context shape, naming nobody of the case. */
export function isContext(clause: string, actors: readonly string[] = []): boolean {
  return hasContextShape(clause) && !namesActor(clause, actors);
}

// The same paragraph is read once per case it belongs to, and wire copy repeats paragraphs across outlets.
// The dateline goes too (where and when the report was filed), and so do where the reporting outlet is based
// and what a law says after its name (the body that licenses, the penalty it carries).
const blank = (m: string) => ' '.repeat(m.length);
const blankMedium = memoByText((text: string) =>
  text.replace(DATELINE, blank).replace(PUBLICATION_MEDIUM, blank).replace(OUTLET_BASED_IN, blank).replace(LAW_DESCRIPTION, blank),
);

/** `text` in two: what is about the case, and the context clauses it leaves out ('' for none). */
export function splitContext(text: string, actors: readonly string[] = []): { own: string; context: string } {
  const kept: string[] = [];
  const left: string[] = [];
  // The sentence before, when it was context: its opening name ("Regina Lee, a council convenor, addressed...").
  let context: string | null = null;
  for (const s of sentences(text)) {
    const clauses = clausesOf(s.text);
    // An example or more of the context just told ("For instance, …"), or what its speaker went on to say, is
    // context too, unless it names the case's actor.
    const goesOn: boolean = context !== null && (CONTEXT_GOES_ON.test(s.text) || sameSpeaker(context, s.text)) && !actors.some((a) => containsName(s.text, a));
    // A sentence of the past alone (someone's life, a place's history) is context even when it names the actor.
    const own: string[] = goesOn || tellsPastOnly(s.text) ? [] : clauses.some(hasContextShape) ? clauses.filter((c) => c && !isContext(c, actors)) : clauses;
    // The chain keeps its first sentence: who spoke ("She stated..." goes on from "Regina Lee ... addressed").
    context = own.length === 0 ? (goesOn ? context : s.text) : null;
    if (own.length === clauses.length) kept.push(s.text);
    else {
      if (own.length) kept.push(own.join(' – '));
      left.push(clauses.filter((c) => !own.includes(c)).join(' – '));
    }
  }
  // Chinese sentences follow each other without a space.
  const join = (parts: string[]) => parts.join(HAN_END.test(parts[0] ?? '') ? '' : ' ');
  return { own: blankMedium(left.length ? join(kept) : text).trim(), context: join(left).trim() };
}

const HAN_END = /[。！？][”’」』"]*$/;

// The capitalised words a sentence opens with: "Regina Lee" of "Regina Lee, a council convenor, said...".
const OPENING_NAME = /^(?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?=[\s,])/u;

/** Whether `next` opens with a word of the name `before` opened with: the same speaker goes on ("Lee believes..."). */
function sameSpeaker(before: string, next: string): boolean {
  const words = (s: string) => (OPENING_NAME.exec(s)?.[0] ?? '').split(/\s+/).filter((w) => w.length > 1 && !NOT_PERSON_WORDS.has(w.toLowerCase()));
  const spoke = new Set(words(before));
  return words(next).some((w) => spoke.has(w));
}

/** What of `text` is about the case: its sentences without their context clauses ('' when nothing is). */
export function caseText(text: string, actors: readonly string[] = []): string {
  return splitContext(text, actors).own;
}

/** Whether a paragraph says anything of the case: names or points at its actor, or tells an act, step or material of an incident. */
function tellsOfCase(text: string, actors: readonly string[]): boolean {
  return (
    namesActor(text, actors) ||
    INQUIRY.test(text) ||
    CORE.test(text) ||
    SMUGGLING.test(text) ||
    STATE_CONTEXT.test(text) ||
    actDone(text) ||
    stepTaken(text) ||
    findMaterialPhrases([{ id: '', text }]).length > 0
  );
}

// "they were found to have videos", "search warrants were executed in Canberra", "an extremely complex investigation".
const INQUIRY = /\b(?:they|them|their|investigat\w*|warrants?|searched|raid(?:s|ed)?)\b/i;

/** The case's paragraphs split into what is about it and what is context (see the module comment). */
export function scopeOf(paragraphs: readonly Paragraph[], actors: readonly string[]): CaseScope {
  const facts: Paragraph[] = [];
  const context: Paragraph[] = [];
  const background: string[] = [];
  const setting: string[] = [];
  for (const p of paragraphs) {
    const { own, context: left } = splitContext(p.text, actors);
    // A paragraph of the case's run that names nobody of it, points at nobody, and tells no act, step or
    // material of an incident is the report's setting ("South Korea finds itself in the middle of a growing
    // superpower standoff between the United States... and China"): its places and organisations are not the case's.
    if (own && !tellsOfCase(own, actors)) setting.push(p.id);
    if (own) facts.push(own === p.text ? p : { id: p.id, text: own });
    else background.push(p.id);
    if (left) context.push({ id: p.id, text: left });
  }
  return { facts, context, background, setting };
}
