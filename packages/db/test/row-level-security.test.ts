import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, inScope } from '../src/index.js';
import { createTestDatabase } from '../src/testing/test-database.js';
import type { TestDatabase } from '../src/testing/test-database.js';

const tsuchiura = '082031';
const koga = '082040';
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword: async (p) => `plain:${p}`, now: new Date('2026-11-01T00:00:00Z') } });
});
afterAll(async () => t.drop());

describe('row-level security (defence in depth behind the API)', () => {
  it('covers every table that carries a municipality code', async () => {
    const rows = await t.db.prisma.$queryRaw<{ table: string; rls: boolean; policies: bigint }[]>`
      SELECT c.relname AS table, c.relrowsecurity AS rls,
             (SELECT count(*) FROM pg_policies p WHERE p.tablename = c.relname) AS policies
      FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE a.attname = 'municipalityCode' AND c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`;
    // Public facts keyed by municipality, not data owned by it.
    const publicTables = new Set(['MunicipalityProgramStatus']);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows.filter((r) => !publicTables.has(r.table))) {
      expect({ table: row.table, rls: row.rls, hasPolicy: row.policies > 0n }).toEqual({ table: row.table, rls: true, hasPolicy: true });
    }
  });

  it('shows a request only its own municipality', async () => {
    const counts = await inScope(t.db, { kind: 'municipality', municipalityCode: tsuchiura }, async (tx) => {
      const people = await tx.person.findMany({ select: { municipalityCode: true } });
      return { codes: new Set(people.map((p) => p.municipalityCode)), n: people.length };
    });
    expect(counts.n).toBeGreaterThan(0);
    expect([...counts.codes]).toEqual([tsuchiura]);
  });

  it('shows a staff request nothing when no municipality is set', async () => {
    const n = await inScope(t.db, { kind: 'municipality', municipalityCode: '' }, (tx) => tx.person.count());
    expect(n).toBe(0);
  });

  it('refuses a write into another municipality', async () => {
    const household = await asSystem(t.db, (tx) => tx.household.findFirstOrThrow({ where: { municipalityCode: koga } }));
    await expect(
      inScope(t.db, { kind: 'municipality', municipalityCode: tsuchiura }, (tx) =>
        tx.household.create({ data: { municipalityCode: koga, address: '見本町' } }),
      ),
    ).rejects.toThrow();
    const updated = await inScope(t.db, { kind: 'municipality', municipalityCode: tsuchiura }, (tx) =>
      tx.household.updateMany({ where: { id: household.id }, data: { note: 'x' } }),
    );
    expect(updated.count).toBe(0);
  });

  it('lets a prefecture read no tenant rows at all (counts through functions: database-roles.test.ts)', async () => {
    await expect(inScope(t.db, { kind: 'prefecture', prefectureCode: '080004' }, (tx) => tx.consultation.count())).rejects.toThrow(/permission denied/);
    await expect(inScope(t.db, { kind: 'prefecture', prefectureCode: '080004' }, (tx) => tx.person.count())).rejects.toThrow(/permission denied/);
  });

  it('does not leak settings past the transaction', async () => {
    await inScope(t.db, { kind: 'municipality', municipalityCode: tsuchiura }, (tx) => tx.person.count());
    const rows = await t.db.prisma.$queryRaw<{ m: string | null; role: string }[]>`SELECT current_setting('app.municipality', true) AS m, current_user AS role`;
    expect(rows[0]?.m ?? '').toBe('');
    expect(['kasane_app', 'kasane_public', 'kasane_prefecture', 'kasane_system']).not.toContain(rows[0]?.role);
  });
});
