/**
 * Stage 5, link: case drafts from many articles become cases with stable ids;
 * reports of the same case across outlets become one case with several
 * sources; people, organisations and places become entities.
 *
 * Case ids. A draft's id is `<key>-<hash>`: the key is the case's main person
 * ("xiao-jun"), or without one its main material and tactic
 * ("rare-earths-postal-smuggling"); the hash is six hex digits of the id of
 * the article it came from. Both depend only on that article, so adding or
 * removing other seeds never changes an id. A merged case takes the id of its
 * earliest report (by publication date when known, else the smallest id); its
 * other ids are returned as redirects, so an old permalink keeps working.
 *
 * Merging. Two drafts are compared only if they share a blocking key (a
 * person's name in any script or spelling, a material with an outcome, a
 * place, a prison term, one of their rarest words), never all pairs. They
 * merge on evidence: the same named person, the same material and outcome
 * with matching details (a prison term, an amount), or one story told in
 * nearly the same words by two outlets. Shared topic words alone never
 * merge two cases, and conflicting evidence (two different named suspects,
 * two different prison terms, fiction against fact) keeps them apart.
 * Editors' judgements (judgements.ts) override both ways.
 */
import { type Case, type CaseEvent, type Entity, MATERIAL_FACT, type Outcome } from '../../model/schema.ts';
import type { CaseDraft, Judgement } from '../../model/types.ts';
import { memoByPair } from '../../util/collections.ts';
import { hasHan } from '../../util/romanise.ts';
import { keptId, type Slugger, shortHash, slugify, slugifyName } from '../../util/slug.ts';
import { inBothScripts, toSimplified } from '../../vocab/han-variants.ts';
import { APPROXIMATORS, ONGOING_AFTER_YEAR, ONGOING_BEFORE_YEAR } from '../../vocab/numbers.ts';
import { alternation } from '../../vocab/regex.ts';
import { LINK_STOP_WORDS } from '../../vocab/stop-words.ts';
import { organisationAliases, organisationId, personId, placeId, sameName, shortForms } from '../cases/entities.ts';
import { parsePrisonTerm } from '../cases/outcome.ts';
import { materialAmounts, prisonTerms } from '../compare/quantities.ts';
import { compatible, type Reading } from '../compare/readings.ts';
import { givesFullName, meetAcross, meetInitial, pinyinKeys, rareName, surnameOnly, transliterated, withoutNickname } from './names-across.ts';
import { placeKey, provinceKeys } from './place-keys.ts';

export interface Redirect {
  from: string;
  to: string;
}

export interface Linked {
  cases: Case[];
  entities: Entity[];
  /** Ids of drafts merged into another case: old permalink -> case. */
  redirects: Redirect[];
  warnings: string[];
}

export interface LinkOptions {
  /** Publication date ("YYYY[-MM[-DD]]") per article id, to name a merged case after its first report. */
  published?: Record<string, string | null | undefined>;
  /** Case and entity ids an earlier build published: one it made before Chinese was romanised is kept (util/slug.ts keptId). */
  earlier?: { cases?: ReadonlySet<string>; entities?: ReadonlySet<string> };
}

const APPROXIMATE_BEFORE = new RegExp(`\\b${alternation(APPROXIMATORS)}\\s+$`, 'i');
// Materials most cases are about ("classified documents", "state secrets", "technical manuals"): sharing one says
// nothing about which case it is. A named mineral, defence patents, a device found at sea or photos of a base do:
// the imagery keeps apart reports of different bases that would otherwise meet on a place or an outcome.
const GENERIC_MATERIALS = new Set(['state-secrets', 'strategic-minerals', 'classified-documents', 'technical-data']);
// A term this long is a life or death sentence (the comparison's sentinels), not a number of months.
const LIFE_TERM_MONTHS = 1200;
// Rare earth elements a report may name instead of "rare earths".
const RARE_EARTH_ELEMENTS = new Set(['dysprosium', 'terbium', 'neodymium', 'samarium', 'yttrium']);
// Places nearly every report on the subject names (the dateline, the government, its rival): no evidence of one case.
// Taiwan is to a report of a Taiwanese spy ring what China is to one of a mainland case: every one names it.
const GENERIC_PLACES = new Set(['beijing', 'china', 'mainland china', 'united states', 'the united states', 'us', 'u.s.', 'america', 'washington', 'taiwan']);
// Tactics nearly every case of its kind has; they say nothing about which case it is.
const GENERIC_TACTICS = new Set(['illegal-export', 'online-contact', 'selling-secrets']);
const OUTCOME_RANK: Record<Outcome['kind'], number> = {
  sentenced: 7,
  'administrative-penalty': 6,
  arrested: 5,
  intercepted: 4,
  'reported-by-target': 3,
  'channel-cut-off': 3,
  uncovered: 1,
  unknown: 0,
};

