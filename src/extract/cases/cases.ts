/**
 * Stage 4, cases: split an article into the cases it describes (split.ts) and
 * read each one: people, organisations, places, topics, outcome, events and
 * who asserts it, every value tied to the paragraph it came from. Titles and
 * summaries are extractive: words of the source, never a paraphrase.
 */
import type { Outcome, Paragraph } from '../../model/schema.ts';
import type { ArticleDraft, CaseDraft, Mention, TaxonomyEntry } from '../../model/types.ts';
import { memoByText } from '../../util/collections.ts';
import { CORE, SMUGGLING } from '../../vocab/espionage.ts';
import { bothScripts, inBothScripts } from '../../vocab/han-variants.ts';
import { escapeRe } from '../../vocab/regex.ts';
import { PROPER_ADJECTIVES } from '../../vocab/roles.ts';
import { isCjkText, wordCount } from '../text-shape.ts';
import { lastActorMention } from './actor-mention.ts';
import { scopeOf } from './background.ts';
import { describedActorPhrase } from './described-actor.ts';
import { type FoundPerson, findOrganisations, findPeople, findPlaces, nameIndex, personMentions, roleNounHead, shortForms } from './entities.ts';
import { findEvents, readEvents } from './events.ts';
import { tellsIncident } from './incident.ts';
import { withGloss } from './material-gloss.ts';
import { findMaterialPhrases } from './material-phrases.ts';
import { mentionedCaseTitle } from './mentioned-cases.ts';
import { addOfficialsBesideCases, type ReadSegment } from './officials.ts';
import { findOutcome, outcomeLabel } from './outcome.ts';
import { isOnTopicPage } from './relevance.ts';
import { capitalise, clauseAround, sentences } from './sentences.ts';
import { isHeading, type Segment, splitCases } from './split.ts';
import { matchTopics } from './topics.ts';
import { chineseTitle } from './zh-title.ts';

const materialPatterns = new WeakMap<TaxonomyEntry[], RegExp | null>();

/**
 * Materials that are secrets, records or devices rather than goods: nobody smuggles them across a border, so
 * they neither make a smuggling story relevant nor title a case as a smuggling case. (What is stolen or
 * found is still a material of the case.)
 */
const NOT_GOODS = new Set(['state-secrets', 'classified-documents', 'defence-patents', 'technical-data', 'military-site-imagery', 'surveillance-devices']);

/** One expression that matches any material of the taxonomy that is goods. */
export function materialRegExp(taxonomy: TaxonomyEntry[]): RegExp | null {
  if (!materialPatterns.has(taxonomy)) {
    const sources = taxonomy.filter((t) => t.kind === 'material' && !NOT_GOODS.has(t.id)).flatMap((t) => t.patterns);
    materialPatterns.set(taxonomy, sources.length ? new RegExp(sources.map((s) => `(?:${bothScripts(s)})`).join('|'), 'iu') : null);
  }
  return materialPatterns.get(taxonomy)!;
}

/**
 * Whether the article is about espionage, counter-espionage or strategic-mineral
 * smuggling at all. An article can be on topic and still describe no case
 * (a general warning to the public).
 */
export function isOnTopic(article: ArticleDraft, taxonomy: TaxonomyEntry[]): boolean {
  return isOnTopicPage(
    article.paragraphs,
    materialRegExp(taxonomy),
    article.removed.map((r) => r.text),
    article.title,
  );
}

