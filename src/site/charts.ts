/**
 * Build-time chart geometry. These functions only compute coordinates; the
 * chart components render them as inline SVG with Astro expressions (so every
 * label is escaped), and no chart code ever runs in the browser.
 */

export interface Datum {
  id: string;
  label: string;
  value: number;
  href?: string;
}

/** Round steps (1, 2, 5 x 10^n) from 0 to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const integerStep = Math.max(1, Math.ceil(step));
  const ticks: number[] = [];
  for (let v = 0; v < max + integerStep; v += integerStep) {
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}

export interface HBar extends Datum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value label goes. */
  valueX: number;
  textY: number;
}
export interface HBarChart {
  width: number;
  height: number;
  labelWidth: number;
  bars: HBar[];
}

/** Horizontal bars with labels on the left and values at the bar ends. */
export function horizontalBars(data: readonly Datum[], opts: { width?: number; labelWidth?: number; barHeight?: number; gap?: number } = {}): HBarChart {
  const width = opts.width ?? 480;
  const labelWidth = opts.labelWidth ?? 170;
  const barHeight = opts.barHeight ?? 22;
  const gap = opts.gap ?? 10;
  const plot = width - labelWidth - 40;
  const max = Math.max(1, ...data.map((d) => d.value));
  const bars = data.map((d, i) => {
    const y = i * (barHeight + gap);
    const w = d.value === 0 ? 0 : Math.max(2, (d.value / max) * plot);
    return { ...d, x: labelWidth, y, width: round(w), height: barHeight, valueX: round(labelWidth + w + 6), textY: round(y + barHeight / 2 + 5) };
  });
  return { width, height: Math.max(0, data.length * (barHeight + gap) - gap), labelWidth, bars };
}

export interface Column extends Datum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Show the category label under this column (thinned when there are many). */
  showLabel: boolean;
  centerX: number;
}
export interface ColumnChart {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  left: number;
  right: number;
  columns: Column[];
  ticks: Array<{ value: number; y: number }>;
}

/** Vertical columns (e.g. cases per month) with a y axis of round ticks. */
export function columns(data: readonly Datum[], opts: { width?: number; height?: number } = {}): ColumnChart {
  const width = opts.width ?? 480;
  const height = opts.height ?? 220;
  const left = 34;
  const right = width - 8;
  const plotTop = 12;
  const plotBottom = height - 34;
  const ticks = niceTicks(Math.max(1, ...data.map((d) => d.value)));
  const top = ticks.at(-1)!;
  const slot = data.length ? (right - left) / data.length : 0;
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const every = Math.max(1, Math.ceil(data.length / 8));
  const scale = (v: number) => plotBottom - (v / top) * (plotBottom - plotTop);
  return {
    width,
    height,
    plotTop,
    plotBottom,
    left,
    right,
    columns: data.map((d, i) => {
      const cx = left + slot * i + slot / 2;
      const y = scale(d.value);
      return {
        ...d,
        x: round(cx - barWidth / 2),
        y: round(y),
        width: round(barWidth),
        height: round(plotBottom - y),
        centerX: round(cx),
        showLabel: i % every === 0 || i === data.length - 1,
      };
    }),
    ticks: ticks.map((value) => ({ value, y: round(scale(value)) })),
  };
}

export interface MatrixCell {
  row: string;
  col: string;
  value: number;
  x: number;
  y: number;
  size: number;
  /** 0..1, for the fill strength. */
  level: number;
  href?: string;
}
export interface MatrixChart {
  width: number;
  height: number;
  rowLabels: Array<{ id: string; label: string; y: number }>;
  colLabels: Array<{ id: string; label: string; x: number; y: number }>;
  cells: MatrixCell[];
  left: number;
  top: number;
  size: number;
}

/** A grid of rows x columns; empty crossings are kept (as blank cells) so the eye can scan. */
export function matrix(
  rows: ReadonlyArray<{ id: string; label: string }>,
  cols: ReadonlyArray<{ id: string; label: string }>,
  value: (row: string, col: string) => number,
  href: (row: string, col: string) => string | undefined,
  opts: { size?: number; rowLabelWidth?: number; colLabelHeight?: number } = {},
): MatrixChart {
  const size = opts.size ?? 34;
  // Room for the labels: row labels on the left, column labels rotated 50 degrees above,
  // estimated from their length (about 7.2 px per character at 13 px).
  const charWidth = 7.2;
  const longest = (xs: ReadonlyArray<{ label: string }>) => Math.max(0, ...xs.map((x) => x.label.length)) * charWidth;
  const left = opts.rowLabelWidth ?? Math.ceil(longest(rows) + 14);
  const top = opts.colLabelHeight ?? Math.ceil(longest(cols) * Math.sin((50 * Math.PI) / 180) + 16);
  // Rotated column labels reach right of their column: keep the rightmost reach inside the picture.
  const reach = Math.max(0, ...cols.map((c, j) => left + j * size + size / 2 + 5 + c.label.length * charWidth * Math.cos((50 * Math.PI) / 180)));
  const max = Math.max(1, ...rows.flatMap((r) => cols.map((c) => value(r.id, c.id))));
  const cells: MatrixCell[] = [];
  rows.forEach((r, i) =>
    cols.forEach((c, j) => {
      const v = value(r.id, c.id);
      cells.push({ row: r.id, col: c.id, value: v, x: left + j * size, y: top + i * size, size, level: v / max, href: v ? href(r.id, c.id) : undefined });
    }),
  );
  return {
    width: Math.ceil(Math.max(left + cols.length * size + 8, opts.colLabelHeight ? 0 : reach + 8)),
    height: top + rows.length * size + 4,
    rowLabels: rows.map((r, i) => ({ id: r.id, label: r.label, y: top + i * size + size / 2 + 5 })),
    colLabels: cols.map((c, j) => ({ id: c.id, label: c.label, x: left + j * size + size / 2 + 5, y: top - 8 })),
    cells,
    left,
    top,
    size,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