// ---------------------------------------------------------------------------
// Ids

function mainPerson(d: CaseDraft): string | null {
  const p = d.people.find((x) => x.role === 'suspect') ?? d.people.find((x) => x.role !== 'expert' && x.role !== 'official');
  return p?.name ?? null;
}

/** The main person's name as reports are compared: without a nickname in quotes. */
function mainName(d: CaseDraft): string | null {
  const name = mainPerson(d);
  return name && withoutNickname(name);
}

function firstOfKind(d: CaseDraft, kinds: string[], skip: Set<string> = new Set()): string | null {
  return d.topics.find((t) => kinds.includes(t.kind) && !skip.has(t.topic))?.topic ?? null;
}

/** A name that ends in an initial: "Thomas R.", "Jian G". */
const INITIAL_LAST = /\s\p{Lu}\.?$/u;
/** The id a draft gets; it depends on the draft and its article only (and on how text becomes a slug: `slug`, `name` for people). */
export function draftKey(d: CaseDraft, slug: Slugger = slugify, name: Slugger = slugifyName): string {
  const person = mainPerson(d);
  if (person) return name(person, 40);
  const parts = [firstOfKind(d, ['material'], GENERIC_MATERIALS), firstOfKind(d, ['tactic', 'channel'], GENERIC_TACTICS)].filter((x): x is string => !!x);
  if (parts.length === 0) parts.push(d.title.split(/\s+/).slice(0, 4).join(' '));
  return slug(parts.join(' '), 40);
}

export function draftIds(drafts: CaseDraft[], earlier: ReadonlySet<string> = new Set()): string[] {
  const taken = new Set<string>();
  return drafts.map((d) => {
    const id = keptId((slug, name) => {
      const base = `${draftKey(d, slug, name)}-${shortHash(d.article, 6)}`;
      // Two cases of one article with the same key: the position in the article tells them apart.
      return taken.has(base) ? `${base}-${d.index}` : base;
    }, earlier);
    taken.add(id);
    return id;
  });
}

/** Entity ids, keeping those an earlier build published under the slugs it made then. */
function entityIdMaker(earlier: ReadonlySet<string>) {
  return {
    person: (name: string, caseId: string) => keptId((_, nameSlug) => personId(name, caseId, nameSlug), earlier),
    organisation: (name: string) => keptId((slug) => organisationId(name, slug), earlier),
    place: (name: string) => keptId((slug) => placeId(name, slug), earlier),
  };
}
type EntityIds = ReturnType<typeof entityIdMaker>;

// ---------------------------------------------------------------------------
// Evidence

export interface Features {
  id: string;
  draft: CaseDraft;
  names: string[];
  materials: Set<string>;
  /** The materials the case's title and summary name: what it is about, not the background it gives. */
  coreMaterials: Set<string>;
  tactics: Set<string>;
  places: Set<string>;
  termMonths: number | null;
  /** The term is given as a round number ("almost five years"): another report's exact term may differ by a year. */
  termApprox: boolean;
  years: Set<number>;
  /** The earliest year the case is said to go on from ("since 2002", "早在2002年就开始"): Infinity when none. */
  openFrom: number;
  words: Set<string>;
  /** Amounts of material the case's title, summary, outcome and named materials state ("166 tonnes", "166吨"). */
  amounts: Reading[];
}

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)) {
    if (hasHan(w)) for (const pair of hanPairs(w)) words.add(pair);
    else if (w.length >= 4 && !LINK_STOP_WORDS.has(w)) words.add(w.replace(/(?:ies|es|s)$/, ''));
  }
  return words;
}

/**
 * Chinese runs on without spaces: a clause is one "word" that two tellings of a story seldom share whole. Its
 * pairs of characters (in one script) are what two reposts of one story share most of, as English reports share words.
 */
