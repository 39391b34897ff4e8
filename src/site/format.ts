/** Dates shown as precisely as the source states them, never more. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(value: { date: string; precision: 'year' | 'month' | 'day' } | null | undefined): string {
  if (!value) return 'date not stated';
  const [y, m, d] = value.date.split('-');
  if (value.precision === 'year' || !m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (value.precision === 'month' || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** Shorten text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max = 158): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
