/**
 * The dataset contract (`casebook/1`). Every stage of the pipeline hands data
 * to the next in these shapes, and `casebook.json` is validated against them
 * before it is written. Field names are public API: add, never rename.
 */
import { z } from 'zod';

export const FORMAT = 'casebook/1' as const;

export const Precision = z.enum(['year', 'month', 'day']);
export type Precision = z.infer<typeof Precision>;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the precision says which. */
export const DateString = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const PartialDate = z.object({
  date: DateString,
  precision: Precision,
});
export type PartialDate = z.infer<typeof PartialDate>;

export const Paragraph = z.object({
  /** Stable within an article: `p1`, `p2`, ... in reading order of the cleaned body. */
  id: z.string().regex(/^p\d+$/),
  text: z.string().min(1),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const RemovedLine = z.object({
  text: z.string(),
  /** Short machine-readable reason, e.g. `navigation`, `related-articles`, `byline`. */
  reason: z.string(),
});
export type RemovedLine = z.infer<typeof RemovedLine>;

/** Where a value came from: front matter set by a contributor, or read from the text. */
export const Provenance = z.enum(['front-matter', 'text', 'url', 'none']);

export const SourceRef = z.object({
  article: z.string(),
  paragraph: z.string(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const Article = z.object({
  id: z.string(),
  /** Path of the seed file from the project root, with forward slashes. */
  seed: z.string(),
  title: z.string(),
  url: z.string().nullable().default(null),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  published: PartialDate.nullable(),
  language: z.string(),
  onTopic: z.boolean(),
  paragraphs: z.array(Paragraph),
  removed: z.array(RemovedLine),
  cases: z.array(z.string()),
  /** Which fields a contributor set in the seed's front matter (they win over the text). */
  provenance: z.record(z.string(), Provenance).default({}),
  warnings: z.array(z.string()).default([]),
});
export type Article = z.infer<typeof Article>;

export const PersonRole = z.enum(['suspect', 'recruiter', 'informant', 'official', 'expert', 'other']);

export const CasePerson = z.object({
  entity: z.string(),
  role: PersonRole,
  source: SourceRef,
});

export const CaseEvent = z.object({
  date: DateString,
  precision: Precision,
  label: z.string(),
  /**
   * What the date dates. `event`: the act itself (something that happened); `arrest`, `charge`, `trial`,
   * `sentence` (a verdict or ruling): the steps of the law that followed; `disclosure`: when it was made
   * public. The incident's date is that of its act, or of the arrest or charge when the text dates no act
   * (see `incidentEvents`); a trial, a verdict and a disclosure never date the incident.
   */
  kind: z.enum(['event', 'disclosure', 'sentence', 'arrest', 'charge', 'trial']).default('event'),
  source: SourceRef,
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const CaseSource = z.object({
  article: z.string(),
  paragraphs: z.array(z.string()),
});

export const Outcome = z.object({
  kind: z.enum(['arrested', 'sentenced', 'administrative-penalty', 'reported-by-target', 'intercepted', 'channel-cut-off', 'uncovered', 'unknown']),
  /** The words of the source, e.g. "sentenced to 2 years and 3 months in prison". */
  text: z.string().nullable(),
  source: SourceRef.nullable(),
});
export type Outcome = z.infer<typeof Outcome>;

/** The field of a fact that names what was taken as the report words it ("172 photos and 22 videos"). */
export const MATERIAL_FACT = 'material:as-reported';

export const Fact = z.object({
  /** e.g. `topic:material/gallium`, `person:xiao-jun`, MATERIAL_FACT. */
  field: z.string(),
  value: z.string(),
  source: SourceRef,
});

/** What two reports of a case can state differently: a prison term, a fine, a count, an amount, the date of an act. */
export const DisagreementFact = z.enum(['prison-term', 'fine', 'documents', 'material', 'arrest-date', 'sentence-date', 'seizure-date', 'penalty-date']);
export type DisagreementFact = z.infer<typeof DisagreementFact>;

/** One report's version of a fact: its words, one spelling of the value they state, and the paragraph. */
export const FactVersion = z.object({
  /** As written: "four years", "逾200份", "1.5 tonnes". */
  value: z.string(),
  /** The value in one spelling for every way of writing it: "4 years", "≥200 documents", "1500 kg", "CNY 50000", "2024-03". */
  normalised: z.string(),
  source: SourceRef,
});
export type FactVersion = z.infer<typeof FactVersion>;

/** Reports of one case that state a fact differently: each report's version, in the order of the case's sources. */
export const Disagreement = z.object({
  fact: DisagreementFact,
  versions: z.array(FactVersion).min(2),
});
export type Disagreement = z.infer<typeof Disagreement>;

export const Case = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  dramatization: z.boolean(),
  people: z.array(z.string()),
  organisations: z.array(z.string()),
  places: z.array(z.string()),
  topics: z.array(z.string()),
  outcome: Outcome.nullable(),
  events: z.array(CaseEvent),
  sources: z.array(CaseSource),
  /** People with their role in this case, with the paragraph that says so. */
  roles: z.array(CasePerson).default([]),
  /** Every extracted fact with the paragraph it came from. */
  facts: z.array(Fact).default([]),
  /** Who asserts the case (e.g. the Ministry of State Security), as the article attributes it. */
  assertedBy: z.string().nullable().default(null),
  /**
   * Paragraphs of the reports that give the case's context (the export rules, the material's uses, the
   * history between two states, how the statement was published): shown apart, never a fact of the case.
   */
  background: z.array(SourceRef).default([]),
  /** Dates the context gives ("In August 2023, the Ministry of Commerce imposed export restrictions"): never the case's date. */
  backgroundEvents: z.array(CaseEvent).default([]),
  /** Facts the case's reports state differently (a sentence of four years in one, five in another), each version with its paragraph. */
  disagreements: z.array(Disagreement).default([]),
});
export type Case = z.infer<typeof Case>;

export const TopicKind = z.enum(['tactic', 'channel', 'sector', 'material', 'motive', 'outcome', 'law']);
export type TopicKind = z.infer<typeof TopicKind>;

export const Topic = z.object({
  id: z.string(),
  label: z.string(),
  kind: TopicKind,
  description: z.string().default(''),
});
export type Topic = z.infer<typeof Topic>;

export const EntityKind = z.enum(['person', 'organisation', 'place']);
export type EntityKind = z.infer<typeof EntityKind>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  kind: EntityKind,
  aliases: z.array(z.string()),
});
export type Entity = z.infer<typeof Entity>;

export const Skipped = z.object({ seed: z.string(), reason: z.string() });

export const Dataset = z.object({
  format: z.literal(FORMAT),
  articles: z.array(Article),
  cases: z.array(Case),
  topics: z.array(Topic),
  entities: z.array(Entity),
  skipped: z.array(Skipped).default([]),
});
export type Dataset = z.infer<typeof Dataset>;
