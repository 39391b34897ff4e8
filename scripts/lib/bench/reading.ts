/**
 * How well ingest read the synthetic corpus, against the truth the generator
 * knows: which pool cases each article reports, in order. Speed work must not
 * trade away the reading, so the bench prints this beside the timings.
 *
 * - cases per article: articles where ingest found as many cases as the
 *   article reports (fewer = cases missed or run together, more = split);
 * - linking: over the case mentions of those articles (the k-th case found in
 *   an article is its k-th reported case), the pairs of mentions of one true
 *   case that ended up in one case (recall) and the pairs put in one case that
 *   are one true case (precision). Counted from a contingency table, not over
 *   all pairs, so it stays linear at 10,000 articles.
 */
export interface ReadingQuality {
  articles: number;
  exact: number;
  fewer: number;
  more: number;
  mentions: number;
  precision: number;
  recall: number;
}

interface DatasetSlice {
  articles: Array<{ id: string; seed: string }>;
  cases: Array<{ id: string; sources: Array<{ article: string; paragraphs: string[] }> }>;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** `truth`: seed file name -> pool indices of the cases the article reports, in order. */
export function readingQuality(truth: ReadonlyMap<string, readonly number[]>, dataset: DatasetSlice): ReadingQuality {
  const fileOf = new Map(dataset.articles.map((a) => [a.id, a.seed.split('/').pop()!]));
  const found = new Map<string, Array<{ first: number; caseId: string }>>();
  for (const c of dataset.cases) {
    for (const s of c.sources) {
      const first = Math.min(...s.paragraphs.map((p) => Number(p.replace(/^p/, ''))));
      const list = found.get(s.article) ?? [];
      list.push({ first, caseId: c.id });
      found.set(s.article, list);
    }
  }
  let exact = 0;
  let fewer = 0;
  let more = 0;
  const cell = new Map<string, number>();
  const byTruth = new Map<number, number>();
  const byCase = new Map<string, number>();
  let mentions = 0;
  for (const a of dataset.articles) {
    const reported = truth.get(fileOf.get(a.id)!) ?? [];
    const list = (found.get(a.id) ?? []).sort((x, y) => x.first - y.first);
    if (list.length < reported.length) fewer++;
    else if (list.length > reported.length) more++;
    else {
      exact++;
      list.forEach((m, k) => {
        const t = reported[k]!;
        const key = `${t}\u0000${m.caseId}`;
        cell.set(key, (cell.get(key) ?? 0) + 1);
        byTruth.set(t, (byTruth.get(t) ?? 0) + 1);
        byCase.set(m.caseId, (byCase.get(m.caseId) ?? 0) + 1);
        mentions++;
      });
    }
  }
  const together = [...cell.values()].reduce((n, v) => n + pairs(v), 0);
  const linked = [...byCase.values()].reduce((n, v) => n + pairs(v), 0);
  const same = [...byTruth.values()].reduce((n, v) => n + pairs(v), 0);
  return {
    articles: dataset.articles.length,
    exact,
    fewer,
    more,
    mentions,
    precision: linked ? together / linked : 1,
    recall: same ? together / same : 1,
  };
}