export function findCases(article: ArticleDraft, taxonomy: TaxonomyEntry[]): CaseDraft[] {
  const materialRe = materialRegExp(taxonomy);
  if (!isOnTopic(article, taxonomy)) return [];
  const split = splitCases(article.paragraphs, article.title, materialRe);
  const drafts: CaseDraft[] = [];
  const read: ReadSegment[] = [];
  const roundUp = split.segments.filter((s) => s.signal !== 'mentioned').length > 1;
  for (const segment of split.segments) {
    const found = readCase(article, segment, taxonomy, split.dramatization, roundUp);
    const draft = found ? { ...found, index: drafts.length + 1 } : null;
    read.push({ paragraphs: segment.paragraphs, draft });
    if (draft) drafts.push(draft);
  }
  if (!split.dramatization) addOfficialsBesideCases(article.paragraphs, read);
  // The titles above are English phrases built around the actor ("Case of 李某; sentenced"); a Chinese
  // report of one case has a better title of its own words, its headline (unless what was read as the
  // headline is a photo caption: "法院示意圖。(中央社)", a sentence and its credit, or the lead paragraph, longer than
  // any headline).
  if (
    drafts.length === 1 &&
    isCjkText(article.paragraphs.map((p) => p.text).join('\n')) &&
    !CREDITED_CAPTION.test(article.title) &&
    article.title.length <= HEADLINE_MAX
  ) {
    drafts[0]!.title = tidy(article.title);
  }
  return drafts;
}

// The longest Chinese headline: "德国议员前助理为中国从事间谍活动 判刑4年9个月" is 26 characters; a lead paragraph read as
// the headline runs to a hundred and more.
const HEADLINE_MAX = 60;

// A caption sentence that ends in its credit in brackets: "法院示意圖。(中央社)".
const CREDITED_CAPTION = /[。.][（(][^（）()]{1,12}[）)]$/;

/** "a foreign contractor", "trading company manager": a subject that names someone by role (the role is its head). */
function isActor(subject: string | null): boolean {
  const s = subject?.replace(/^(?:a|an|the)\s+/i, '') ?? '';
  return !!s && roleNounHead(s) === s;
}

function readCase(article: ArticleDraft, segment: Segment, taxonomy: TaxonomyEntry[], dramatization: boolean, roundUp: boolean): CaseDraft | null {
  const all = segment.paragraphs;
  const people = findPeople(all, article.paragraphs);
  // Facts are read from what the paragraphs say about the case; paragraphs of context alone are its background.
  // The officials a report names (a judge, a spokesperson) are not who the case's facts are about.
  const actors = people.filter((p) => p.role !== 'official').flatMap((p) => [p.name, ...p.aliases, ...shortForms(p.name)]);
  const scope = scopeOf(all, actors);
  const background = new Set(scope.background);
  const own = all.filter((p) => !background.has(p.id));
  const paragraphs = own.length ? own : all;
  // A fiction's arrests are not outcomes.
  const outcome = dramatization ? null : findOutcome(paragraphs, article.id);
  // In a fiction the title says what the story shows, not what one character did.
  const named = mainAction(paragraphs, dramatization ? [] : people, dramatization);
  // Without the named actor's own act, someone the text describes by role may title it ("a trading company
  // manager shipped..."), not a thing ("generous invitations ... offered").
  const described = dramatization ? null : mainAction(paragraphs, [], false);
  const action = named ?? (described && (people.length === 0 || isActor(described.subject)) ? described : null);
  if (segment.signal === 'whole-article' && !outcome && people.length === 0) {
    // No actor and no outcome: a general warning or a policy piece, not a case, unless the law took a step,
    // the text calls it a case, an authority disclosed it on a given day, or several paragraphs tell an
    // incident and someone in it acts ("a foreign contractor shipped...").
    const incidents = all.filter((p) => CORE.test(p.text) || SMUGGLING.test(p.text)).length;
    // The story starts at the first paragraph in the beat's words; the lead before it may be what tells the act
    // ("渔民在海上作业时打捞到一个可疑装置", then "经国家安全机关鉴定，该装置为境外窃密装置").
    const lead = article.paragraphs.slice(
      0,
      Math.max(
        0,
        article.paragraphs.findIndex((p) => p.id === all[0]!.id),
      ),
    );
    if (!tellsIncident([...lead, ...all]) && (incidents < 3 || !isActor(action?.subject ?? null))) return null;
  }
  const topics = matchTopics(scope.facts, taxonomy);
  // A fiction's setting is its story; a report's setting is not where or when its case happened.
  const setting = new Set(dramatization ? [] : scope.setting);
  const placed = scope.facts.filter((p) => !setting.has(p.id));
  const lead = article.paragraphs.slice(0, 3);
  const disclosedBy = assertedBy(all) ?? assertedBy(lead);
  // Dates of a rule or of someone's life, in a paragraph about the case, are its context too.
  const dated = readEvents(placed, article.id, article.published);
  const set = readEvents(
    scope.facts.filter((p) => setting.has(p.id)),
    article.id,
    article.published,
  );
  return {
    article: article.id,
    index: 0,
    title:
      segment.signal === 'mentioned'
        ? tidy(mentionedCaseTitle(all[0]!.text))
        : makeTitle({
            paragraphs,
            people,
            action,
            outcome: outcomeLabel(outcome),
            outcomeKind: outcome?.kind ?? null,
            outcomeText: outcome?.text ?? null,
            dramatization,
            taxonomy,
            topics: topics.map((t) => t.topic),
          }),
    summary: makeSummary(paragraphs, action?.sentence ?? null, outcome?.source?.paragraph ?? null, outcome?.text ?? null),
    dramatization,
    paragraphs: paragraphs.map((p) => p.id),
    people: personMentions(people),
    organisations: roundUp ? withDiscloser(findOrganisations(placed, actors), disclosedBy, lead, paragraphs) : findOrganisations(placed, actors),
    places: findPlaces(placed),
    topics,
    // A fiction's props are no case's materials.
    namedMaterials: dramatization ? [] : findMaterialPhrases(scope.facts).map((m) => ({ ...m, name: withGloss(m.name) })),
    outcome,
    events: dated.events,
    assertedBy: disclosedBy,
    background: paragraphs === all ? [] : scope.background,
    backgroundEvents: [...findEvents(scope.context, article.id, article.published), ...dated.context, ...set.events, ...set.context],
  };
}