function hanPairs(run: string): string[] {
  const chars = [...toSimplified(run)].filter(hasHan);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

/**
 * The prison term of a sentence, in months, and whether it is a round or bounded figure. The outcome's own
 * reader knows English terms; a Chinese term ("判处有期徒刑十四年") or "three and a half years" is read as the
 * comparison of reports reads it (src/extract/compare).
 */
function termOf(d: CaseDraft): { months: number | null; approx: boolean } {
  const text = d.outcome?.kind === 'sentenced' ? d.outcome.text : null;
  if (!text) return { months: null, approx: false };
  const term = parsePrisonTerm(text);
  if (term?.months != null) {
    const before = text.slice(0, Math.max(0, text.indexOf(term.text)));
    return { months: term.months, approx: APPROXIMATE_BEFORE.test(before) };
  }
  const reading = prisonTerms(text).find((r) => r.low > 0 || Number.isFinite(r.high));
  if (!reading) return { months: null, approx: false };
  // Life and death are terms too ("sentenced to life", 無期徒刑): unlike any number of years.
  if (reading.low >= LIFE_TERM_MONTHS) return reading.low === reading.high ? { months: reading.low, approx: false } : { months: null, approx: false };
  const exact = reading.low === reading.high;
  return { months: reading.low > 0 ? reading.low : reading.high, approx: !exact };
}

export function draftFeatures(id: string, d: CaseDraft): Features {
  const term = termOf(d);
  // Topic evidence stays out: shared topic words must never count as matching details.
  const detail = [d.title, d.headline ?? '', d.summary, d.outcome?.text ?? '', ...d.events.map((e) => e.label), ...d.places.map((p) => p.name)].join(' ');
  const materials = d.topics.filter((t) => t.kind === 'material' && !GENERIC_MATERIALS.has(t.topic));
  const headline = `${d.title} ${d.summary}`.toLowerCase();
  const core = materials.filter((t) => headline.includes(t.evidence.toLowerCase())).map((t) => t.topic);
  return {
    id,
    draft: d,
    names: d.people.filter((p) => p.role !== 'expert' && p.role !== 'official').map((p) => withoutNickname(p.name)),
    materials: new Set(materials.map((t) => t.topic)),
    coreMaterials: new Set(core.flatMap((m) => (RARE_EARTH_ELEMENTS.has(m) ? [m, 'rare-earths'] : [m]))),
    tactics: new Set(d.topics.filter((t) => t.kind === 'tactic' || t.kind === 'channel').map((t) => t.topic)),
    places: new Set(d.places.map((p) => placeKey(p.name)).filter((p) => !GENERIC_PLACES.has(p))),
    termMonths: term.months,
    termApprox: term.approx,
    years: new Set(d.events.filter((e) => e.kind !== 'disclosure').map((e) => Number(e.date.slice(0, 4)))),
    openFrom: Math.min(...d.events.filter((e) => e.kind !== 'disclosure' && goesOnFrom(e)).map((e) => Number(e.date.slice(0, 4)))),
    words: contentWords(detail),
    amounts: materialAmounts([d.title, d.summary, d.outcome?.text ?? '', ...(d.namedMaterials ?? []).map((m) => m.name)].join('\n')).filter((r) => r.low > 0),
  };
}

const ONGOING_FROM = inBothScripts(
  new RegExp(`\\b(?:${alternation(ONGOING_BEFORE_YEAR)})\\s+(?:\\w+\\s+)?(\\d{4})\\b|(\\d{4})年(?:[^，,。]{0,3}?)(?:${alternation(ONGOING_AFTER_YEAR)})`, 'g'),
);

/** Whether the event's sentence says the case goes on from its year: "employed by Chinese intelligence since 2002". */
function goesOnFrom(e: CaseEvent): boolean {
  const year = e.date.slice(0, 4);
  return [...e.label.matchAll(ONGOING_FROM)].some((m) => (m[1] ?? m[2]) === year);
}

/**
 * Two reports of different years are of different cases (two people of one surname), unless one says the
 * case went on from a year ("working for Chinese intelligence since 2002") up to the other's ("arrested in
 * April 2024"): one story told from its two ends.
 */
function yearsApart(a: Features, b: Features): boolean {
  if (!a.years.size || !b.years.size) return false;
  const within = (year: number, x: Features) => year >= x.openFrom || [...x.years].some((z) => Math.abs(z - year) <= 1);
  return ![...b.years].some((y) => within(y, a)) && ![...a.years].some((y) => within(y, b));
}

function blockingKeys(f: Features): string[] {
  const keys: string[] = [];
  for (const name of f.names) {
    keys.push(`name:${name.toLowerCase()}`);
    for (const s of shortForms(name)) keys.push(`name:${s.toLowerCase()}`);
    // 魏金超 and "Jinchao Wei", 杜某 and "Du", "Chang" and "Zhang" meet in pinyin.
    keys.push(...pinyinKeys(name));
  }
  const outcome = f.draft.outcome?.kind ?? 'none';
  // A material alone too: one report tells how the channel was cut off, another only how the smuggling worked
  // (the evidence still has to carry the merge; a material so common its block is huge is skipped).
  for (const m of f.materials) keys.push(`material:${m}|${outcome}`, `material:${m}`);
  for (const p of f.places) keys.push(`place:${p}`);
  if (f.termMonths != null) keys.push(`term:${f.termMonths}`);
  return [...new Set(keys)];
}

function overlap<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export interface Comparison {
  score: number;
  /** Why not: a veto keeps the two apart whatever the score. */
  veto: string | null;
  /** Whether the evidence includes something beyond shared topics (a name, a place, a term, matching details). */
  specific: boolean;
  reasons: string[];
  /** When the veto is that each report names another main person: the two names. */
  apart?: [string, string];
}

/** How strongly the evidence says two drafts report the same case. */
export function compareDrafts(a: Features, b: Features): Comparison {
  const reasons: string[] = [];
  const no = (veto: string): Comparison => ({ score: 0, veto, specific: false, reasons });
  if (a.draft.article === b.draft.article) return no('same article');
  if (a.draft.dramatization !== b.draft.dramatization) return no('fiction and fact');
  let score = 0;
  let specific = false;

  const matched = a.names.filter((x) => b.names.some((y) => samePerson(x, y)));
  const nameMatch = matched.length > 0;
  const mainA = mainName(a.draft);
  const mainB = mainName(b.draft);
  if (mainA && mainB && !samePerson(mainA, mainB) && !nameMatch) return { ...no(`different people (${mainA}, ${mainB})`), apart: [mainA, mainB] };
  // The same person beyond doubt: one full name in both reports, not a given name with an initial ("Jian G.",
  // which many share); only then is another prison term a difference between reports rather than another case.
  const sameFullName = nameMatch && a.names.some((x) => b.names.some((y) => sameFull(x, y)));
  // A report's prison term is its main person's: another term is one case told differently only when that person
  // is the one both name in full. A full name in common that is not both reports' main person is someone a report
  // recalls beside its own case ("another sailor was sentenced in 2024"), whose sentence may be the other report's.
  const sameMainFullName = !!mainA && !!mainB && sameFull(mainA, mainB);
  // As strong for a merge: the same name with an initial, or a given name with its surname's initial.
  const full = sameFullName || (nameMatch && a.names.some((x) => b.names.some((y) => (x === y && (x.includes(' ') || givesFullName(x))) || meetInitial(x, y))));
  if (nameMatch) {
    // A surname alone is common ("Zhang"): it needs other evidence to carry a merge; several people of the
    // case by surname (杜某, 汤某 and 范某; Du, Tang and Fan) are more, but not enough alone.
    // A surname alone against a full name ("Huang" and "Huang Yu", "Chen" and "Chen Wei-jen") is the weakest
    // meeting: the report that knows the full name would have given it, and a common surname names many.
    const againstFull = matched.length === 1 && b.names.filter((y) => samePerson(matched[0]!, y)).every((y) => surnameOnly(matched[0]!) !== surnameOnly(y));
    // Two people each named in full, in whatever form each report knows them ("Linda Sun" and "Chris Hu", 孙雯 and
    // 胡骁), are as strong as one full name: two different cases seldom share two such pairs.
    const strong = a.names.filter((x) => b.names.some((y) => samePerson(x, y) && givesFullName(x) && givesFullName(y))).length;
    score += full || strong >= 2 ? 4 : matched.length >= 3 ? 3.5 : matched.length === 2 ? 3 : againstFull ? 1 : 2;
    specific = true;
    reasons.push('same person');
  }

  if (a.termMonths != null && b.termMonths != null && (a.termApprox || b.termApprox)) {
    // "almost five years" and "four years and nine months" agree; "about five years" and "ten years" do not,
    // unless the same person by full name shows it is one case told differently (src/extract/compare).
    if (Math.abs(a.termMonths - b.termMonths) > 12 && !sameMainFullName) return no('different prison terms');
  } else if (a.termMonths != null && b.termMonths != null) {
    // Life and death sentences are many reports' outcome (a ministry's severe cases): the same one is no sign of
    // one case, though a life sentence against a term of years still tells two apart.
    if (a.termMonths === b.termMonths) {
      if (a.termMonths < LIFE_TERM_MONTHS) {
        score += 2;
        specific = true;
        reasons.push('same prison term');
      }
    } else if (!sameMainFullName) return no('different prison terms');
    // The same person by full name with another term is one case that reports tell differently: the case
    // page shows both terms (src/extract/compare). By surname alone, another term is another case.
    else reasons.push('different prison terms, same full name');
  }
  const ka = a.draft.outcome?.kind;
  const kb = b.draft.outcome?.kind;
  if (ka && kb && ka === kb) {
    score += 1;
    reasons.push('same outcome');
  }
  // One main person by a name few share (高安國, "Yuesheng Wang") is one case, however many years its reports
  // lie apart: recruited in 2019, indicted in 2023, sentenced in 2025.
  const sameMainPerson = !!mainA && !!mainB && sameFull(mainA, mainB) && rareName(mainA) && rareName(mainB);
  if (!sameMainPerson && yearsApart(a, b)) return no('years apart');

  const materials = overlap(a.materials, b.materials);
  if (a.materials.size && b.materials.size && materials === 0) return no('different materials');
  // A report's background names other minerals (the export rules, other cases): what each case is about must agree.
  if (a.coreMaterials.size && b.coreMaterials.size && overlap(a.coreMaterials, b.coreMaterials) === 0) return no('different materials');
  if (materials) {
    score += 1.5;
    reasons.push('same material');
  }
  score += Math.min(2, 0.5 * overlap(a.tactics, b.tactics));

  if (a.amounts.some((x) => b.amounts.some((y) => sameAmount(x, y)))) {
    score += 2;
    specific = true;
    reasons.push('same amount of material');
  }

  const places = overlap(a.places, b.places);
  const { shared, jaccard } = wordsInCommon(a, b);
  // One name in two reports that place the case in different cities is two people of one name (a common
  // full name, or two names one spelling apart: Zheng and Cheng), unless the reports tell one story. Several
  // people in common are one case told from two places (a trial in London, the reaction in Hong Kong).
  if (matched.length <= 1 && a.places.size && b.places.size && !places && !sameStory(shared, jaccard)) return no('different places');
  if (places) {
    // A province holds tens of millions of people and several ports: many cases of one kind happen in it, so
    // sharing only a province is weaker evidence than sharing a city, a port or a base.
    const onlyProvinces = [...a.places].every((p) => !b.places.has(p) || provinceKeys.has(p));
    score += onlyProvinces ? 1 : 2;
    specific = true;
    reasons.push(onlyProvinces ? 'same province' : 'same place');
  }

  if (sameStory(shared, jaccard)) {
    // One story in two outlets (a wire copy, a translation's English twin): most of what each says of the
    // case, in many words, the other says too. Reports of different cases on one subject share far less.
    score += 4;
    specific = true;
    reasons.push(`the same story (${shared} words)`);
  } else if (jaccard >= 0.12 || shared >= 8) {
    score += jaccard >= 0.2 || shared >= 12 ? 2 : 1;
    specific = true;
    reasons.push(`matching details (${shared} words)`);
  }
  return { score, veto: null, specific, reasons };
}

// A full name in characters: 樓文卿 in two reports is one person, as "Lou Wenqing" would be.
const HAN_FULL_NAME = /^\p{Script=Han}{3,4}$/u;

/** One person by full name: the same full name, or one name in two scripts or spellings (names-across.ts). */
function sameFull(x: string, y: string): boolean {
  return (x === y && (HAN_FULL_NAME.test(x) || transliterated(x) || (x.includes(' ') && !INITIAL_LAST.test(x)))) || meetAcross(x, y) === 'full';
}

/**
 * The same person, in one script (sameName), across scripts and spellings, or by a surname's initial (names-across.ts).
 * Remembered per pair: comparing every pair of a block asks about the same few names again and again.
 */
const samePerson: (x: string, y: string) => boolean = memoByPair((x, y) => sameName(x, y) || meetAcross(x, y) !== null || meetInitial(x, y));

/**
 * Two readings of one amount: "166余噸" and "166 metric tons", "25 tonnes" and "25,000 kg". Each reading must
 * allow the other's value and their lower ends lie close ("more than 100 tonnes" allows 160 tonnes, but it is no
 * sign of the same seizure); the margin covers a "ton" that may be short, long or metric.
 */
function sameAmount(x: Reading, y: Reading): boolean {
  return compatible(x, y) && Math.abs(x.low - y.low) <= AMOUNT_MARGIN * Math.max(x.low, y.low);
}
const AMOUNT_MARGIN = 0.12;

/** How much two drafts' words must coincide to be one story: a share of all their words, and a number of them. */
const SAME_STORY = { jaccard: 0.35, words: 10 };
const sameStory = (shared: number, jaccard: number) => jaccard >= SAME_STORY.jaccard && shared >= SAME_STORY.words;

/** The words two drafts share, and as a share of all the words of both (Jaccard). */
function wordsInCommon(a: Features, b: Features): { shared: number; jaccard: number } {
  const shared = overlap(a.words, b.words);
  return { shared, jaccard: shared / Math.max(1, a.words.size + b.words.size - shared) };
}
/** Blocking keys per draft from its rarest words, so that two tellings of one story with no name, place or material meet. */
const STORY_KEYS = 3;
const STORY_KEY = 'word:';

/** Merge threshold: a named person and one more agreement, or material + outcome + specific details. */
const MERGE_AT = 4;

// ---------------------------------------------------------------------------

class Clusters {
  parent: number[];
  /** Members of each root, kept as clusters join: members() must not scan every draft (it is asked once per candidate pair). */
  private lists: number[][];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.lists = Array.from({ length: n }, (_, i) => [i]);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number) {
    const [x, y] = [this.find(a), this.find(b)].sort((p, q) => p - q);
    if (x === y) return;
    this.parent[y!] = x!;
    const into = this.lists[x!]!;
    for (const m of this.lists[y!]!) into.push(m);
    this.lists[y!] = [];
  }
  /** The members of i's cluster (in no particular order). */
  members(i: number): number[] {
    return this.lists[this.find(i)]!;
  }
}

