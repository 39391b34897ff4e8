/**
 * What the actor of a case did, read from its sentences for the title and the summary: the act ("smuggled
 * gallium", "sold classified documents"), its object up to where the phrase ends, and who did it.
 */
import type { Paragraph } from '../../model/schema.ts';
import { memoByText } from '../../util/collections.ts';
import { lastActorMention } from './actor-mention.ts';
import { type FoundPerson, roleNounHead, shortForms } from './entities.ts';
import { clauseAround, sentences } from './sentences.ts';

/** Verb forms of the acts a case is about, in order of how much they say about the case. */
const ACTS: Array<[string, RegExp]> = [
  ['sold', /\b(?:sold|selling)\b/],
  ['transmitted', /\b(?:transmitted|transmitting)\b/],
  ['leaked', /\b(?:leaked|leaking)\b/],
  ['provided', /\b(?:provided|providing)\b/],
  ['stole', /\b(?:stole|stealing)\b/],
  ['smuggled', /\b(?:smuggled|smuggling)\b(?! (?:case|channels?|attempt|incident|networks?|routes?)\b)/],
  ['shipped', /\b(?:shipped|shipping)\b/],
  ['revealed', /\b(?:revealed|revealing)\b/],
  ['took photos', /\b(?:took|taking) (?:photos|pictures|photographs)\b/],
  ['photographed', /\bphotographed\b/],
  ['copied', /\b(?:copied)\b/],
  ['transported', /\b(?:transported|transporting)\b/],
  ['carried', /\b(?:carried|carrying)\b/],
  ['mailed', /\b(?:mailed|mailing|posted)\b(?! (?:on|by)\b)/],
  ['sent', /\b(?:sent|sending)\b/],
  ['passed', /\b(?:passed|handed)(?:\s+(?:on|over))?\b/],
  ['declared', /\b(?:declared|declaring)\b/],
  ['hid', /\b(?:hid|hiding|concealed|concealing)\b/],
  ['moved', /\b(?:moved|moving)\b/],
  ['recruited', /\b(?:recruited|recruiting)\b/],
  ['gathered', /\b(?:gathered|collected|downloaded|compiled)\b/],
  ['installed', /\b(?:installed|installing|planted|planting)\b/],
  ['offered', /\b(?:offered|offering) to\b/],
  ['contacted', /\b(?:contacted|contacting)\b/],
  ['reported', /\breported\b/],
  ['discovered', /\bdiscovered\b/],
];
/** Any act at all (exact: the alternatives are ACTS' expressions); most sentences have none, and one scan says so. */
const ANY_ACT = new RegExp(ACTS.map(([, re]) => `(?:${re.source})`).join('|'));
// The same sentences are read for an act twice per case (by its named actor, then by anyone) and again per case of
// the article: the scan runs once per sentence text.
const hasAnyAct = memoByText((sentence: string) => ANY_ACT.test(sentence));
const OBJECT_END = /[,;:.!?()–—]|\s-\s|\s(?:before|after|to gain|during|because|while|so that|in order|when|which|who|but|until|since|preventing)\s/;
// Things, then the actor: "the materials Wang", "the documents Liu Ming" (a relative clause without "that").
const REDUCED_RELATIVE = /\b(?:the|these|those)\s+([a-z]+s)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?$/u;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|this|that|these|those|his|her|their|its|someone|anyone|one)\b/i;
const AUTHORITY = /\b(?:MSS|ministry|authorities|police|agenc(?:y|ies)|national security|state security|customs|court|officers|personnel)\b/i;
const OTHER_SUBJECT = /\b(?:the|a|an) (?:netizen|woman|spy|officer|agent|agency|company|foreigner|ministry|police|authorities|court)\b|\bMSS\b/i;

export interface Action {
  /** e.g. "sold military secrets to the foreign party" */
  phrase: string;
  /** Who did it when the case names nobody: "a foreign contractor". */
  subject: string | null;
  sentence: string;
  paragraph: string;
}