/**
 * A round-up's cases are told in paragraphs of their own, after a lead that says who disclosed them all ("China's
 * Ministry of State Security on Thursday disclosed three cases..."): a case that refers back to the discloser
 * ("In one post, the ministry described a clerk...") has it as an organisation.
 */
function withDiscloser(organisations: Mention[], discloser: string | null, lead: Paragraph[], own: Paragraph[]): Mention[] {
  if (!discloser || organisations.some((o) => o.name === discloser)) return organisations;
  const named = findOrganisations(lead).find((o) => o.name === discloser);
  const back = new RegExp(`\\bthe ${escapeRe(headNoun(discloser))}\\b`, 'i');
  return named && own.some((p) => back.test(p.text)) ? [...organisations, named] : organisations;
}

/** What a text calls an organisation once named: "the ministry" of "Ministry of State Security", "the police" of "Australian Federal Police". */
function headNoun(name: string): string {
  const words = name.split(/\s+/);
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1]! : words[words.length - 1]!).toLowerCase();
}

// ---------------------------------------------------------------------------
// What the actor did, for the title

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
const FUNCTION_WORD = /^(?:the|a|an|and|or|of|to|for|as|in|on|at|with|by|from|through|via|across|over|under|into|about|his|her|their|its)$/i;
// Where a verb's object ends and what is said of it begins: to whom, with whom, how, for whom ("of" stays:
// "a volume of secrets" is one phrase; so does where, "equipment in a compound near the mine", which says much).
const PHRASE_BREAK = /^(?:to|with|via|through|for|by|during)$/i;

function lastIndexWhere<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}