const pairKey = (i: number, j: number) => (i < j ? `${i}:${j}` : `${j}:${i}`);

export function linkCases(drafts: CaseDraft[], judgements: Judgement[], options: LinkOptions = {}): Linked {
  const warnings: string[] = [];
  const ids = draftIds(drafts, options.earlier?.cases);
  const index = new Map(ids.map((id, i) => [id, i]));
  const feats = drafts.map((d, i) => draftFeatures(ids[i]!, d));
  const resolve = (id: string, j: Judgement): number | null => {
    const i = index.get(id);
    if (i === undefined) warnings.push(`judgement "${j.kind}: [${j.cases.join(', ')}]" names ${id}, which is no case of this build`);
    return i ?? null;
  };
  const forbidden = new Set<string>();
  for (const j of judgements.filter((x) => x.kind === 'split')) {
    const [a, b] = j.cases.map((id) => resolve(id, j));
    if (a != null && b != null) forbidden.add(pairKey(a, b));
  }

  const clusters = new Clusters(drafts.length);
  const canJoin = (i: number, j: number): boolean => {
    const mi = clusters.members(i);
    const mj = clusters.members(j);
    const joined = [...mi, ...mj];
    return mi.every((x) => mj.every((y) => !forbidden.has(pairKey(x, y)) && !standsApart(compareDrafts(feats[x]!, feats[y]!), joined, feats)));
  };
  // Strongest evidence first, ties by position: the result does not depend on the order of the blocks.
  for (const { i, j } of candidatePairs(feats, forbidden)) {
    if (clusters.find(i) !== clusters.find(j) && canJoin(i, j)) clusters.union(i, j);
  }
  for (const j of judgements.filter((x) => x.kind === 'merge')) {
    const [a, b] = j.cases.map((id) => resolve(id, j));
    if (a == null || b == null) continue;
    const blocked = clusters.members(a).some((x) => clusters.members(b).some((y) => forbidden.has(pairKey(x, y))));
    if (blocked) warnings.push(`judgement "merge: [${j.cases.join(', ')}]" contradicts a split judgement; kept apart`);
    else clusters.union(a, b);
  }
  const entityIds = entityIdMaker(options.earlier?.entities ?? new Set());
  return { ...casesOfClusters(drafts, ids, clusters, options.published ?? {}, entityIds), warnings };
}

