/**
 * Labels before a publication date: "Published: Nov 04, 2024 12:19 PM",
 * "Updated 3 hours ago", "发布时间：2025-04-15", "更新時間：2024/11/05",
 * "Issued on 12.03.2025". Grouped by what the date they label means.
 */
import { alternation } from './regex.ts';

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
  '出版',
  '發佈',
  '发布',
  '刊出',
  '发布时间',
  '發佈時間',
  '發布時間',
] as const;

/** A later revision: never the publication date when a published one is given. */
/** "Modified Date: 11:57 | 03 December 2024", "最後更新:04月13日 09:54". */
export const UPDATED_LABELS = [
  'updated',
  'last updated',
  'modified',
  'modified date',
  'updated date',
  'last modified',
  '更新时间',
  '更新時間',
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
