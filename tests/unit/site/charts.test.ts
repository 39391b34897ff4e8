import { describe, expect, it } from 'vitest';
import { columns, horizontalBars, matrix, niceTicks } from '../../../src/site/charts.ts';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten and reaches the maximum', () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(42)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('horizontalBars', () => {
  it('scales bars to the largest value, keeps zero bars empty', () => {
    const chart = horizontalBars(
      [
        { id: 'a', label: 'A', value: 4 },
        { id: 'b', label: 'B', value: 2 },
        { id: 'c', label: 'C', value: 0 },
      ],
      { width: 400, labelWidth: 100 },
    );
    expect(chart.bars[0]!.width).toBe(260);
    expect(chart.bars[1]!.width).toBe(130);
    expect(chart.bars[2]!.width).toBe(0);
    expect(chart.bars[1]!.y).toBeGreaterThan(chart.bars[0]!.y);
    expect(chart.height).toBe(3 * 22 + 2 * 10);
  });
});

describe('columns', () => {
  it('puts taller columns higher, within the plot', () => {
    const chart = columns([
      { id: '1', label: 'Jan', value: 1 },
      { id: '2', label: 'Feb', value: 3 },
    ]);
    const [a, b] = chart.columns;
    expect(b!.height).toBeGreaterThan(a!.height);
    expect(a!.y + a!.height).toBeCloseTo(chart.plotBottom);
    expect(b!.y).toBeGreaterThanOrEqual(chart.plotTop);
    expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(3);
  });
  it('thins category labels when there are many columns', () => {
    const data = Array.from({ length: 24 }, (_, i) => ({ id: String(i), label: String(i), value: i % 3 }));
    const shown = columns(data).columns.filter((c) => c.showLabel).length;
    expect(shown).toBeLessThanOrEqual(10);
    expect(columns(data).columns.at(-1)!.showLabel).toBe(true);
  });
});

describe('matrix', () => {
  it('lays out every crossing and links only the filled ones', () => {
    const chart = matrix(
      [
        { id: 'r1', label: 'Row 1' },
        { id: 'r2', label: 'Row 2' },
      ],
      [{ id: 'c1', label: 'Col 1' }],
      (r) => (r === 'r1' ? 2 : 0),
      (r, c) => `#${r}-${c}`,
      { size: 30, rowLabelWidth: 100, colLabelHeight: 50 },
    );
    expect(chart.cells).toHaveLength(2);
    expect(chart.cells[0]).toMatchObject({ row: 'r1', col: 'c1', value: 2, x: 100, y: 50, level: 1, href: '#r1-c1' });
    expect(chart.cells[1]!.href).toBeUndefined();
    expect(chart.width).toBe(100 + 30 + 8);
  });
  it('makes room for long row and column labels', () => {
    const long = 'Online contact with a foreign agency';
    const chart = matrix(
      [{ id: 'r', label: long }],
      [{ id: 'c', label: long }],
      () => 1,
      () => '#x',
    );
    expect(chart.left).toBeGreaterThanOrEqual(long.length * 7);
    expect(chart.top).toBeGreaterThanOrEqual(long.length * 7 * Math.sin((50 * Math.PI) / 180));
    expect(chart.width).toBeGreaterThan(chart.left + chart.size + long.length * 7 * 0.6 - chart.size);
  });
});