// Words a phrase cannot end on.
export const FUNCTION_WORD = /^(?:the|a|an|and|or|of|to|for|as|in|on|at|with|by|from|through|via|across|over|under|into|about|his|her|their|its)$/i;
// Where a verb's object ends and what is said of it begins: to whom, with whom, how, for whom ("of" stays:
// "a volume of secrets" is one phrase; so does where, "equipment in a compound near the mine", which says much).
const PHRASE_BREAK = /^(?:to|with|via|through|for|by|during)$/i;

function lastIndexWhere<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}

export function objectAfter(text: string): string {
  const end = text.search(OBJECT_END);
  let tokens = (end < 0 ? text : text.slice(0, end)).trim().split(/\s+/).filter(Boolean);
  const cut = tokens.length > 10;
  if (cut) {
    // Prefer ending at a coordination ("... the parcels as X and split the ore ..."), else before a
    // preposition ("sold a large volume of state secrets | to a foreign espionage agency"): a whole phrase,
    // not one cut in the middle ("...to a foreign espionage").
    const and = tokens.slice(0, 12).lastIndexOf('and');
    const before = lastIndexWhere(
      tokens.slice(0, 11),
      (t, i) => i >= 2 && (PHRASE_BREAK.test(t) || (t === 'on' && tokens[i + 1] === 'behalf')) && !FUNCTION_WORD.test(tokens[i - 1]!),
    );
    // ...but an "and" inside the phrase after a preposition joins words of that phrase ("to a foreign
    // espionage and intelligence agency"): end before the preposition then.
    const atAnd = and >= 3 && !(before >= 0 && before < and);
    let n = atAnd ? and : before >= 0 ? before : 10;
    while (!atAnd && before < 0 && n < tokens.length && /^[A-Z]/.test(tokens[n]!)) n++;
    tokens = tokens.slice(0, n);
  }
  // Never end on a dangling word or an unclosed quotation.
  const quotes = (t: string) => (t.match(/["“”]/g) ?? []).length;
  while (tokens.length && ((cut && FUNCTION_WORD.test(tokens[tokens.length - 1]!)) || quotes(tokens.join(' ')) % 2 === 1)) tokens.pop();
  return tokens
    .join(' ')
    .replace(/^(?:it|this|them)\s+(?=to\b)/i, '')
    .trim();
}

function subjectBefore(prefix: string): string | null {
  // "Because Xu reported...": the subordinating word is not part of the subject.
  // "a firm whose surveying qualifications provided a façade": what the firm's qualifications did is no actor's act.
  if (/\bwhose\s+[^,;]*$/i.test(prefix)) return null;
  const tail = prefix
    .split(/\b(?:that|who|which|how|whether|said)\s+/)
    .pop()!
    .trim()
    .replace(/^(?:because|as|since|when|while|after|before|although|though|if|once|until)\s+/i, '');
  const subject = tail
    .replace(/\s+(?:had been|have been|has been|had|has|have|was|were|is|are|been|actually|also|secretly|allegedly|later|then)$/g, '')
    .replace(/\s+(?:had been|was|were|had)$/g, '')
    .trim();
  const n = subject.split(/\s+/).length;
  // "Later passed...": an adverb is no subject.
  if (
    !subject ||
    n > 7 ||
    subject.includes(',') ||
    /^[a-z]+$/.test(subject) ||
    /^[a-z]+(?:ed|ing)\b/i.test(subject) ||
    /^(?:and|or|but|then|so|also)$/i.test(subject) ||
    PRONOUN_SUBJECT.test(subject) ||
    /\b(?:he|she|it|they|said)\b/i.test(subject)
  )
    return null;
  return subject;
}

/** The act of the case that says most about it, with who did it. */
export function mainAction(paragraphs: Paragraph[], people: FoundPerson[], allowAuthorities = false): Action | null {
  const main = people.find((p) => p.role === 'suspect' || p.role === 'informant') ?? null;
  const names = main ? [main.name, ...main.aliases, ...shortForms(main.name)] : [];
  let best: { rank: number; action: Action } | null = null;
  const preferred = main?.role === 'informant' ? 'reported' : null;
  for (const p of paragraphs) {
    for (const s of sentences(p.text)) {
      if (!hasAnyAct(s.text)) continue;
      ACTS.forEach(([past, re], rank) => {
        const effective = past === preferred ? -1 : rank;
        if (best && best.rank <= effective) return;
        const m = re.exec(s.text);
        if (!m) return;
        const before = s.text.slice(0, m.index);
        // "attempted to sell", "by copying", "after photographing": not the act itself.
        if (/\b(?:to|by|after|before|of|for|without|from|in|on|attempted|tried)\s+$/i.test(before)) return;
        // "had not handed over", "never sold": what was not done is no act.
        if (/\b(?:not|never|n['’]t|no longer|refused to)\s+(?:\w+\s+)?$/i.test(before)) return;
        // "the person carrying the gallium was...": a participle describes someone; "was carrying" is the act.
        if (/ing\b/.test(m[0]) && !/\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?$/i.test(before)) return;
        // "the case has been handed to prosecutors": passive, the subject is not the actor.
        if (!/ing\b/.test(m[0]) && /\b(?:been|be|being|is|are|was|were)\s+(?:\w+ly\s+)?$/i.test(before)) return;
        // "the clues provided by the resident": a passive participle, not an act.
        if (/^\s+by\b/.test(s.text.slice(m.index + m[0].length))) return;
        const clause = clauseAround(s.text, m.index, m[0].length);
        let clausePrefix = clause.slice(0, Math.max(0, clause.indexOf(m[0])));
        // "He reached out..., pretending..., and passed on...": the subject is the sentence's.
        if (/^\s*(?:and|then|but|or)?\s*$/i.test(clausePrefix)) clausePrefix = before;
        let subject: string | null = null;
        if (names.length) {
          const end = lastActorMention(clausePrefix, names);
          if (end < 0) return;
          // "among the materials Wang provided overseas, 14 were...": the act of a relative clause, not the case's.
          const relative = REDUCED_RELATIVE.exec(clausePrefix.slice(0, end));
          if (relative && roleNounHead(relative[1]!) !== relative[1]) return;
          const between = clausePrefix.slice(end);
          if (OTHER_SUBJECT.test(between) || between.split(/\s+/).length > (clausePrefix === before ? 24 : 16)) return;
        } else {
          subject = subjectBefore(clausePrefix);
          if (!subject) return;
          // What the ministry or the police did is how the case ended, not what the case is.
          if (!allowAuthorities && AUTHORITY.test(subject)) return;
        }
        const object = objectAfter(s.text.slice(m.index + m[0].length));
        // "sent them through...", "photographed and sent", "the materials he had provided included...": the object is elsewhere.
        if (
          !object ||
          /^(?:them|it|him|her)\b/i.test(object) ||
          /^that\b/i.test(object) ||
          (!past.includes(' ') && /^(?:and|or|but)\b/i.test(object)) ||
          // "the documents that An photographed did not involve...": the verb of a relative clause.
          /^(?:included|includes|contained|were|was|is|are|showed|did|does|do|had|has|have)\b/i.test(object)
        )
          return;
        // "photographed at home": an act without its object says nothing.
        if (!/^(?:reported|contacted)$/.test(past) && /^(?:at|in|on|from|for|with|by|into|during|after|before|to|through|via|over)\b/i.test(object)) return;
        const particle = /\s+(?:on|over)$/.exec(m[0])?.[0] ?? '';
        best = { rank: effective, action: { phrase: `${past}${particle} ${object}`.trim(), subject, sentence: s.text, paragraph: p.id } };
      });
    }
  }
  return (best as { rank: number; action: Action } | null)?.action ?? null;
}
