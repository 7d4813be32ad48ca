import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { recoverableEntries } from '../../test/recover.js';
import { suppressCounts, suppressTable } from './suppress-table.js';
import type { SuppressedTable } from './suppress-table.js';

const run = (rows: number[][], threshold?: number): SuppressedTable => {
  const r = suppressTable(threshold === undefined ? { rows } : { rows, threshold });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('suppressTable (SPEC §7)', () => {
  it('publishes a table with no small counts as is, with totals', () => {
    expect(run([[10, 20], [30, 0]])).toEqual({ cells: [[10, 20], [30, 0]], rowTotals: [30, 30], columnTotals: [40, 20], grandTotal: 60, threshold: 5 });
  });

  it('suppresses 1..4 and a complement in the same row and column, so no cell can be worked back', () => {
    const t = run([[2, 10, 12], [8, 9, 20], [15, 11, 6]]);
    expect(t.cells[0]?.[0]).toBeNull();
    expect(t.cells.flat().filter((v) => v === null).length).toBeGreaterThanOrEqual(4);
    expect(recoverableEntries(t)).toEqual([]);
  });

  it('does not suppress zeros (a 0 describes nobody)', () => {
    const t = run([[0, 10], [10, 10]]);
    expect(t.cells).toEqual([[0, 10], [10, 10]]);
  });

  it('suppresses a small total too', () => {
    const t = run([[1, 0, 2], [20, 30, 40]]);
    expect(t.rowTotals[0]).toBeNull();
    expect(recoverableEntries(t)).toEqual([]);
  });

  it('a tiny village table hides everything that would identify', () => {
    const t = run([[3]]);
    expect(t).toMatchObject({ cells: [[null]], rowTotals: [null], columnTotals: [null], grandTotal: null });
  });

  it('breaks a bridge that the "two per line" rule alone would leave', () => {
    // Two blocks of small cells joined through one row: every line has two hidden cells, yet the joining cell
    // would be recoverable from totals without the bridge rule.
    const t = run([
      [1, 1, 50, 50],
      [1, 1, 1, 50],
      [50, 50, 1, 1],
      [50, 50, 1, 1],
    ]);
    expect(recoverableEntries(t)).toEqual([]);
  });

  it('the checker catches what "two per line" alone would leave (a bridge between two blocks)', () => {
    const h = null;
    const naive: SuppressedTable = {
      cells: [[h, h, 50, 50], [h, h, h, 50], [50, 50, h, h], [50, 50, h, h]],
      rowTotals: [102, 103, 102, 102],
      columnTotals: [102, 102, 103, 102],
      grandTotal: 409,
      threshold: 5,
    };
    expect(recoverableEntries(naive)).toEqual(['1,2']);
    expect(recoverableEntries({ ...naive, cells: [[h, 1, 50, 50], [1, 1, 1, 50], [50, 50, 1, 1], [50, 50, 1, 1]] })).toEqual(['0,0']);
  });

  it('the threshold is configurable but never below 3', () => {
    expect(run([[3, 10], [10, 10]], 3).cells[0]?.[0]).toBe(3);
    expect(suppressTable({ rows: [[1]], threshold: 2 }).ok).toBe(false);
    expect(suppressTable({ rows: [[1]], threshold: 4.5 }).ok).toBe(false);
  });

  it('refuses malformed input', () => {
    expect(suppressTable({ rows: [] }).ok).toBe(false);
    expect(suppressTable({ rows: [[]] }).ok).toBe(false);
    expect(suppressTable({ rows: [[1, 2], [3]] }).ok).toBe(false);
    expect(suppressTable({ rows: [[-1]] }).ok).toBe(false);
    expect(suppressTable({ rows: [[1.5]] }).ok).toBe(false);
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 5 }).chain((c) => fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: c, maxLength: c }), { minLength: 1, maxLength: 5 })),
      fc.integer({ min: 3, max: 7 }),
    ],
    { numRuns: 400 },
  )('never leaves a recoverable cell; hides every small count; shows everything else truthfully', (rows, threshold) => {
    const t = run(rows, threshold);
    expect(recoverableEntries(t)).toEqual([]);
    const R = rows.length;
    const C = rows[0]?.length ?? 0;
    const full = rows.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
    full.push(Array.from({ length: C + 1 }, (_, c) => full.reduce((a, r) => a + (r[c] ?? 0), 0)));
    const shown = t.cells.map((r, i) => [...r, t.rowTotals[i] ?? null]);
    shown.push([...t.columnTotals, t.grandTotal]);
    for (let r = 0; r <= R; r += 1) {
      for (let c = 0; c <= C; c += 1) {
        const v = full[r]?.[c] ?? 0;
        const s = shown[r]?.[c];
        if (v >= 1 && v < threshold) expect(s).toBeNull();
        if (s !== null) expect(s).toBe(v);
      }
    }
    // Every line with a hidden entry has at least two.
    for (let r = 0; r <= R; r += 1) expect((shown[r] ?? []).filter((v) => v === null).length).not.toBe(1);
    for (let c = 0; c <= C; c += 1) expect(shown.filter((row) => row[c] === null).length).not.toBe(1);
  });
});

describe('suppressCounts', () => {
  it('suppresses a single list and its total where needed', () => {
    const r = suppressCounts({ 土浦: 120, 新治: 2, 都和: 30 });
    // 2 is small; the complement is the smallest other non-zero count (30), so 2 cannot be worked back from the total.
    expect(r).toEqual({ ok: true, value: { counts: { 土浦: 120, 新治: null, 都和: null }, total: 152 } });
  });
  it('leaves a list without small counts alone', () => {
    expect(suppressCounts({ a: 10, b: 0 })).toEqual({ ok: true, value: { counts: { a: 10, b: 0 }, total: 10 } });
  });
  it('passes threshold errors through', () => {
    expect(suppressCounts({ a: 1 }, 1).ok).toBe(false);
  });
});
