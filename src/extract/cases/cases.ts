/**
 * Stage 4, cases: split an article into the cases it describes (split.ts) and
 * read each one: people, organisations, places, topics, outcome, events and
 * who asserts it, every value tied to the paragraph it came from. Titles and
 * summaries are extractive: words of the source, never a paraphrase.
 */
import type { Paragraph } from '../../model/schema.ts';
import type { ArticleDraft, CaseDraft, Mention, TaxonomyEntry } from '../../model/types.ts';
import { CORE, SMUGGLING } from '../../vocab/espionage.ts';
import { inBothScripts } from '../../vocab/han-variants.ts';
import { escapeRe } from '../../vocab/regex.ts';
import { isCjkText, wordCount } from '../text-shape.ts';
import { mainAction } from './action.ts';
import { scopeOf } from './background.ts';
import { findOrganisations, findPeople, findPlaces, personMentions, roleNounHead, shortForms } from './entities.ts';
import { findEvents, readEvents } from './events.ts';
import { materialRegExp } from './goods.ts';
import { asHeadline } from './headline-style.ts';
import { tellsIncident } from './incident.ts';
import { withGloss } from './material-gloss.ts';
import { findMaterialPhrases } from './material-phrases.ts';
import { mentionedCaseTitle } from './mentioned-cases.ts';
import { addOfficialsBesideCases, type ReadSegment } from './officials.ts';
import { findOutcome, outcomeLabel } from './outcome.ts';
import { isOnTopicPage } from './relevance.ts';
import { capitalise, sentences } from './sentences.ts';
import { isHeading, type Segment, splitCases } from './split.ts';
import { chineseHeadlineTitle, headlineShaped, makeTitle, tidy } from './title.ts';
import { matchTopics } from './topics.ts';

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
  // The titles above are English phrases built around the actor ("Case of 李某; sentenced"); a Chinese report of
  // one case has a better title of its own words, its headline, when what was read as the headline is one. Its
  // words are compared when cases are linked either way (in the title, or beside it).
  const only = drafts.length === 1 ? drafts[0]! : null;
  if (only && isCjkText(article.paragraphs.map((p) => p.text).join('\n'))) {
    const headline = chineseHeadlineTitle(
      article.title,
      only.people.flatMap((p) => [p.name, ...(p.aliases ?? [])]),
    );
    if (headline) only.title = headline;
    else if (headlineShaped(article.title)) only.headline = article.title;
  }
  return drafts;
}

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
        ? tidy(asHeadline(mentionedCaseTitle(all[0]!.text)))
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
