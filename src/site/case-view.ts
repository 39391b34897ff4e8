/**
 * A case page's facts panel: one row per kind of fact (who, what, how, where,
 * when, outcome, law), each value with the numbers of the paragraphs it was
 * read from; and the line saying who disclosed the case and who reported it.
 */
import { type Case, MATERIAL_FACT, type PartialDate, type SourceRef, type TopicKind } from '../model/schema.ts';
import { type DifferenceRow, differenceDrafts } from './case-differences.ts';
import { clip, formatDate } from './format.ts';
import { OUTCOME_LABELS, ROLE_LABELS } from './labels.ts';
import { paragraphNumber, paragraphText } from './paragraphs.ts';
import { dateKey, earliest } from './report-dates.ts';
import type { ArticleData, SiteModel, TopicData } from './site-model.ts';

export interface Citation {
  n: number;
  article: string;
  paragraph: string;
  text: string | null;
  /** Words of the paragraph the fact was read from, to highlight. */
  evidence: string[];
}
export interface PanelValue {
  text: string;
  href?: string;
  note?: string;
  cites: number[];
}
export interface PanelRow {
  key: string;
  label: string;
  values: PanelValue[];
}
export interface CaseView {
  rows: PanelRow[];
  /** Facts the reports state differently, each version citing its paragraph (empty when they agree). */
  differences: DifferenceRow[];
  citations: Citation[];
  /** Source articles in reading order: earliest first. */
  sources: CaseSource[];
  firstReported: PartialDate | null;
  outlets: string[];
}
type CaseSource = { article: ArticleData | null; id: string; paragraphs: string[] };

export interface CaseHrefs {
  topic(id: string): string;
  entity(id: string): string;
  article(id: string): string;
}

/** A panel value before citations are numbered: `keys` name the cited paragraphs (`article#paragraph`). */
type DraftValue = Omit<PanelValue, 'cites'> & { keys: string[] };
interface DraftRow {
  key: string;
  label: string;
  values: DraftValue[];
}
interface CitedParagraph {
  ref: SourceRef;
  evidence: Set<string>;
}
/** Records that a value cites `ref` (with the words read from it); returns the paragraph's key, or null without a reference. */
export type Cite = (ref: SourceRef | null | undefined, evidence?: string | null) => string | null;

/** What every row builder reads: the case, the model, where links go, and the citation recorder. */
interface PanelContext {
  model: SiteModel;
  c: Case;
  hrefs: CaseHrefs;
  cite: Cite;
}

const isKey = (k: string | null): k is string => !!k;

/** The facts panel and its numbered citations (one per distinct paragraph cited). */
export function caseView(model: SiteModel, c: Case, hrefs: CaseHrefs): CaseView {
  const sources = sourcesInReadingOrder(model, c);
  const first = earliest(sources.map((s) => s.article?.published));
  const { cited, cite } = citationRecorder();
  const rows = panelRows({ model, c, hrefs, cite }, first);
  const differences = differenceDrafts(model, c, cite);
  const { citations, numberOf } = numberCitations(model, cited, sources);
  const outlets = [...new Set(sources.map((s) => s.article?.outlet).filter((o): o is string => !!o))];
  return {
    rows: rows.map((r) => ({
      key: r.key,
      label: r.label,
      values: r.values.map(({ keys, ...v }) => ({ ...v, cites: [...new Set(keys.map((k) => numberOf.get(k)!))].sort((a, b) => a - b) })),
    })),
    differences: differences.map((d) => ({ ...d, versions: d.versions.map(({ key, ...v }) => ({ ...v, cite: numberOf.get(key)! })) })),
    citations,
    sources,
    firstReported: first,
    outlets,
  };
}

/** The case's source articles, earliest first (undated last, then by id). */
function sourcesInReadingOrder(model: SiteModel, c: Case): CaseSource[] {
  return c.sources
    .map((s) => ({ id: s.article, article: model.article.get(s.article) ?? null, paragraphs: s.paragraphs }))
    .sort((a, b) => dateKey(a.article?.published).localeCompare(dateKey(b.article?.published)) || a.id.localeCompare(b.id));
}

