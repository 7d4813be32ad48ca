import { fraction, mul, sub } from '../src/funding/fraction.js';
import type { Fraction } from '../src/funding/fraction.js';
import type { SuppressedTable } from '../src/suppression/suppress-table.js';

/**
 * An attacker's view of a published table: every row and column (totals included) is a linear equation.
 * Returns the suppressed positions (as "r,c" of the full grid, totals at index R / C) whose value the
 * published figures determine uniquely — found by exact Gaussian elimination over the rationals.
 */
export const recoverableEntries = (t: SuppressedTable): string[] => {
  const R = t.cells.length;
  const C = t.cells[0]?.length ?? 0;
  const grid: (number | null)[][] = t.cells.map((row, r) => [...row, t.rowTotals[r] ?? null]);
  grid.push([...t.columnTotals, t.grandTotal]);
  const unknowns: string[] = [];
  const index = new Map<string, number>();
  grid.forEach((row, r) => row.forEach((v, c) => {
    if (v === null) {
      index.set(`${r},${c}`, unknowns.length);
      unknowns.push(`${r},${c}`);
    }
  }));
  const n = unknowns.length;
  if (n === 0) return [];
  const equations: Fraction[][] = [];
  const line = (entries: { r: number; c: number; sign: number }[]): void => {
    const coeffs: Fraction[] = Array.from({ length: n }, () => fraction(0));
    let touched = false;
    for (const { r, c, sign } of entries) {
      const k = index.get(`${r},${c}`);
      if (k !== undefined) {
        coeffs[k] = fraction(sign);
        touched = true;
      }
    }
    if (touched) equations.push(coeffs);
  };
  for (let r = 0; r <= R; r += 1) line([...Array.from({ length: C }, (_, c) => ({ r, c, sign: 1 })), { r, c: C, sign: -1 }]);
  for (let c = 0; c <= C; c += 1) line([...Array.from({ length: R }, (_, r) => ({ r, c, sign: 1 })), { r: R, c, sign: -1 }]);

  // Reduced row echelon form.
  const m = equations;
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < n && row < m.length; col += 1) {
    const p = m.findIndex((eq, i) => i >= row && (eq[col]?.num ?? 0n) !== 0n);
    if (p === -1) continue;
    [m[row], m[p]] = [m[p] ?? [], m[row] ?? []];
    const pr = m[row] ?? [];
    const pv = pr[col] ?? fraction(1);
    for (let j = 0; j < n; j += 1) pr[j] = mul(pr[j] ?? fraction(0), { num: pv.den, den: pv.num < 0n ? -pv.num : pv.num }) ;
    if (pv.num < 0n) for (let j = 0; j < n; j += 1) pr[j] = mul(pr[j] ?? fraction(0), fraction(-1));
    for (let i = 0; i < m.length; i += 1) {
      if (i === row) continue;
      const f = m[i]?.[col] ?? fraction(0);
      if (f.num === 0n) continue;
      for (let j = 0; j < n; j += 1) (m[i] ?? [])[j] = sub(m[i]?.[j] ?? fraction(0), mul(f, pr[j] ?? fraction(0)));
    }
    pivots.push(col);
    row += 1;
  }
  const determined: string[] = [];
  pivots.forEach((col, i) => {
    const eq = m[i] ?? [];
    if (eq.every((v, j) => j === col || v.num === 0n)) determined.push(unknowns[col] ?? '');
  });
  return determined;
};
