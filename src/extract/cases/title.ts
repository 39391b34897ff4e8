/**
 * A case's title as a person would write it: who, what they did or what befell them ("Hsiao sentenced to 13
 * years"), in the report's language; a Chinese report's case in Chinese words (zh-title.ts).
 */
import type { Outcome, Paragraph } from '../../model/schema.ts';
import type { TaxonomyEntry } from '../../model/types.ts';
import { CORE, SMUGGLING } from '../../vocab/espionage.ts';
import { inBothScripts } from '../../vocab/han-variants.ts';
import { ZH_HEADLINE_CASE_WORDS } from '../../vocab/incidents.ts';
import { alternation } from '../../vocab/regex.ts';
import { PROPER_ADJECTIVES } from '../../vocab/roles.ts';
import { isCjkText, wordCount } from '../text-shape.ts';
import { type Action, FUNCTION_WORD, objectAfter } from './action.ts';
import { describedActorPhrase } from './described-actor.ts';
import { type FoundPerson, nameIndex, roleNounHead } from './entities.ts';
import { NOT_GOODS } from './goods.ts';
import { asHeadline, TITLE_MAX } from './headline-style.ts';
import { capitalise } from './sentences.ts';
import { chineseTitle } from './zh-title.ts';

export interface TitleInput {
  paragraphs: Paragraph[];
  people: FoundPerson[];
  action: Action | null;
  outcome: string | null;
  outcomeKind: Outcome['kind'] | null;
  outcomeText: string | null;
  dramatization: boolean;
  taxonomy: TaxonomyEntry[];
  topics: string[];
}

const MEDIUM =
  /\b(comic|cartoon|animation|micro-?drama|short drama|drama series|TV series|TV drama|television series|film|movie|web series|graphic novel|webtoon)s?\b/i;

export function makeTitle(input: TitleInput): string {
  // A judge, a prosecutor or a spokesperson the report names never titles the case.
  const main =
    input.people.find((p) => p.role === 'suspect' || p.role === 'informant') ?? input.people.find((p) => p.role !== 'official' && p.role !== 'expert') ?? null;
  const text = input.paragraphs.map((p) => p.text).join('\n');
  if (isCjkText(text)) {
    const outcome = input.dramatization ? null : input.outcomeKind;
    const smuggling = smugglingCase(input, text);
    return tidy(chineseTitle({ name: main?.name ?? null, outcome, outcomeText: input.outcomeText, smuggling, text, dramatization: input.dramatization }));
  }
  let title: string;
  if (input.dramatization) {
    const medium = MEDIUM.exec(input.paragraphs.map((p) => p.text).join(' '))?.[1] ?? 'Dramatization';
    const act = input.action ? `${input.action.subject ?? main?.name ?? ''} ${input.action.phrase}`.trim() : main ? main.name : 'espionage story';
    title = `${capitalise(medium.toLowerCase())}: ${act}`;
  } else if (main) {
    const head = main.descriptor ? roleNounHead(main.descriptor) : null;
    // "Man Chen" says nothing that "Chen" does not.
    const subject = head && !/^(?:man|woman|person|individual|people)$/i.test(head) ? `${capitalise(head)} ${main.name}` : main.name;
    const happened = input.action ? null : whatHappenedTo(main, input.outcomeText);
    // "Hsiao sentenced to 13 years": who, then what befell them, as a person writes it (not "Case of Hsiao; sentenced...").
    const befell = input.action || happened ? null : outcomePredicate(input.outcome);
    const told = input.action?.subject
      ? `${capitalise(input.action.subject.replace(/^(?:a|an|the)\s+/i, ''))} ${input.action.phrase}`
      : input.action
        ? `${subject} ${input.action.phrase}`
        : happened
          ? `${subject} ${happened}`
          : befell
            ? `${subject} ${befell}`
            : null;
    const outcome = input.outcome && !happened && !befell ? `; ${input.outcome}` : '';
    // "Case of traveler Lin", "Case of Chinese citizen Tang": the role as a description, a proper adjective kept.
    title = told
      ? `${asHeadline(told, TITLE_MAX - outcome.length)}${outcome}`
      : `Case of ${head && subject !== main.name ? `${describedAs(head)} ${main.name}` : main.name}${outcome}`;
  } else if (described(input.paragraphs)) {
    // Nobody named: the words that tell what the law did to whom ("A sergeant who worked at a navy
    // training centre was indicted for ...") say more than an act read without its actor.
    title = asHeadline(described(input.paragraphs)!.replace(/^(?:a|an|the)\s+/i, ''));
  } else if (input.action?.subject) {
    const outcome = input.outcome ? `; ${input.outcome}` : '';
    title = `${asHeadline(`${capitalise(input.action.subject.replace(/^(?:a|an|the)\s+/i, ''))} ${input.action.phrase}`, TITLE_MAX - outcome.length)}${outcome}`;
  } else {
    title = fallbackTitle(input);
  }
  return tidy(title);
}