/** Collects the distinct paragraphs the panel cites, in the order first cited, with the evidence read from each. */
function citationRecorder(): { cited: Map<string, CitedParagraph>; cite: Cite } {
  const cited = new Map<string, CitedParagraph>();
  const cite: Cite = (ref, evidence) => {
    if (!ref) return null;
    const key = `${ref.article}#${ref.paragraph}`;
    let entry = cited.get(key);
    if (!entry) cited.set(key, (entry = { ref, evidence: new Set() }));
    if (evidence && evidence.trim()) entry.evidence.add(evidence.trim());
    return key;
  };
  return { cited, cite };
}

/** The panel's rows in the order shown; a row with no value is left out. Rows are built in this order, so citations are recorded in it too. */
function panelRows(ctx: PanelContext, first: PartialDate | null): DraftRow[] {
  const rows: DraftRow[] = [];
  const add = (key: string, label: string, values: DraftValue[]) => {
    if (values.length) rows.push({ key, label, values });
  };
  add('who', 'Who', whoValues(ctx));
  add(
    'organisations',
    'Organisations',
    ctx.c.organisations.map((o) => entityValue(ctx, 'organisation', o)),
  );
  add('targeted', 'What was targeted', topicValues(ctx, 'sector'));
  add('materials', 'Materials', [...topicValues(ctx, 'material'), ...materialPhraseValues(ctx)]);
  add('tactics', 'How', topicValues(ctx, 'tactic'));
  add('channel', 'Channel', topicValues(ctx, 'channel'));
  add('motive', 'Motive, as reported', topicValues(ctx, 'motive'));
  add(
    'where',
    'Where',
    ctx.c.places.map((p) => entityValue(ctx, 'place', p)),
  );
  add('when', 'When', whenValues(ctx, first));
  add('outcome', 'Outcome', outcomeValues(ctx));
  add('law', 'Law invoked', topicValues(ctx, 'law'));
  return rows;
}

/** Cites the first `limit` facts read for `field` (e.g. `person:<id>`), with the words read as evidence. */
function citeFacts({ c, cite }: PanelContext, field: string, limit: number): string[] {
  return c.facts
    .filter((f) => f.field === field)
    .slice(0, limit)
    .map((f) => cite(f.source, f.value))
    .filter(isKey);
}

/** An entity by name, linked when it has a page, citing where the sources name it (`prefix` is its kind in fact fields). */
function entityValue(ctx: PanelContext, prefix: 'person' | 'organisation' | 'place', id: string): DraftValue {
  const e = ctx.model.entity.get(id);
  return { text: e?.name ?? id, href: e ? ctx.hrefs.entity(id) : undefined, keys: citeFacts(ctx, `${prefix}:${id}`, 1) };
}

/**
 * Who: people with a role first (the role as a note), then the other people named. A person two reports give
 * different roles (a suspect in one, only named in the other) is listed once, with the roles the reports give
 * beyond "named".
 */
function whoValues(ctx: PanelContext): DraftValue[] {
  const { model, c, hrefs, cite } = ctx;
  const byPerson = new Map<string, typeof c.roles>();
  for (const r of c.roles) byPerson.set(r.entity, [...(byPerson.get(r.entity) ?? []), r]);
  const who: DraftValue[] = [];
  for (const [id, roles] of byPerson) {
    const e = model.entity.get(id);
    const keys = [...roles.map((r) => cite(r.source, e?.name)), ...citeFacts(ctx, `person:${id}`, 1)].filter(isKey);
    const specific = [...new Set(roles.map((r) => r.role))].filter((role) => role !== 'other');
    const note = (specific.length ? specific : ['other']).map((role) => ROLE_LABELS[role] ?? role).join(', ');
    who.push({ text: e?.name ?? id, href: e ? hrefs.entity(e.id) : undefined, note, keys: [...new Set(keys)] });
  }
  for (const p of c.people) if (!byPerson.has(p)) who.push(entityValue(ctx, 'person', p));
  return who;
}

/** The case's topics of one kind, by label, each citing up to two facts read for it. */
function topicValues(ctx: PanelContext, kind: TopicKind): DraftValue[] {
  return [...new Set(ctx.c.topics)]
    .map((t) => ctx.model.topic.get(t))
    .filter((t): t is TopicData => !!t && t.kind === kind)
    .map((t) => ({ text: t.label, href: ctx.hrefs.topic(t.id), keys: citeFacts(ctx, `topic:${kind}/${t.id}`, 2) }));
}

