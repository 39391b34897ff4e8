/**
 * Labels before a publication date: "Published: Nov 04, 2024 12:19 PM",
 * "Updated 3 hours ago", "发布时间：2025-04-15", "更新時間：2024/11/05",
 * "Issued on 12.03.2025". Grouped by what the date they label means.
 */
import { alternation } from './regex.ts';

/** Chinese verbs of publishing: "出版", "发布" alone or as the label "出版時間", "发布日期" (publication time, date). */
const ZH_PUBLISHED_VERBS = ['出版', '發佈', '發布', '发布', '刊出'] as const;
/** "时间", "日期": the noun a Chinese label adds to its verb, in both scripts. */
const ZH_TIME_NOUNS = ['时间', '時間', '日期'] as const;
const zhLabels = (verbs: readonly string[]) => [...verbs, ...verbs.flatMap((v) => ZH_TIME_NOUNS.map((n) => v + n))];

/** The date the article first appeared. */
export const PUBLISHED_LABELS = [
  'published',
  'first published',
  'posted',
  'issued',
  'issued on',
  'release time',
  'publication date',
  'published date',
  ...zhLabels(ZH_PUBLISHED_VERBS),
] as const;

/** A later revision: never the publication date when a published one is given. */
/** "Modified Date: 11:57 | 03 December 2024", "最後更新:04月13日 09:54". */
export const UPDATED_LABELS = [
  'updated',
  'last updated',
  // "🕒 Last Update 12 Dec 2024": the noun for the verb.
  'last update',
  // "Update:2012-12-24 09:41:21  Source:…": the noun alone, as English pages of Chinese sites label it.
  'update',
  'update time',
  'modified',
  'modified date',
  'updated date',
  'last modified',
  ...zhLabels(['更新']).slice(1),
  '最後更新',
  '最后更新',
] as const;

/** A date of unstated meaning: "Date: 2024-11-04", "时间：...". */
export const PLAIN_DATE_LABELS = ['date', 'time', '日期', '时间', '時間'] as const;

export const DATE_LABELS: readonly string[] = [...PUBLISHED_LABELS, ...UPDATED_LABELS, ...PLAIN_DATE_LABELS];

/** Labels that may open a line without a colon: "Published on 4 November 2024". */
export const BARE_DATE_LABELS = ['published', 'updated', 'posted', 'issued'] as const;

export const DATE_LABEL_PATTERN = alternation(DATE_LABELS);

const UPDATED = new Set<string>(UPDATED_LABELS);
const PUBLISHED = new Set<string>(PUBLISHED_LABELS);

/** What a label says its date is. */
export function labelMeaning(label: string): 'published' | 'updated' | 'date' {
  const l = label.toLowerCase();
  return UPDATED.has(l) ? 'updated' : PUBLISHED.has(l) ? 'published' : 'date';
}