/** The outcome as what befell someone ("sentenced to 13 years", "arrested"); null when it is no person's ("channel cut off"). */
function outcomePredicate(outcome: string | null): string | null {
  if (!outcome || /\bchannel\b/.test(outcome)) return null;
  return outcome === 'administrative penalty' ? 'given an administrative penalty' : outcome;
}

/** A role in a description, lower case unless a proper adjective or an abbreviation ("Chinese citizen", "AfD aide"). */
export function describedAs(role: string): string {
  const [first = '', ...rest] = role.split(' ');
  const proper = PROPER_ROLE_WORDS.has(first.toLowerCase()) || /^\p{Lu}.*\p{Lu}/u.test(first);
  return [proper ? first : first.toLowerCase(), ...rest].join(' ');
}

const PROPER_ROLE_WORDS = new Set(PROPER_ADJECTIVES.map((w) => w.toLowerCase()));

/** The first paragraph that opens on someone described without a name, as the law acts on them. */
function described(paragraphs: Paragraph[]): string | null {
  for (const p of paragraphs) {
    const phrase = describedActorPhrase(p.text);
    if (phrase) return phrase;
  }
  return null;
}

/** "was detained at a border crossing in Yunnan" from an outcome that names the person. */
function whatHappenedTo(person: FoundPerson, outcomeText: string | null): string | null {
  if (!outcomeText) return null;
  for (const name of [person.name, ...person.aliases]) {
    const at = nameIndex(outcomeText, name);
    if (at < 0) continue;
    const rest = outcomeText.slice(at + name.length).trim();
    if (!/^(?:was|were|has been|had been|is)\b/.test(rest)) continue;
    const phrase = objectAfter(rest);
    return phrase.split(/\s+/).length >= 2 ? phrase : null;
  }
  return null;
}

const globalPatterns = new Map<string, RegExp>();

/** A taxonomy pattern as a global expression, compiled once (String#match resets and leaves lastIndex at 0). */
function globalPattern(source: string): RegExp {
  let re = globalPatterns.get(source);
  if (!re) globalPatterns.set(source, (re = new RegExp(source, 'giu')));
  return re;
}

/** The goods of a case among its topics: materials that are smuggled, not the secrets of a spy. */
function goodsOf(input: TitleInput): TaxonomyEntry[] {
  return input.taxonomy.filter((t) => t.kind === 'material' && input.topics.includes(t.id) && t.id !== 'strategic-minerals' && !NOT_GOODS.has(t.id));
}

/** A strategic material in a case without a named spy is a smuggling case, as is one the text says is smuggling. */
function smugglingCase(input: TitleInput, text: string): boolean {
  return SMUGGLING.test(text) || goodsOf(input).length > 0;
}