/** The most materials named in the reports' words a panel lists: what was taken, not every mention of it. */
const MAX_MATERIAL_PHRASES = 4;

/**
 * What was taken in the reports' words ("172 photos and 22 videos", "人事等機密檔案"), each once, citing where it
 * is named: the topic above says what kind of material, this says which. A list item starts with a capital; the
 * rest is as written.
 */
function materialPhraseValues({ c, cite }: PanelContext): DraftValue[] {
  const seen = new Set<string>();
  const out: DraftValue[] = [];
  for (const f of c.facts) {
    const key = f.value.toLowerCase();
    if (f.field !== MATERIAL_FACT || seen.has(key)) continue;
    seen.add(key);
    out.push({ text: f.value[0]!.toUpperCase() + f.value.slice(1), note: 'as reported', keys: [cite(f.source, f.value)].filter(isKey) });
    if (out.length === MAX_MATERIAL_PHRASES) break;
  }
  return out;
}

/** When: the case's events in date order, then when it was first reported. */
function whenValues({ c, cite }: PanelContext, first: PartialDate | null): DraftValue[] {
  const when: DraftValue[] = [...c.events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({
      text: formatDate({ date: e.date, precision: e.precision }),
      note: `${e.kind === 'event' ? '' : `${e.kind}: `}${clip(e.label, 110)}`,
      keys: [cite(e.source)].filter(isKey),
    }));
  when.push({ text: first ? `First reported ${formatDate(first)}` : 'Report date not stated', keys: [] });
  return when;
}

/** How the case ended, linked to its outcome topic when there is one; said plainly when the sources do not tell. */
function outcomeValues({ model, c, hrefs, cite }: PanelContext): DraftValue[] {
  if (!c.outcome || c.outcome.kind === 'unknown') return [{ text: 'Not stated in the sources', keys: [] }];
  return [
    {
      text: OUTCOME_LABELS[c.outcome.kind] ?? c.outcome.kind,
      href: model.topic.has(c.outcome.kind) ? hrefs.topic(c.outcome.kind) : undefined,
      note: c.outcome.text ?? undefined,
      keys: [cite(c.outcome.source, c.outcome.text)].filter(isKey),
    },
  ];
}

/** Numbers the cited paragraphs in reading order: source order, then paragraph order. */
function numberCitations(
  model: SiteModel,
  cited: ReadonlyMap<string, CitedParagraph>,
  sources: readonly CaseSource[],
): { citations: Citation[]; numberOf: Map<string, number> } {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const ordered = [...cited.entries()].sort(
    ([, a], [, b]) =>
      (order.get(a.ref.article) ?? 99) - (order.get(b.ref.article) ?? 99) || paragraphNumber(a.ref.paragraph) - paragraphNumber(b.ref.paragraph),
  );
  const numberOf = new Map(ordered.map(([key], i) => [key, i + 1]));
  const citations: Citation[] = ordered.map(([key, { ref, evidence }]) => ({
    n: numberOf.get(key)!,
    article: ref.article,
    paragraph: ref.paragraph,
    text: paragraphText(model, ref),
    evidence: [...evidence],
  }));
  return { citations, numberOf };
}

/** "According to X, as reported by A and B." */
export function attribution(assertedBy: string | null, outlets: readonly string[], reports = outlets.length): string {
  const unnamed = reports - outlets.length;
  const named = outlets.length === 1 ? outlets[0]! : `${outlets.slice(0, -1).join(', ')} and ${outlets.at(-1)}`;
  const list =
    outlets.length === 0
      ? reports > 1
        ? `${reports} news reports that do not name their outlet`
        : 'a news report that does not name its outlet'
      : unnamed > 0
        ? `${named}, and ${unnamed} report${unnamed === 1 ? '' : 's'} without a named outlet`
        : named;
  return assertedBy
    ? `According to the ${assertedBy.replace(/^the\s+/i, '')}, as reported by ${list}.`
    : `As reported by ${list}; the sources do not say who disclosed it.`;
}