function objectAfter(text: string): string {
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

// ---------------------------------------------------------------------------
// Title and summary

interface TitleInput {
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
    if (input.action?.subject) title = `${capitalise(input.action.subject.replace(/^(?:a|an|the)\s+/i, ''))} ${input.action.phrase}`;
    else if (input.action) title = `${subject} ${input.action.phrase}`;
    else if (happened) title = `${subject} ${happened}`;
    else if (befell) title = `${subject} ${befell}`;
    // "Case of traveler Lin", "Case of Chinese citizen Tang": the role as a description, a proper adjective kept.
    else title = `Case of ${head && subject !== main.name ? `${describedAs(head)} ${main.name}` : main.name}`;
    if (input.outcome && !happened && !befell) title += `; ${input.outcome}`;
  } else if (described(input.paragraphs)) {
    // Nobody named: the words that tell what the law did to whom ("A sergeant who worked at a navy
    // training centre was indicted for ...") say more than an act read without its actor.
    title = described(input.paragraphs)!.replace(/^(?:a|an|the)\s+/i, '');
  } else if (input.action?.subject) {
    title = `${capitalise(input.action.subject.replace(/^(?:a|an|the)\s+/i, ''))} ${input.action.phrase}`;
    if (input.outcome) title += `; ${input.outcome}`;
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

/** 1-3 sentences of the case: how it starts, what was done, how it ended. */
export function makeSummary(allParagraphs: Paragraph[], actionSentence: string | null, outcomeParagraph: string | null, outcomeText: string | null): string {
  const paragraphs = allParagraphs.filter((p) => !isHeading(p.text));
  const all = paragraphs.flatMap((p) => sentences(p.text).map((s) => ({ ...s, paragraph: p.id })));
  if (all.length === 0) return '';
  const picked = new Set<number>();
  const lead = all.findIndex((s) => wordCount(s.text) >= 8);
  picked.add(lead < 0 ? 0 : lead);
  if (actionSentence) {
    const i = all.findIndex((s) => s.text === actionSentence);
    if (i >= 0) picked.add(i);
  }
  if (outcomeText) {
    const i = all.findIndex((s) => s.paragraph === outcomeParagraph && s.text.includes(outcomeText.slice(0, 40)));
    if (i >= 0) picked.add(i);
  }
  let out = '';
  for (const i of [...picked].sort((a, b) => a - b).slice(0, 3)) {
    // Chinese sentences follow each other without a space.
    const next = (/[。！？]["”’」』]*$/.test(out) ? `${out}${all[i]!.text}` : `${out} ${all[i]!.text}`).trim();
    if (out && next.length > 700) break;
    out = next;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Who says so

const DISCLOSURE_VERB =
  /^(?:\s*\([A-Z]+\))?,?(?:\s+(?:has|have|had|recently|also|on \w+))*\s+(?:said|says|exposed|disclosed|revealed|cited|shared|reported|announced|depicted|published|warned|stated|released|detailed|unveiled|uncovered|highlighted)\b/;
const GENERIC_AGENCY =
  /\b((?:Chinese |China's )?(?:national|state) security (?:agenc(?:y|ies)|authorities|organs))\s+(?:has |have |had |recently )*(?:said|exposed|disclosed|revealed|shared|reported|announced|published|warned|released|detailed)\b/i;

// "国家安全部11日通过微信公众号披露": the ministry disclosing, in a Chinese report.
const ZH_MSS_SAYS = inBothScripts(/(?:国家安全部|国安部)[^，。；]{0,20}(?:披露|通报|公布|发布|表示|称|介绍)/);

/** The organisation the text says disclosed the case ("the Ministry of State Security said..."). */
export function assertedBy(paragraphs: Paragraph[]): string | null {
  for (const p of paragraphs) {
    for (const s of sentences(p.text)) {
      for (const org of findOrganisations([{ id: p.id, text: s.text }])) {
        if (saysSo(s.text, org)) return org.name;
      }
      const generic = GENERIC_AGENCY.exec(s.text);
      if (generic) return capitalise(generic[1]!.replace(/^China's /, 'Chinese '));
      if (ZH_MSS_SAYS.test(s.text)) return 'Ministry of State Security';
    }
  }
  return null;
}

function saysSo(sentence: string, org: Mention): boolean {
  const forms = org.name === 'Ministry of State Security' ? ['Ministry of State Security', 'Ministry of National Security', 'MSS'] : [org.name];
  for (const form of forms) {
    for (const m of sentence.matchAll(new RegExp(`\\b${escapeRe(form)}\\b`, 'g'))) {
      if (DISCLOSURE_VERB.test(sentence.slice(m.index! + m[0].length))) return true;
      if (/\baccording to (?:the )?(?:China's )?$/i.test(sentence.slice(0, m.index!))) return true;
    }
  }
  return false;
}