/**
 * Whether a veto keeps two drafts of a cluster apart. Two reports that each name one person of a case (one the
 * aide, the other his co-defendant) are not of different people when a third report of the cluster names both:
 * co-defendants of one case are as often named apart as together.
 */
function standsApart(c: Comparison, cluster: number[], feats: Features[]): boolean {
  if (!c.veto) return false;
  if (!c.apart) return true;
  const [p, q] = c.apart;
  return !cluster.some((k) => {
    const names = feats[k]!.names;
    const first = names.findIndex((x) => samePerson(x, p));
    return first >= 0 && names.some((y, at) => at !== first && samePerson(y, q) && !samePerson(y, p));
  });
}

/**
 * Per draft, keys of its rarest words that some other draft shares (fewest drafts first, then alphabetical):
 * two tellings of one story share most words, so they share their rarest too. Only a draft with words enough
 * to be one story with another gets them.
 */
function storyKeys(feats: Features[]): string[][] {
  const drafts = new Map<string, number>();
  for (const f of feats) for (const w of f.words) drafts.set(w, (drafts.get(w) ?? 0) + 1);
  return feats.map((f) => {
    if (f.words.size < SAME_STORY.words) return [];
    const shared = [...f.words].filter((w) => drafts.get(w)! >= 2);
    shared.sort((x, y) => drafts.get(x)! - drafts.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
    return shared.slice(0, STORY_KEYS).map((w) => `${STORY_KEY}${w}`);
  });
}

/** Pairs worth joining, strongest first: drafts that share a blocking key and whose evidence clears the threshold. */
function candidatePairs(feats: Features[], forbidden: Set<string>): Array<{ i: number; j: number; score: number }> {
  // Candidate pairs from blocks only; a huge block (a common surname) says nothing and is skipped.
  const blocks = new Map<string, number[]>();
  const rareWords = storyKeys(feats);
  feats.forEach((f, i) => {
    for (const key of [...blockingKeys(f), ...rareWords[i]!]) {
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
  });
  const candidates = new Map<string, { i: number; j: number; score: number }>();
  for (const [block, members] of blocks) {
    if (members.length < 2 || members.length > 50) continue;
    // A block of words is there to find one story told twice: other pairs in it are no candidates of its own.
    const storyOnly = block.startsWith(STORY_KEY);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        const key = pairKey(i, j);
        if (candidates.has(key) || forbidden.has(key)) continue;
        if (storyOnly) {
          const { shared, jaccard } = wordsInCommon(feats[i]!, feats[j]!);
          if (!sameStory(shared, jaccard)) continue;
        }
        const c = compareDrafts(feats[i]!, feats[j]!);
        if (!c.veto && c.specific && c.score >= MERGE_AT) candidates.set(key, { i, j, score: c.score });
      }
    }
  }
  return [...candidates.values()].sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
}

