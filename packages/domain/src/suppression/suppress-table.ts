import { fail } from '../errors.js';
import { at } from '../internal/at.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
/** SPEC §7: configurable, never below 3. */
export const MIN_SUPPRESSION_THRESHOLD = 3;

export type SuppressedTable = {
  readonly cells: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly (number | null)[];
  readonly columnTotals: readonly (number | null)[];
  readonly grandTotal: number | null;
  readonly threshold: number;
};

type Entry = { readonly r: number; readonly c: number };

/**
 * Small-cell suppression for statistics leaving a municipality (SPEC §7).
 *
 * The table is handled with its margins as one (R+1)×(C+1) grid: row totals are column C, column totals
 * row R, the grand total the corner. Every line of that grid is a linear equation an outsider knows.
 *
 * - Primary: any count 1..threshold−1, totals included (a small total is itself a small count).
 *   Zero is NOT suppressed: a 0 describes nobody, and villages' tables are mostly zeros; hiding them
 *   would hide the whole table. Zeros are still used as complements when nothing else is left.
 * - Complementary, to a fixed point: (1) every line holding a suppressed entry holds at least two;
 *   (2) no suppressed entry is a bridge of the bipartite graph lines↔entries, because an entry is
 *   determined by the published values exactly when it lies on no cycle of suppressed entries
 *   (two blocks joined by one entry satisfy rule 1 and still give that entry away).
 *   Complements are the smallest non-zero cells first, so little is hidden and each hides someone.
 */
export const suppressTable = (input: { readonly rows: readonly (readonly number[])[]; readonly threshold?: number }): Result<SuppressedTable> => {
  const threshold = input.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < MIN_SUPPRESSION_THRESHOLD) {
    return fail('VALIDATION', { threshold }, `秘匿の基準値は${MIN_SUPPRESSION_THRESHOLD}以上の整数にしてください。`);
  }
  const rows = input.rows;
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0 || rows.some((r) => r.length !== width)) {
    return fail('VALIDATION', undefined, '表は1行以上・1列以上で、各行の列数をそろえてください。');
  }
  if (rows.some((r) => r.some((v) => !Number.isSafeInteger(v) || v < 0))) {
    return fail('VALIDATION', undefined, '件数は0以上の整数で入力してください。');
  }

  const R = rows.length;
  const C = width;
  // Full grid with margins: row totals in column C, column totals in row R.
  const grid: number[][] = rows.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  grid.push(Array.from({ length: C + 1 }, (_, c) => grid.reduce((a, r) => a + at(r, c), 0)));
  const value = (e: Entry): number => at(at(grid, e.r), e.c);

  const hidden = new Set<string>();
  const key = (e: Entry): string => `${e.r},${e.c}`;
  const isHidden = (e: Entry): boolean => hidden.has(key(e));
  const hide = (e: Entry): void => {
    hidden.add(key(e));
  };
  const entries: Entry[] = grid.flatMap((row, r) => row.map((_, c) => ({ r, c })));
  for (const e of entries) if (value(e) >= 1 && value(e) < threshold) hide(e);

  // Every row and every column of the full grid is a line an outsider can sum.
  const lines: Entry[][] = [
    ...grid.map((row, r) => row.map((_, c) => ({ r, c }))),
    ...Array.from({ length: C + 1 }, (_, c) => grid.map((_, r) => ({ r, c }))),
  ];

  // Preference for a complement: interior before margins, non-zero before zero, small before large.
  const cost = (e: Entry): number[] => [e.r === R || e.c === C ? 1 : 0, value(e) === 0 ? 1 : 0, value(e), e.r, e.c];
  const cheaper = (a: Entry, b: Entry): Entry => {
    const [x, y] = [cost(a), cost(b)];
    const i = x.findIndex((v, k) => v !== at(y, k));
    return i !== -1 && at(y, i) < at(x, i) ? b : a;
  };
  const cheapest = (candidates: readonly Entry[]): Entry | undefined =>
    candidates.length === 0 ? undefined : candidates.reduce(cheaper);

  const fixLines = (): boolean => {
    let changed = false;
    for (const line of lines) {
      if (line.filter(isHidden).length !== 1) continue;
      // A line has at least two entries (one cell and its total), so a complement always exists.
      hide(cheapest(line.filter((e) => !isHidden(e))) as Entry);
      changed = true;
    }
    return changed;
  };

  const fixBridge = (): boolean => {
    const side = bridgeSides(R, C, isHidden);
    if (side === undefined) return false;
    // Join the two sides of the bridge with one more hidden entry so the bridge lies on a cycle. Once every
    // line has two hidden entries, each side has a row and a column, so a joining entry always exists.
    const across = entries.filter((e) => !isHidden(e) && side.row(e.r) !== undefined && side.col(e.c) !== undefined && side.row(e.r) !== side.col(e.c));
    hide(cheapest(across) as Entry);
    return true;
  };

  do {
    while (fixLines()) {
      // until every line holding a hidden entry holds at least two
    }
  } while (fixBridge());

  const shown = (r: number, c: number): number | null => (isHidden({ r, c }) ? null : value({ r, c }));
  return ok({
    cells: rows.map((row, r) => row.map((_, c) => shown(r, c))),
    rowTotals: rows.map((_, r) => shown(r, C)),
    columnTotals: Array.from({ length: C }, (_, c) => shown(R, c)),
    grandTotal: shown(R, C),
    threshold,
  });
};