function fallbackTitle(input: TitleInput): string {
  const text = input.paragraphs.map((p) => p.text).join('\n');
  const materials = goodsOf(input)
    .map((t) => ({ label: t.label, count: t.patterns.reduce((n, p) => n + (text.match(globalPattern(p))?.length ?? 0), 0) }))
    .sort((a, b) => b.count - a.count);
  const what = smugglingCase(input, text) ? 'smuggling' : 'espionage';
  const head = materials[0] ? `${materials[0].label} ${what} case` : `${capitalise(what)} case`;
  let outcome = input.outcomeText
    ?.replace(/^(?:who|which|that)\s+/i, '')
    .replace(/^(?:was|were|had been|has been|had|have been)\s+/i, '')
    .trim();
  if (outcome && wordCount(outcome) > 10) {
    // "a foreign national was stopped at the airport with gallium..." -> "stopped at the airport"
    outcome = /\b(?:stopped|intercepted|seized|caught|detained|arrested|cut off|shut down)\b.*?(?=\s+(?:with|after|before|for|while|when|by)\b|[,;.]|$)/i.exec(
      outcome,
    )?.[0];
  }
  // (Counted as words, a Chinese sentence is long: "截断稀土相关物项非法出境渠道" is ten.)
  return outcome && wordCount(outcome) <= 10 ? `${head}: ${outcome}` : head;
}

/** A title on one line, at most 150 characters: cut at a word (or, in Chinese, a clause) with an ellipsis. */
export function tidy(title: string): string {
  let t = title
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:])/g, '$1')
    .trim();
  if (t.length > 150) t = `${cutAtBoundary(t, 150)}…`;
  return capitalise(t);
}

/** `text` cut to at most `max` characters where a word or clause ends, never inside a word or after a dangling "of". */
function cutAtBoundary(text: string, max: number): string {
  const head = text.slice(0, max + 1);
  // Chinese runs without spaces: the last clause break (，、；。) is where a reader would stop.
  const clause = Math.max(...[...'，、；。,;'].map((c) => head.lastIndexOf(c)));
  const space = head.lastIndexOf(' ');
  let cut = space > max / 2 ? head.slice(0, space) : clause > max / 2 ? head.slice(0, clause) : text.slice(0, max);
  for (let words = cut.split(' '); words.length > 1 && FUNCTION_WORD.test(words[words.length - 1]!); words = cut.split(' ')) cut = words.slice(0, -1).join(' ');
  return cut.replace(/[\s,;:，、；]+$/, '');
}

// The longest Chinese headline: "德国议员前助理为中国从事间谍活动 判刑4年9个月" is 26 characters; a lead paragraph read as
// the headline runs to a hundred and more.
const ZH_HEADLINE_MAX = 60;

// A caption sentence that ends in its credit in brackets: "法院示意圖。(中央社)".
const CREDITED_CAPTION = /[。.][（(][^（）()]{1,12}[）)]$/;
const ZH_CASE_WORD = inBothScripts(new RegExp(alternation(ZH_HEADLINE_CASE_WORDS)));

/** A line short enough to be a Chinese headline and not a credited photo caption ("法院示意圖。(中央社)"). */
export function headlineShaped(headline: string): boolean {
  const h = headline.trim();
  return !!h && h.length <= ZH_HEADLINE_MAX && !CREDITED_CAPTION.test(h);
}

/**
 * A Chinese report's headline as the title of its one case, or null. The titles of makeTitle are built from
 * the case's parts; a headline is a person's own words for it, when what was read as the headline is one: shaped
 * as one (headlineShaped: not the lead paragraph, longer than any headline), no sentence (a headline has no full
 * stop: "...遭无人机偷拍。FB" is a caption), and speaking of the case (the beat's words, a word of the law, or a name
 * of the case's people) rather than of the page ("↺ 返回 电子报 正體版").
 */
export function chineseHeadlineTitle(headline: string, names: string[]): string | null {
  const h = headline.trim();
  if (!headlineShaped(h) || h.includes('。')) return null;
  const speaks = CORE.test(h) || SMUGGLING.test(h) || ZH_CASE_WORD.test(h) || names.some((n) => n.length > 1 && h.includes(n));
  return speaks ? tidy(h) : null;
}
