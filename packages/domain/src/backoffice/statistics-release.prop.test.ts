// Issue #11 item 8: an attacker holding every release a prefecture user can see, with all their totals,
// tries to recover each suppressed cell exactly. A value is recoverable exactly when its unit vector lies
// in the row space of the published linear equations (sums of rows and columns), solved over the rationals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStatisticsRelease, statisticsFamilies } from './statistics-release.js';
import type { ReleaseInput, StatisticsRelease } from './statistics-release.js';
import type { ReportFigure } from './report-metrics.js';

type Equation = Map<string, bigint>;

/** The published sums of a release as equations over named values; a published value is fixed by its own equation. */
function equationsOf(release: StatisticsRelease): { equations: { terms: Equation; known: boolean }[]; hidden: string[] } {
  const equations: { terms: Equation; known: boolean }[] = [];
  const hidden: string[] = [];
  const name = (...parts: (string | number)[]) => [release.fiscalYear, ...parts].join('|');
  const note = (id: string, value: number | null | undefined) => {
    if (value === undefined) return;
    if (value === null) hidden.push(id);
    else equations.push({ terms: new Map([[id, 1n]]), known: true });
  };
  for (const t of release.tables) {
    const cell = (code: string, c: number) => name(t.family, code, t.columns[c]?.key ?? '');
    t.rows.forEach((r) => r.cells.forEach((v, c) => note(cell(r.municipalityCode, c), v)));
    t.columnTotals.forEach((v, c) => {
      note(name(t.family, 'total', c), v);
      equations.push({ terms: new Map([...t.rows.map((r): [string, bigint] => [cell(r.municipalityCode, c), 1n]), [name(t.family, 'total', c), -1n]]), known: false });
    });
    if (t.grandTotal === undefined) continue;
    note(name(t.family, 'grand'), t.grandTotal);
    t.rows.forEach((r) => {
      note(name(t.family, r.municipalityCode, 'rowTotal'), r.total);
      equations.push({ terms: new Map([...t.columns.map((_, c): [string, bigint] => [cell(r.municipalityCode, c), 1n]), [name(t.family, r.municipalityCode, 'rowTotal'), -1n]]), known: false });
    });
    equations.push({ terms: new Map([...t.columns.map((_, c): [string, bigint] => [name(t.family, 'total', c), 1n]), [name(t.family, 'grand'), -1n]]), known: false });
  }
  return { equations, hidden };
}

/** Rank over the rationals by fraction-free elimination. */
function rank(rows: bigint[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c += 1) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p === -1) continue;
    [m[r], m[p]] = [m[p] as bigint[], m[r] as bigint[]];
    const pivot = m[r] as bigint[];
    for (let i = 0; i < m.length; i += 1) {
      const row = m[i] as bigint[];
      if (i === r || row[c] === 0n) continue;
      const f = row[c] as bigint;
      const pv = pivot[c] as bigint;
      m[i] = row.map((v, k) => v * pv - (pivot[k] as bigint) * f);
    }
    r += 1;
  }
  return r;
}

/** The hidden values an attacker can pin down from all the releases together. */
function recoverable(releases: StatisticsRelease[]): string[] {
  const all = releases.map(equationsOf);
  const hidden = [...new Set(all.flatMap((a) => a.hidden))];
  const known = new Set(all.flatMap((a) => a.equations.filter((e) => e.known).flatMap((e) => [...e.terms.keys()])));
  const unknown = hidden.filter((h) => !known.has(h));
  const index = new Map(unknown.map((h, i) => [h, i]));
  // substitute the published values: keep only the unknown part of each sum
  const rows = all
    .flatMap((a) => a.equations.filter((e) => !e.known))
    .map((e) => unknown.map((h) => e.terms.get(h) ?? 0n))
    .filter((row) => row.some((v) => v !== 0n));
  const base = rank(rows);
  return unknown.filter((h) => rank([...rows, unknown.map((_, i) => (i === index.get(h) ? 1n : 0n))]) === base);
}

const figuresArb = fc.array(
  fc.record({ family: fc.constantFrom(...statisticsFamilies), column: fc.nat(30), value: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })) }),
  { maxLength: 14 },
).map((raw): ReportFigure[] => {
  const out = new Map<string, ReportFigure>();
  for (const r of raw) {
    const key = r.family.columns[r.column % r.family.columns.length] ?? '';
    const f = r.family.metric ? { metric: r.family.metric, key, value: r.value } : { metric: key, key: '', value: r.value };
    out.set(`${f.metric}|${f.key}`, f);
  }
  return [...out.values()];
});

const codes = ['082015', '082023', '082031', '082040', '082058'];
const yearArb = fc.record({
  threshold: fc.integer({ min: 3, max: 6 }),
  municipalities: fc.subarray(codes, { minLength: 1 }).chain((cs) => fc.tuple(...cs.map((code) => figuresArb.map((figures) => ({ code, figures }))))),
});

const build = (fiscalYear: number, y: { threshold: number; municipalities: ReleaseInput['municipalities'] }): StatisticsRelease => {
  const r = buildStatisticsRelease({ fiscalYear, ...y });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('statistics releases cannot be differenced (issue #11 item 8)', () => {
  it('recovers no suppressed cell from any pair of releases and their totals', () => {
    fc.assert(
      fc.property(fc.array(yearArb, { minLength: 2, maxLength: 3 }), (years) => {
        const releases = years.map((y, i) => build(2022 + i, y));
        for (let i = 0; i < releases.length; i += 1) {
          for (let j = i; j < releases.length; j += 1) {
            const pair = i === j ? [releases[i] as StatisticsRelease] : [releases[i] as StatisticsRelease, releases[j] as StatisticsRelease];
            expect(recoverable(pair)).toEqual([]);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the attacker does find a cell when the same year is released twice as figures arrive (why one frozen release per year)', () => {
    const small = [{ metric: 'coordination.new', key: '', value: 2 }];
    const big = [{ metric: 'coordination.new', key: '', value: 30 }];
    const first = build(2025, { threshold: 5, municipalities: [{ code: '082031', figures: big }, { code: '082040', figures: big }] });
    const second = build(2025, { threshold: 5, municipalities: [{ code: '082031', figures: big }, { code: '082040', figures: big }, { code: '082015', figures: small }] });
    expect(second.tables.find((t) => t.family === 'activity')?.rows.find((r) => r.municipalityCode === '082015')?.cells[0]).toBeNull();
    expect(recoverable([first, second])).toContain('2025|activity|082015|coordination.new');
  });
});
