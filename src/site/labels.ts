/** How the site names topic kinds, entity kinds, roles, outcomes and months, in headings and panels. */
import type { DisagreementFact, EntityKind, TopicKind } from '../model/schema.ts';

export const TOPIC_KINDS: readonly TopicKind[] = ['tactic', 'channel', 'sector', 'material', 'motive', 'outcome', 'law'];
export const KIND_LABELS: Record<TopicKind, { one: string; many: string; blurb: string }> = {
  tactic: { one: 'Tactic', many: 'Tactics', blurb: 'how it was done' },
  channel: { one: 'Channel', many: 'Recruitment channels', blurb: 'how people were approached' },
  sector: { one: 'Sector', many: 'Sectors', blurb: 'what was targeted' },
  material: { one: 'Material', many: 'Materials', blurb: 'what was taken or sought' },
  motive: { one: 'Motive', many: 'Motives', blurb: 'why, as reported' },
  outcome: { one: 'Outcome', many: 'Outcomes', blurb: 'how it ended' },
  law: { one: 'Law', many: 'Laws', blurb: 'what was invoked' },
};
export const ENTITY_LABELS: Record<EntityKind, string> = { person: 'Person', organisation: 'Organisation', place: 'Place' };
export const ROLE_LABELS: Record<string, string> = {
  suspect: 'suspect',
  recruiter: 'recruiter',
  informant: 'informant',
  official: 'official',
  expert: 'expert',
  other: 'named',
};
export const OUTCOME_LABELS: Record<string, string> = {
  arrested: 'Arrested',
  sentenced: 'Sentenced',
  'administrative-penalty': 'Administrative penalty',
  'reported-by-target': 'Reported by the person approached',
  intercepted: 'Intercepted',
  'channel-cut-off': 'Channel cut off',
  uncovered: 'Uncovered',
  unknown: 'Not stated',
};
/** What the reports of a case differ on, as the case page's "Where reports differ" names it. */
export const DISAGREEMENT_LABELS: Record<DisagreementFact, string> = {
  'prison-term': 'Prison term',
  fine: 'Fine',
  documents: 'Number of documents',
  material: 'Amount of material',
  'arrest-date': 'Date of arrest',
  'sentence-date': 'Date of sentence',
  'seizure-date': 'Date stopped or seized',
  'penalty-date': 'Date of penalty',
};

/** Month names for the timeline's headings; the charts use their first three letters. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
