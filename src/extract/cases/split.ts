/**
 * One article, several cases: the MSS often discloses three or four cases in
 * one statement, and outlets report them in one article. This module decides
 * which paragraphs describe which case, and which belong to the article
 * (policy background, expert comment, a closing warning to the public).
 *
 * A new case starts at
 *  - a case heading ("Case 1: Former employee of a classified unit"),
 *  - a case marker ("In another case, ...", "In a separate case, ..."),
 *  - a paragraph whose first sentence introduces a new actor ("A retired
 *    soldier named Xiao Jun...", "Liu, who lives near...", "Wang is a
 *    technician...").
 * A paragraph continues the open case when it names one of its actors, or
 * opens as a continuation does ("He...", "Upon investigation...", "Soon...").
 * Anything else (expert quotes, background) closes the case: it is the article's.
 */
import type { Paragraph } from '../../model/schema.ts';
import { DRAMA_MEDIUM, FICTION } from '../../vocab/dramatization.ts';
import { STATE_CONTEXT } from '../../vocab/espionage.ts';
import { inBothScripts } from '../../vocab/han-variants.ts';
import {
  CASE_MARKER_VERBS,
  CASE_NOUNS,
  COUNTED_CO_DEFENDANT,
  ELLIPTIC_CASE_VERBS,
  LOOKS_BACK,
  ROUND_UP_CUE,
  SEPARATE_MARKER,
  THE_OTHER_ONE,
  ZH_CASE_MARKER,
} from '../../vocab/incidents.ts';
import { CASE_NUMBER_PATTERN } from '../../vocab/numbers.ts';
import { alternation } from '../../vocab/regex.ts';
import { ACCOMPLICE_WORDS, RANK_TITLES, ROLE_NOUN, SERVICE_MEMBER_NOUNS } from '../../vocab/roles.ts';
import { isCjkText, wordCount } from '../text-shape.ts';
import { describedActorLead, describedActorStep, describesOneParty } from './described-actor.ts';
import { containsName, findPersonIntros, type PersonIntro, roleNounHead, roleOf, sameName, shortForms } from './entities.ts';
import { actWithNewcomer, stepTaken } from './incident.ts';
import { mentionedCases } from './mentioned-cases.ts';
import { isAboutTheSubject, isRelevant } from './relevance.ts';
import { type Sentence, sentences } from './sentences.ts';

export type SplitSignal = 'heading' | 'marker' | 'actor' | 'described' | 'mentioned' | 'whole-article' | 'dramatization';

export interface Segment {
  signal: SplitSignal;
  paragraphs: Paragraph[];
  /** Names of the actors the segment introduced, main actor first. */
  actors: string[];
  /** What the text calls them ("clerk" for "an archive clerk at a research institute"), to follow "the clerk". */
  roles?: string[];
  /** The others it named (officials, experts): "軍政府發言人侯紹康" is named so, and acts in the case later. */
  named?: string[];
}

export interface SplitResult {
  segments: Segment[];
  dramatization: boolean;
  /** Paragraph ids that belong to no case. */
  articleParagraphs: string[];
}

