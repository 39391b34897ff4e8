/**
 * Shapes that pass between the extraction stages inside one ingest run
 * (read -> clean -> metadata -> cases -> link). The published shapes live in
 * schema.ts; these are the drafts before ids are assigned across articles.
 */
import type { Article, CaseEvent, Outcome, Paragraph, PartialDate, RemovedLine, TopicKind } from './schema.ts';

export interface CleanResult {
  /** Body paragraphs in reading order, lines broken mid-sentence rejoined. */
  paragraphs: string[];
  removed: RemovedLine[];
  /** The headline if the page showed one (often repeated at the top). */
  headline: string | null;
  /** Lines the metadata stage wants to see even though they are not body (datelines, bylines...). */
  metaLines: string[];
  /** Subheadings removed from the body, each with the index of the paragraph it heads. */
  sections?: Array<{ heading: string; paragraph: number }>;
  /** What an HTML page's <head> says about itself (title, site name, author, date). */
  pageMeta?: PageMeta | null;
}

export interface Metadata {
  title: string;
  outlet: string | null;
  byline: string | null;
  published: PartialDate | null;
  language: string;
  provenance: Record<string, 'front-matter' | 'text' | 'url' | 'none'>;
  warnings: string[];
}

/** An article once its paragraphs have ids; cases are found in this. */
export type ArticleDraft = Omit<Article, 'cases'> & { paragraphs: Paragraph[] };

export interface Mention {
  name: string;
  paragraph: string;
}

export interface PersonMention extends Mention {
  role: 'suspect' | 'recruiter' | 'informant' | 'official' | 'expert' | 'other';
  /** Other names the report gives the person: "Jinchao Wei" beside 魏金超, "Patrick Wei" beside "Jinchao Wei". */
  aliases?: string[];
}

export interface TopicMention {
  topic: string;
  kind: TopicKind;
  paragraph: string;
  /** The words that matched, for the reader ("why is this tagged gallium?"). */
  evidence: string;
}

export interface CaseDraft {
  /** Article id this case was read from. */
  article: string;
  /** 1-based position of the case within its article. */
  index: number;
  title: string;
  summary: string;
  dramatization: boolean;
  paragraphs: string[];
  people: PersonMention[];
  organisations: Mention[];
  places: Mention[];
  topics: TopicMention[];
  /** What was taken, as the report names it ("172 photos and 22 videos"), each with the paragraph that names it. */
  namedMaterials?: Mention[];
  outcome: Outcome | null;
  events: CaseEvent[];
  assertedBy: string | null;
  /** Ids of the article's paragraphs that give the case's context (policy, history, the material's uses): never cited for a fact. */
  background: string[];
  /** Dates the context gives (when an export rule began): the background's, never the case's date. */
  backgroundEvents: CaseEvent[];
  /**
   * A Chinese report's headline, when the case is the report's only one and the headline did not become its
   * title: the report's own words for it, still compared with other reports' words when cases are linked.
   */
  headline?: string;
}

/** One taxonomy entry, as kept in content/topics/*.mdx front matter. */
export interface TaxonomyEntry {
  id: string;
  kind: TopicKind;
  label: string;
  description: string;
  /** Case-insensitive regular expressions (source text) that signal the topic. */
  patterns: string[];
  /** File the entry came from, for error messages. */
  file: string;
}

export interface Judgement {
  kind: 'merge' | 'split';
  cases: [string, string];
  reason: string;
}

/** What an HTML seed's head says about the page (title, site name, author, date), where it says it. */
export interface PageMeta {
  title: string | null;
  headline: string | null;
  siteName: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
}