type Sides = { readonly row: (r: number) => 0 | 1 | undefined; readonly col: (c: number) => 0 | 1 | undefined };

/**
 * Finds a bridge among the hidden entries (graph: lines are nodes, hidden entries edges; Tarjan's low-link)
 * and tells, for its component, on which side of the bridge each line lies.
 */
const bridgeSides = (R: number, C: number, isHidden: (e: Entry) => boolean): Sides | undefined => {
  const rowCount = R + 1;
  const nodeCount = rowCount + C + 1;
  const adj: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let r = 0; r < rowCount; r += 1) {
    for (let c = 0; c <= C; c += 1) {
      if (!isHidden({ r, c })) continue;
      at(adj, r).push(rowCount + c);
      at(adj, rowCount + c).push(r);
    }
  }
  const order = new Map<number, number>();
  const low = new Map<number, number>();
  let bridge: [number, number] | undefined;
  const visit = (u: number, parent: number): void => {
    order.set(u, order.size);
    low.set(u, order.size - 1);
    for (const v of at(adj, u)) {
      // One entry per row–column pair, so there are no parallel edges and skipping the parent edge is exact.
      if (v === parent) continue;
      const seen = order.get(v);
      if (seen === undefined) {
        visit(v, u);
        low.set(u, Math.min(low.get(u) as number, low.get(v) as number));
        if ((low.get(v) as number) > (order.get(u) as number)) bridge ??= [u, v];
      } else {
        low.set(u, Math.min(low.get(u) as number, seen));
      }
    }
  };
  for (let s = 0; s < nodeCount; s += 1) if (!order.has(s)) visit(s, -1);
  if (bridge === undefined) return undefined;

  const [a, b] = bridge;
  const side = new Map<number, 0 | 1>();
  const spread = (start: number, label: 0 | 1): void => {
    const stack = [start];
    side.set(start, label);
    for (let u = stack.pop(); u !== undefined; u = stack.pop()) {
      for (const v of at(adj, u)) {
        const crossesBridge = (u === a && v === b) || (u === b && v === a);
        if (!crossesBridge && !side.has(v)) {
          side.set(v, label);
          stack.push(v);
        }
      }
    }
  };
  spread(a, 0);
  spread(b, 1);
  return { row: (r) => side.get(r), col: (c) => side.get(rowCount + c) };
};

/** A single list of counts with its total (one row of a table). */
export const suppressCounts = <K extends string>(
  counts: Readonly<Record<K, number>>,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Result<{ readonly counts: Readonly<Record<K, number | null>>; readonly total: number | null }> => {
  const keys = Object.keys(counts) as K[];
  const table = suppressTable({ rows: [keys.map((k) => counts[k])], threshold });
  if (!table.ok) return table;
  const row = at(table.value.cells, 0);
  const out = {} as Record<K, number | null>;
  keys.forEach((k, i) => {
    out[k] = at(row, i);
  });
  return ok({ counts: out, total: at(table.value.rowTotals, 0) });
};