const NUMBER = CASE_NUMBER_PATTERN;
const CASE_NOUN = alternation(CASE_NOUNS);
const CASE_HEADING_EN = new RegExp(
  `^(?:(?:case|example|incident)\\s*(?:no\\.?\\s*)?${NUMBER}\\b|(?:the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\\s+case\\b)`,
  'i',
);
// "案例二：...", "第三起案件": a Chinese case heading.
const CASE_HEADING = new RegExp(
  `${CASE_HEADING_EN.source}|^(?:案例|案件)[一二三四五六七八九十\\d]+|^第[一二三四五六七八九十\\d]+(?:起|个|個)?(?:案例|案件)`,
  'i',
);
// "In another case, ...", "The second case began on a job site", "The third concerned an unemployed man",
// "In another, a student named Chen...": the words that open a case of a round-up (src/vocab/incidents.ts).
const CASE_MARKER = new RegExp(
  `^(?:in\\s+(?:one|another|a(?:nother)?\\s+(?:separate|similar|different|related|further|second|third|fourth|fifth)|the\\s+(?:first|second|third|fourth|fifth|sixth|last|final|latest)|yet\\s+another)\\s+${CASE_NOUN}\\b|^in\\s+(?:yet\\s+)?(?:another|a\\s+(?:second|third|fourth|fifth)),\\s|^(?:another|a\\s+(?:separate|similar|second|third)|the\\s+(?:first|second|third|fourth|fifth|sixth|last|final|other))\\s+${CASE_NOUN}\\s+${alternation(CASE_MARKER_VERBS)}\\b|^the\\s+(?:second|third|fourth|fifth|sixth|last|final|other)\\s+${alternation(ELLIPTIC_CASE_VERBS)}\\b|^(?:case|example)\\s*${NUMBER}\\s*[:.)-])`,
  'i',
);
// ...or a source's account of what they did: "Prosecutors say they collected information", "Prosecutors accuse the three of".
// "两人均被判处", "二人供认", "两名嫌疑人" (兩人 in traditional script) look back at the two just told, as "They both" does.
const CONTINUATION = inBothScripts(
  /^(?:["“]?(?:he|she|they|his|her|their|him|them)\b|(?:prosecutors|investigators|police|authorities|officials|the (?:court|indictment|ministry))\s+(?:say|said|allege[sd]?|accuse[sd]?|believe[sd]?)\s+(?:that\s+)?(?:he|she|they|him|her|them|the (?:two|three|four|five|pair|couple|trio))\b|upon\b|following\b|after\b|afterwards\b|soon\b|later\b|subsequently\b|then\b|at (?:this|that) (?:point|time)\b|shortly\b|eventually\b|finally\b|in the end\b|during\b|when\b|as a result\b|the (?:man|woman|suspects?|netizen|spy|agent|officer|foreigner|person|individual|two|three|four|five|pair|couple|trio|court|case|investigation|contact)\b|investigations?\b|further investigation\b|起初|随后|此后|之后|后来|经查|经调查|经鉴定|最终|其间|期间|案发后|对方|(?:上述|这|该|此)?(?:两|二)(?:人|名(?:犯罪)?嫌疑人))/i,
);

// Looser than CORE: words that keep a story going once it has started.
const ON_STORY = inBothScripts(
  /\b(?:security|police|investigat\w*|intelligence|ministry|authorities|suspects?|spy|spies|smuggl\w*|comic|case|export|espionage)\b|国家安全|调查|间谍|走私|案件|出口|判处|情报/i,
);

export function isHeading(text: string): boolean {
  // Cheap tests first: most paragraphs end like a sentence.
  return !/[.!?"”’)。！？）]$/.test(text.trim()) && /^[\p{Lu}\d"“\p{Script=Han}]/u.test(text) && wordCount(text) <= 16;
}

export function isCaseHeading(text: string): boolean {
  return isHeading(text) && CASE_HEADING.test(text.trim());
}

export function isCaseMarker(text: string): boolean {
  return CASE_MARKER.test(text.trim()) || ZH_CASE_MARKER.test(text.trim());
}

/** Expert comment, quotes and reactions: the article's voice, not a case. */
export function isCommentary(text: string): boolean {
  const t = text.trim();
  if (/^["“]/.test(t) && /\b(?:told|said|says|noted|added|according to)\b/i.test(t)) return true;
  if (/\b(?:experts?|analysts?|observers?|scholars?)\b[^.]{0,60}\b(?:noted|said|say|says|stated|stating|believe|refute\w*|pointed out|warned|told)\b/i.test(t))
    return true;
  return /\btold (?:the )?(?:Global Times|reporters?|journalists?|[A-Z][a-z]+ (?:Times|News|Daily|Post))\b/.test(t) && !/\b(?:arrested|sentenced)\b/i.test(t);
}

export function isDramatization(title: string, paragraphs: Paragraph[]): boolean {
  const lead = [title, ...paragraphs.slice(0, 2).map((p) => p.text)].join('\n');
  if (!DRAMA_MEDIUM.test(lead)) return false;
  const all = paragraphs.map((p) => p.text).join('\n');
  const markers = new Set((all.match(FICTION) ?? []).map((m) => m.toLowerCase()));
  return markers.size >= 2;
}

function leadIntro(text: string): PersonIntro | null {
  const [first, second] = sentences(text);
  if (!first) return null;
  const intros = findPersonIntros(text);
  let lead = intros.filter((i) => i.sentenceStart === first.start);
  // "第二处现场把接触从境外延伸至境内。国家安全部通报,郝某...": a short topic sentence may stand before the person.
  if (!lead.length && second && wordCount(first.text) <= (isCjkText(first.text) ? 20 : 8) && !BACK_REFERENCE.test(first.text)) {
    lead = intros.filter((i) => i.sentenceStart === second.start);
  }
  const intro = lead[0];
  if (!intro) return null;
  // Someone quoted for comment does not start a case.
  const role = roleOf(intro, [intro.sentence], true);
  return role === 'expert' || role === 'official' ? null : intro;
}

const BACK_REFERENCE = /\b(?:he|she|him|her|his|they|them|their)\b/i;
// Someone already told of, looked back at: "he", "the man", "该男子", "此人".
const REFERS_BACK = inBothScripts(
  /\b(?:he|she|him|her|his|they|them|their|the (?:man|woman|stranger|suspect|couple|pair))\b|(?:该|這名|这名|此)(?:男子|女子|男|女|人|名)/i,
);

// "...and another sailor, Wenheng Zhao", "另一名被告": words right before a name that say it is someone else's.
const ANOTHER_BEFORE = inBothScripts(/(?:\b(?:another|the other|a second|a third)\b[^,.;]{0,30},?\s*|另一[名位个]?[^，。；]{0,8})$/i);

/**
 * "Within days he was contacted by a woman calling herself Vivian": someone
 * new met by the case's actor (a pronoun or the actor's name before them in
 * the sentence) is part of that case, not the start of another.
 */
function meetsCounterpart(text: string, intro: PersonIntro, actors: string[]): boolean {
  if (actors.length === 0) return false;
  const before = text.slice(intro.sentenceStart, intro.index);
  // ...or who the paragraph shows with the actor, or a handler ("the recruiter, who went by the name Ethan").
  // The newcomer's own name may hold the actor's surname ("Bai Linming" after "Bai Jieyu"): look past it.
  const rest = text.split(intro.name).join(' ');
  return BACK_REFERENCE.test(before) || mentionsActor(rest, actors) || roleOf(intro, [intro.sentence], false) === 'recruiter';
}

// A paragraph whose first sentence opens on "he" or "she" (after a connective: "此外，他还…", "Moreover, he"):
// its subject is someone already told of.
const OPENS_ON_HE_OR_SHE = /^(?:[^,，。.]{1,12}[,，]\s*)?(?:(?:he|she)\b|[他她](?![们們]))/i;

/**
 * "此外，他还被怀疑是另一名…女子Yaqi X的联络人": after an aside, the paragraph's subject is the one person of the case
 * before, and the newcomer is someone that person dealt with: one of that case, even when called "another".
 */
function heMeets(text: string, intro: PersonIntro, s: Segment): boolean {
  // Before the newcomer's name: "He Pengyan, an agronomist" opens on a surname, not on "he".
  return intro.sentenceStart === 0 && s.signal === 'actor' && s.actors.length === 1 && OPENS_ON_HE_OR_SHE.test(text.slice(0, intro.index));
}

const ACCOMPLICE = inBothScripts(new RegExp(alternation(ACCOMPLICE_WORDS), 'i'));

/** "另一名涉案女共犯雅琪", "His accomplice, Li Ming,": someone who acted with the case's suspect, one of that case. */
function isAccomplice(intro: PersonIntro): boolean {
  // Only the words right before the name, or what the text calls the person, say so.
  const before = intro.sentence.slice(Math.max(0, intro.index - intro.sentenceStart - 16), intro.index - intro.sentenceStart);
  return ACCOMPLICE.test(before) || ACCOMPLICE.test(intro.descriptor ?? '');
}

// "the clerk", compiled once per role word (asked for every paragraph that might continue a case).
const roleExprs = new Map<string, RegExp>();
function theRole(word: string): RegExp {
  let re = roleExprs.get(word);
  if (!re) roleExprs.set(word, (re = new RegExp(`\\bthe ${word}\\b`, 'i')));
  return re;
}

/** The head nouns of what an intro calls the person ("clerk" of "an archive clerk at a research institute"). */
function roleWords(intro: PersonIntro | null): string[] {
  const head = intro?.descriptor ? roleNounHead(intro.descriptor) : null;
  const word = head?.split(/\s+/).pop()?.toLowerCase();
  return word && !/^(?:man|woman|person|individual|people|national|citizen)$/.test(word) ? [word] : [];
}

function mentionsActor(text: string, actors: string[]): boolean {
  for (const actor of actors) {
    if (containsName(text, actor)) return true;
    for (const form of shortForms(actor)) if (containsName(text, form)) return true;
  }
  return false;
}

/**
 * The paragraphs from the first to the last that is on the subject, without
 * headings, commentary or fragments: an article that tells one story.
 */
export function storyRange(paragraphs: Paragraph[], materialRe: RegExp | null): Paragraph[] {
  const topical = (p: Paragraph) => isRelevant(p.text, materialRe) || (materialRe?.test(p.text) ?? false);
  let first = paragraphs.findIndex(topical);
  if (first < 0) return [];
  // "连队派出官兵对该男子进行盘查": the first paragraph in the beat's words looks back at someone the paragraph before
  // told of (a farmer saw a stranger with binoculars): the story starts there.
  if (first > 0 && REFERS_BACK.test(sentences(paragraphs[first]!.text)[0]?.text ?? '')) first--;
  // A story is contiguous: three paragraphs off the subject in a row end it (what follows is page furniture).
  let last = first;
  for (let i = first + 1, gap = 0; i < paragraphs.length && gap < 3; i++) {
    if (topical(paragraphs[i]!) || ON_STORY.test(paragraphs[i]!.text)) {
      last = i;
      gap = 0;
    } else gap++;
  }
  return paragraphs.slice(first, last + 1).filter((p) => !isHeading(p.text) && !isCommentary(p.text) && (p.text.length > 80 || wordCount(p.text) >= 6));
}

export function splitCases(paragraphs: Paragraph[], title: string, materialRe: RegExp | null): SplitResult {
  const dramatization = isDramatization(title, paragraphs);
  if (dramatization) {
    const story = storyRange(paragraphs, materialRe);
    const segments: Segment[] = story.length ? [{ signal: 'dramatization', paragraphs: story, actors: [] }] : [];
    return { segments, dramatization, articleParagraphs: rest(paragraphs, segments) };
  }

  const pieces = paragraphs.flatMap(cutAtCaseStarts);
  const splitter = new Splitter(ROUND_UP_CUE.test([title, ...paragraphs.slice(0, 2).map((p) => p.text)].join('\n')));
  for (const p of pieces) splitter.take(p);
  // A "case" with nothing about espionage or smuggling in it is someone else's story (a related link, an advert).
  // (A case the text marks as one, "In the second case, ...", with someone in it or a step of the law taken, is
  // one whatever its words: "The third concerned an unemployed man ... before he was caught by police".)
  // (Nor need someone the law acted on in a round-up, in a story where a state stands: "a software engineer
  // pleaded guilty to gathering intelligence", "a sergeant who worked at a navy training centre was indicted".)
  // (Nor need someone cut from a paragraph of another case who met a step of the law of their own: "Wei was one
  // of two sailors charged with providing military information. The other, Zhao, was sentenced for a bribe".)
  let segments = splitter.segments.filter((s) => {
    const text = s.paragraphs.map((p) => p.text).join('\n');
    return (
      (s.signal === 'marker' && (s.actors.length > 0 || stepTaken(text))) ||
      (s.signal === 'described' && (ON_STORY.test(text) || STATE_CONTEXT.test(text))) ||
      isAboutTheSubject(text, materialRe) ||
      (s.signal === 'actor' && stepTaken(text) && splitter.segments.some((o) => o !== s && sharesParagraph(o, s)))
    );
  });
  for (const s of segments) s.paragraphs.sort((a, b) => pieces.indexOf(a) - pieces.indexOf(b));

  if (segments.length === 0) {
    const story = storyRange(paragraphs, materialRe);
    if (story.length) segments = [{ signal: 'whole-article', paragraphs: story, actors: [] }];
  } else if (segments.length === 1) {
    // One case: the article's background (a date, the material's export rules) is that case's context.
    const only = segments[0]!;
    const ids = new Set(only.paragraphs.map((p) => p.id));
    // ...but not a paragraph about someone else, which is a story of its own (when the case has named its
    // actor: in a case told without names, "Mr Berry ... were arrested" names the people it told of).
    const story = storyRange(paragraphs, materialRe).filter((p) => !ids.has(p.id) && (only.actors.length === 0 || !leadIntro(p.text)));
    only.paragraphs = paragraphs.filter((p) => ids.has(p.id) || story.includes(p));
  }
  if (segments.length) {
    // A sentence the splitter already opened a case at (cut from its paragraph) is that case, not one more.
    const opened = segments.map((s) => s.paragraphs[0]!.text);
    const mentioned = mentionedCases(paragraphs, segments.length, new Set(segments.map((s) => s.paragraphs[0]!.id)));
    segments.push(...mentioned.filter((m) => !opened.some((t) => opensWith(t, m.paragraphs[0]!.text))));
  }
  return { segments, dramatization, articleParagraphs: rest(paragraphs, segments) };
}

/** `text` begins with the clause `item` (after a few words of time: "In 2015, a scholar ... was arrested"). */
function opensWith(text: string, item: string): boolean {
  const at = text.indexOf(item);
  return at >= 0 && at <= 40;
}

/** Two segments hold pieces of one paragraph (cut where the second case starts). */
function sharesParagraph(a: Segment, b: Segment): boolean {
  const first = b.paragraphs[0]!;
  return a.paragraphs.some((p) => p.id === first.id && p.text !== first.text);
}

/**
 * A paragraph that tells the end of one case and the start of another is cut
 * where the other starts: at a case marker ("... In a separate operation,
 * authorities intercepted a group..."), or at someone new who meets a step
 * of the law of their own ("Liu's case is not the first. In 2015, a scholar
 * named Huang Yu was arrested..."). The pieces keep the paragraph's id.
 */
function cutAtCaseStarts(p: Paragraph): Paragraph[] {
  const all = sentences(p.text);
  if (all.length < 2) return [p];
  const cuts: number[] = [];
  for (const s of all.slice(1)) if (startsCase(p.text, s)) cuts.push(s.start);
  if (!cuts.length) return [p];
  return [0, ...cuts].map((start, i) => ({ id: p.id, text: p.text.slice(start, cuts[i] ?? p.text.length).trim() }));
}

function startsCase(text: string, s: Sentence): boolean {
  if (isCaseMarker(s.text) || SEPARATE_MARKER.test(s.text)) return stepTaken(s.text) || leadIntro(s.text) !== null;
  const intro = findPersonIntros(text).find((i) => i.sentenceStart === s.start);
  if (!intro || (intro.strength !== 'strong' && !THE_OTHER_ONE.test(s.text)) || BACK_REFERENCE.test(text.slice(s.start, intro.index))) return false;
  // Someone the paragraph named before is no newcomer.
  if (containsName(text.slice(0, s.start), intro.name)) return false;
  const role = roleOf(intro, [intro.sentence], true);
  return role !== 'expert' && role !== 'official' && stepTaken(s.text.slice(intro.index - s.start));
}

// "In one case, the couple contracted with a university": what follows the opening phrase of a marker.
const afterOpener = (text: string) => text.replace(/^[^,]{0,40},\s*/, '');

/** Reads the paragraphs in order and deals each to the case it belongs to (see the module comment). */
class Splitter {
  readonly segments: Segment[] = [];
  private current: Segment | null = null;

  /** The article says it tells several incidents ("described several recent cases"). */
  private readonly roundUp: boolean;

  constructor(roundUp = false) {
    this.roundUp = roundUp;
  }

  take(p: Paragraph): void {
    const text = p.text.trim();
    if (isHeading(text)) {
      if (isCaseHeading(text)) this.open('heading', p, null);
      else this.current = null;
      return;
    }
    const intro = leadIntro(text);
    if (isCaseMarker(text) || (SEPARATE_MARKER.test(text) && (intro || stepTaken(text)))) {
      // "In one case, the couple...": an instance within the case being told, not another case.
      const told = this.current ?? this.segments[this.segments.length - 1];
      if (!intro && told && /^in one case\b/i.test(text) && CONTINUATION.test(afterOpener(text))) this.join(told, p);
      else this.open('marker', p, intro);
      return;
    }
    if (intro) {
      this.takeIntro(p, text, intro);
      return;
    }
    const cur = this.current;
    const described = describedActorLead(text);
    if (described && cur && restatesLead(text, cur, this.segments)) {
      this.join(cur, p);
      return;
    }
    if (described && !(cur && (this.follows(text, cur) || BACK_REFERENCE.test(sentences(text)[0]!.text)))) {
      this.open('described', p, null, [described]);
      return;
    }
    if (isCommentary(text)) {
      this.current = null;
      return;
    }
    // A round-up's incident told without a name: "In March, customs officers at a port intercepted a shipment of 2
    // tonnes of rare earth concentrate..." opens on an act done to something new.
    if (this.roundUp && !(cur && (this.follows(text, cur) || CONTINUATION.test(text))) && actWithNewcomer(sentences(text)[0]!.text)) {
      this.open('described', p, null);
      return;
    }
    if (!cur || (cur.actors.length && !mentionsActor(text, cur.actors))) {
      const earlier = this.resumed(text);
      if (earlier) {
        this.join(earlier, p);
        return;
      }
    }
    const last = this.segments[this.segments.length - 1];
    if (!cur) {
      // "The suspects were a couple in their 30s...", "During police questioning, they...": after an aside (a
      // guard's account, a resident's quote), the people a case described without names come back.
      if (last && (LOOKS_BACK.test(text) || (last.signal === 'described' && last.actors.length === 0 && CONTINUATION.test(text)))) this.join(last, p);
      return;
    }
    if (this.follows(text, cur) || CONTINUATION.test(text) || (cur.actors.length === 0 && isOpenByMark(cur))) this.join(cur, p);
    else this.current = null;
  }

  private takeIntro(p: Paragraph, text: string, intro: PersonIntro): void {
    const cur = this.current;
    // "In an unrelated case, two other engineers pleaded guilty..." then "Prosecutors say Meng stole the code": a
    // case opened without names does not take the actor of an earlier case, who comes back.
    const returning = cur && cur.actors.length === 0 ? this.segments.find((s) => s !== cur && s.actors.some((a) => sameName(a, intro.name))) : undefined;
    if (returning) {
      this.join(returning, p);
      return;
    }
    if (
      cur &&
      ((cur.actors.length === 0 && (isOpenByMark(cur) || namedLater(text, intro, cur, cur === this.segments[0]))) ||
        cur.actors.some((a) => sameName(a, intro.name)) ||
        (cur.actors.length > 0 && (isAccomplice(intro) || COUNTED_CO_DEFENDANT.test(intro.sentence.slice(0, intro.index - intro.sentenceStart)))) ||
        meetsCounterpart(text, intro, [...cur.actors, ...(cur.named ?? [])]) ||
        looksBackAt(text, cur))
    ) {
      this.join(cur, p);
      return;
    }
    // After an aside, the actor of an earlier case comes back: "合议庭认为，黄男..." continues 黄男's case;
    // "Among them was a man surnamed Hsiao" is one of the people of the case before.
    const earlier = [...this.segments].reverse().find((s) => s.actors.some((a) => sameName(a, intro.name)));
    const last = this.segments[this.segments.length - 1];
    // "鎮小江以經商名義來台，吸收我退役少將指揮官許乃權": after an aside, someone new told with an earlier case's
    // actor acts in that case.
    // (Not "Wei ... and another sailor, Wenheng Zhao, were arrested": another is someone of another case.)
    const another = ANOTHER_BEFORE.test(text.slice(intro.sentenceStart, intro.index));
    const withActor = earlier || another ? null : this.resumed(text.split(intro.name).join(' '));
    if (earlier) this.join(earlier, p);
    else if (last && (looksBackAt(text, last) || namedLater(text, intro, last, last === this.segments[0]) || heMeets(text, intro, last))) this.join(last, p);
    else if (withActor) this.join(withActor, p);
    else this.open('actor', p, intro);
  }

  private open(signal: SplitSignal, p: Paragraph, intro: PersonIntro | null, roles = roleWords(intro)): void {
    this.current = { signal, paragraphs: [], actors: [], roles };
    this.segments.push(this.current);
    this.join(this.current, p);
  }

  /** `p` belongs to `segment`: so do the people it introduces (a courier and the employee who hired him act together). */
  private join(segment: Segment, p: Paragraph): void {
    segment.paragraphs.push(p);
    this.current = segment;
    for (const intro of findPersonIntros(p.text)) {
      const role = roleOf(intro, [intro.sentence], false);
      if (role === 'expert' || role === 'official') (segment.named ??= []).push(intro.name);
      if (role === 'expert' || role === 'official' || segment.actors.some((a) => sameName(a, intro.name))) continue;
      segment.actors.push(intro.name);
    }
  }

  /** After an aside (a quote, background), the story of an earlier case may resume: "Ye grew suspicious..." */
  private resumed(text: string): Segment | null {
    return [...this.segments].reverse().find((s) => s.actors.length && mentionsActor(text, s.actors)) ?? null;
  }

  /** The text names the case's actor, or calls them by the role the case gave them ("the clerk"). */
  private follows(text: string, s: Segment): boolean {
    return mentionsActor(text, s.actors) || (s.roles ?? []).some((r) => theRole(r).test(text)) || LOOKS_BACK.test(text);
  }
}

/**
 * "Among them was a man surnamed Hsiao", "The other -- a retired soldier surnamed Chen -- enlisted Hsiao":
 * someone of the case before. But "The other, a sailor named Zhao, was sentenced to two years" met a step of
 * the law of his own, apart from that case's actors: a round-up's second case.
 */
function looksBackAt(text: string, s: Segment): boolean {
  return LOOKS_BACK.test(text) && (!stepTaken(text) || mentionsActor(text, s.actors));
}

// "...the sentencing of the man, named Liu": someone the case described is named at last.
// "The convicted individual, an engineer with the surname Liu": the same role as the case described.
const THE_PERSON = /\bthe (?:[\w-]+ ){0,2}?(?:man|woman|person|individual|suspect|defendant|accused)\b/i;
// "The retired officer, Kao An-kuo, was among six people indicted": a definite description opening the sentence,
// the name set off after it (group 1: the words before the role noun).
const THE_ROLE_APPOSED = new RegExp(`^["“]?the ((?:[\\w-]+ ){1,2}?)${ROLE_NOUN},\\s*$`, 'i');

/**
 * The description before a name says again what the lead said of the one it described: "A retired lieutenant
 * general has been charged..." then "The retired officer, Kao An-kuo, was among six people indicted". Every word
 * of the description but its noun stands in the lead's first sentence ("The other defendant, ..." is someone else).
 */
function describesAgain(before: string, lead: string): boolean {
  const m = THE_ROLE_APPOSED.exec(before);
  if (!m) return false;
  const first = sentences(lead)[0]?.text ?? '';
  return m[1]!
    .trim()
    .split(/\s+/)
    .every((w) => w.toLowerCase() !== 'other' && new RegExp(`\\b${w}\\b`, 'i').test(first));
}

// "...a U.S. Navy sailor was sentenced. Petty Officer Wenheng Zhao, 26, pleaded guilty": a rank names a service member.
const RANK_BEFORE = new RegExp(`\\b${alternation(RANK_TITLES)}\\s+$`);
const SERVICE_MEMBERS = new Set<string>(SERVICE_MEMBER_NOUNS);

/** The intro names the person a described case has told of so far ("A Chinese engineer has been sentenced..."). */
function namedLater(text: string, intro: PersonIntro, s: Segment, isLead: boolean): boolean {
  if (s.signal !== 'described' || s.actors.length) return false;
  const before = text.slice(intro.sentenceStart, intro.index);
  const roles = s.roles ?? [];
  return (
    THE_PERSON.test(before) ||
    (isLead && s.paragraphs.length === 1 && describesAgain(before, s.paragraphs[0]!.text)) ||
    roles.some((r) => theRole(r).test(before)) ||
    roleWords(intro).some((r) => roles.includes(r)) ||
    (RANK_BEFORE.test(before) && roles.some((r) => SERVICE_MEMBERS.has(r))) ||
    (isLead && s.paragraphs.length === 1 && tellsSameStep(s.paragraphs[0]!.text, intro.sentence)) ||
    (isLead && s.paragraphs.length === 1 && namesTheLeadsOne(text, intro, s.paragraphs[0]!.text))
  );
}

/**
 * A news lead describes, the next paragraph names: "A US Navy sailor has been convicted of espionage..." then
 * "Jinchao Wei, 25, was convicted of six charges". The same step of the law in both is the same person.
 */
function tellsSameStep(lead: string, sentence: string): boolean {
  const step = describedActorStep(lead);
  return !!step && new RegExp(`\\b${step}\\b`, 'i').test(sentence);
}

/**
 * A news lead describes one person (or a counted group), the paragraph right after it opens on a name: "A
 * Chinese-born researcher pleaded guilty on Monday to stealing trade secrets" then "Chenguang Gong, 59, of San
 * Jose, was accused of transferring 3,600 files"; "Two New York City men were arrested" then "Lu Jianwang, 61, of
 * the Bronx, and Chen Jinping, 59, ...". News names in its second paragraph those its first described, whatever
 * step each tells (someone else would be set apart: "Another engineer, ...", or told after other paragraphs).
 */
function namesTheLeadsOne(text: string, intro: PersonIntro, lead: string): boolean {
  // The name opens the paragraph, or its other name does: "Lu Jianwang, also known as Harry Lu, 61, ...".
  const opens = intro.index === 0 || OTHER_NAME_FIRST.test(text.slice(0, intro.index));
  return opens && intro.strength === 'strong' && describesOneParty(lead);
}

const OTHER_NAME_FIRST = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?\p{Lu}[\p{L}'’-]*,\s+(?:also known as|a\.k\.a\.?|aka)\s+$/u;

/**
 * A news lead told twice: a summary, then the story's own first paragraph says it again in other words ("An aide
 * to a German far-right politician was sentenced to almost five years..." then "An aide to a leading far-right
 * political figure in Germany has been sentenced to nearly five years..."). The same role and the same step of
 * the law, right after the lead and with nobody named yet, are the same person ("Another aide was sentenced" is
 * someone else).
 */
function restatesLead(text: string, lead: Segment, segments: Segment[]): boolean {
  if (lead.signal !== 'described' || lead !== segments[0] || lead.paragraphs.length !== 1 || lead.actors.length) return false;
  if (/^(?:[^,]{0,30},\s+)?(?:another|a second|a third)\b/i.test(text)) return false;
  const first = lead.paragraphs[0]!.text;
  return describedActorLead(first) === describedActorLead(text) && describedActorStep(first) === describedActorStep(text);
}

/** A case opened by a heading or a marker takes what follows until something else starts. */
function isOpenByMark(s: Segment): boolean {
  return s.signal === 'heading' || s.signal === 'marker';
}

function rest(paragraphs: Paragraph[], segments: Segment[]): string[] {
  const used = new Set(segments.flatMap((s) => s.paragraphs.map((p) => p.id)));
  return paragraphs.filter((p) => !used.has(p.id)).map((p) => p.id);
}
