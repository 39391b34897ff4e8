/** The counts behind the explore page's pictures: cases over time, cases per topic kind, and two kinds crossed. */
import type { PartialDate, TopicKind } from '../model/schema.ts';
import { pushTo } from '../util/collections.ts';
import { KIND_LABELS, MONTH_NAMES, TOPIC_KINDS } from './labels.ts';
import type { SiteModel, TopicData } from './site-model.ts';

/**
 * Cases per month (or per year when the span is long) of first report;
 * undated cases counted apart. Dramatizations are not cases: none is counted.
 */
export function casesOverTime(model: SiteModel): { bins: Array<{ id: string; label: string; count: number }>; undated: number; unit: 'month' | 'year' } {
  const dated = model.reported.map((c) => model.firstReported.get(c.id)).filter((d): d is PartialDate => !!d);
  const undated = model.reported.length - dated.length;
  if (!dated.length) return { bins: [], undated, unit: 'year' };
  const years = dated.map((d) => Number(d.date.slice(0, 4)));
  const min = Math.min(...years);
  const max = Math.max(...years);
  const monthly = max - min <= 2 && dated.every((d) => d.precision !== 'year');
  const bins: Array<{ id: string; label: string; count: number }> = [];
  if (monthly) {
    const firstMonth = dated.map((d) => d.date.slice(0, 7)).sort()[0]!;
    const lastMonth = dated
      .map((d) => d.date.slice(0, 7))
      .sort()
      .at(-1)!;
    let [y, m] = firstMonth.split('-').map(Number) as [number, number];
    for (;;) {
      const id = `${y}-${String(m).padStart(2, '0')}`;
      bins.push({ id, label: `${MONTH_NAMES[m - 1]!.slice(0, 3)} ${y}`, count: dated.filter((d) => d.date.startsWith(id)).length });
      if (id === lastMonth) break;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
  } else {
    for (let y = min; y <= max; y++) bins.push({ id: String(y), label: String(y), count: years.filter((v) => v === y).length });
  }
  return { bins, undated, unit: monthly ? 'month' : 'year' };
}

/** How many cases (dramatizations not counted) carry at least one topic of each kind. */
export function casesByKind(model: SiteModel): Array<{ kind: TopicKind; label: string; count: number }> {
  return TOPIC_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind].many,
    count: model.reported.filter((c) => c.topics.some((t) => model.topic.get(t)?.kind === kind)).length,
  }));
}

export interface MatrixData {
  rowKind: TopicKind;
  colKind: TopicKind;
  rows: TopicData[];
  cols: TopicData[];
  /** `${row}|${col}` -> case ids */
  cells: Map<string, string[]>;
}

/** Cases (not dramatizations) at the crossing of two topic kinds (e.g. recruitment channel x sector); only rows and columns with a case. */
export function topicMatrix(model: SiteModel, rowKind: TopicKind, colKind: TopicKind): MatrixData {
  const cells = new Map<string, string[]>();
  const rowIds = new Set<string>();
  const colIds = new Set<string>();
  for (const c of model.reported) {
    const rs = c.topics.filter((t) => model.topic.get(t)?.kind === rowKind);
    const cs = c.topics.filter((t) => model.topic.get(t)?.kind === colKind);
    for (const r of new Set(rs))
      for (const col of new Set(cs)) {
        const key = `${r}|${col}`;
        pushTo(cells, key, c.id);
        rowIds.add(r);
        colIds.add(col);
      }
  }
  const byLabel = (ids: Set<string>) => [...ids].map((id) => model.topic.get(id)!).sort((a, b) => a.label.localeCompare(b.label));
  return { rowKind, colKind, rows: byLabel(rowIds), cols: byLabel(colIds), cells };
}