/** One case per cluster, under the id of its earliest report; the other ids redirect to it. */
function casesOfClusters(
  drafts: CaseDraft[],
  ids: string[],
  clusters: Clusters,
  published: Record<string, string | null | undefined>,
  entityIds: EntityIds,
): Omit<Linked, 'warnings'> {
  const groups = new Map<number, number[]>();
  drafts.forEach((_, i) => {
    const root = clusters.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  const cases: Case[] = [];
  const redirects: Redirect[] = [];
  const entities = new Map<string, Entity>();
  for (const members of groups.values()) {
    const ordered = [...members].sort((x, y) => {
      const dx = published[drafts[x]!.article] ?? '9999';
      const dy = published[drafts[y]!.article] ?? '9999';
      return dx < dy ? -1 : dx > dy ? 1 : ids[x]! < ids[y]! ? -1 : 1;
    });
    const id = ids[ordered[0]!]!;
    for (const other of ordered.slice(1)) redirects.push({ from: ids[other]!, to: id });
    cases.push(
      buildCase(
        id,
        ordered.map((i) => drafts[i]!),
        entities,
        entityIds,
      ),
    );
  }
  cases.sort((a, b) => (a.id < b.id ? -1 : 1));
  redirects.sort((a, b) => (a.from < b.from ? -1 : 1));
  return { cases, entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), redirects };
}

function addEntity(entities: Map<string, Entity>, entity: Entity) {
  const known = entities.get(entity.id);
  if (!known) {
    entities.set(entity.id, { ...entity, aliases: [...new Set(entity.aliases)].filter((a) => a !== entity.name) });
    return;
  }
  known.aliases = [...new Set([...known.aliases, ...entity.aliases, entity.name])].filter((a) => a !== known.name);
}

function buildCase(id: string, drafts: CaseDraft[], entities: Map<string, Entity>, entityIds: EntityIds): Case {
  const first = drafts[0]!;
  const roles: Case['roles'] = [];
  const facts: Case['facts'] = [];
  const people: string[] = [];
  // People of the merged reports: "Ma" in one and "Ma Xiaolei" in another are one person.
  const persons: Array<{ name: string; aliases: Set<string> }> = [];
  for (const d of drafts) {
    for (const p of d.people) {
      // A report may give other names of the person ("Jinchao Wei" beside 魏金超): any of them finds them.
      const names = [p.name, ...(p.aliases ?? [])];
      let person = persons.find((x) => names.some((n) => samePerson(x.name, n) || [...x.aliases].some((a) => samePerson(a, n))));
      if (!person) persons.push((person = { name: p.name, aliases: new Set() }));
      if (p.name.length > person.name.length) {
        person.aliases.add(person.name);
        person.name = p.name;
      } else if (p.name !== person.name) person.aliases.add(p.name);
      for (const a of p.aliases ?? []) if (a !== person.name) person.aliases.add(a);
    }
  }
  for (const person of persons) {
    const entityId = entityIds.person(person.name, id);
    people.push(entityId);
    addEntity(entities, { id: entityId, name: person.name, kind: 'person', aliases: [...person.aliases, ...shortForms(person.name)] });
  }
  const personOf = (name: string) => persons.find((x) => x.name === name || x.aliases.has(name) || samePerson(x.name, name))!;
  const organisations: string[] = [];
  const places: string[] = [];
  for (const d of drafts) {
    for (const p of d.people) {
      const entity = entityIds.person(personOf(p.name).name, id);
      const source = { article: d.article, paragraph: p.paragraph };
      roles.push({ entity, role: p.role, source });
      facts.push({ field: `person:${entity}`, value: p.name, source });
    }
    for (const o of d.organisations) {
      const entity = entityIds.organisation(o.name);
      if (!organisations.includes(entity)) organisations.push(entity);
      addEntity(entities, { id: entity, name: o.name, kind: 'organisation', aliases: organisationAliases(o.name) });
      facts.push({ field: `organisation:${entity}`, value: o.name, source: { article: d.article, paragraph: o.paragraph } });
    }
    for (const p of d.places) {
      const entity = entityIds.place(p.name);
      if (!places.includes(entity)) places.push(entity);
      addEntity(entities, { id: entity, name: p.name, kind: 'place', aliases: [] });
      facts.push({ field: `place:${entity}`, value: p.name, source: { article: d.article, paragraph: p.paragraph } });
    }
    for (const t of d.topics) facts.push({ field: `topic:${t.kind}/${t.topic}`, value: t.evidence, source: { article: d.article, paragraph: t.paragraph } });
    for (const m of d.namedMaterials ?? []) facts.push({ field: MATERIAL_FACT, value: m.name, source: { article: d.article, paragraph: m.paragraph } });
    if (d.outcome?.source) facts.push({ field: `outcome:${d.outcome.kind}`, value: d.outcome.text ?? d.outcome.kind, source: d.outcome.source });
  }
  const outcome = drafts
    .map((d) => d.outcome)
    .filter((o): o is Outcome => !!o)
    .reduce<Outcome | null>((best, o) => (!best || OUTCOME_RANK[o.kind] > OUTCOME_RANK[best.kind] ? o : best), null);
  const events = drafts.flatMap((d) => d.events);
  const seenEvents = new Set<string>();
  return {
    id,
    title: first.title,
    summary: first.summary,
    dramatization: first.dramatization,
    people,
    organisations,
    places,
    topics: [...new Set(drafts.flatMap((d) => d.topics.map((t) => t.topic)))],
    outcome,
    events: events.filter((e) => {
      const key = `${e.date}|${e.kind}|${e.label}`;
      if (seenEvents.has(key)) return false;
      seenEvents.add(key);
      return true;
    }),
    sources: drafts.map((d) => ({ article: d.article, paragraphs: d.paragraphs })),
    roles,
    facts,
    assertedBy: drafts.map((d) => d.assertedBy).find((a) => a) ?? null,
    background: drafts.flatMap((d) => d.background.map((paragraph) => ({ article: d.article, paragraph }))),
    backgroundEvents: drafts.flatMap((d) => d.backgroundEvents),
    // Read after linking, from the text of the reports (src/extract/compare), which a draft does not carry.
    disagreements: [],
  };
}
