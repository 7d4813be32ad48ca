// ADR 0035: statements sent without the ORM run on the interactive transaction's own connection —
// same role, same tenant settings, same uncommitted rows, same rollback — on either back end, and
// come back typed as PGlite types them (dates at midnight UTC, int8 as numbers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.js';
import { asSystem, inScope, sendsRawToDriver, sqlRows } from '../src/index.js';
import { createTestDatabase } from '../src/testing/test-database.js';
import type { TestDatabase } from '../src/testing/test-database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword: async (p) => `plain:${p}`, now: new Date('2026-11-01T00:00:00Z') } });
});
afterAll(async () => t.drop());

const scope = { kind: 'municipality', municipalityCode: '082031' } as const;

describe('raw statements in a scoped transaction', () => {
  it('run on the transaction’s connection, as its role and tenant', async () => {
    const seen = await inScope(t.db, scope, async (tx) => {
      expect(sendsRawToDriver(tx)).toBe(true);
      return sqlRows<{ who: string; tenant: string }>(tx, Prisma.sql`SELECT current_user AS who, current_setting('app.municipality') AS tenant`);
    });
    expect(seen).toEqual([{ who: 'kasane_app', tenant: '082031' }]);
    const system = await asSystem(t.db, async (tx) => sqlRows<{ who: string }>(tx, Prisma.sql`SELECT current_user AS who`));
    expect(system).toEqual([{ who: 'kasane_system' }]);
  });

  it('see the transaction’s own uncommitted rows and roll back with it', async () => {
    const household = await asSystem(t.db, (tx) => tx.household.findFirstOrThrow({ where: { municipalityCode: '082031' }, select: { id: true, address: true } }));
    await expect(
      inScope(t.db, scope, async (tx) => {
        await tx.household.update({ where: { id: household.id }, data: { address: '書き換え中' } });
        const [row] = await sqlRows<{ address: string }>(tx, Prisma.sql`SELECT address FROM "Household" WHERE id = ${household.id}::uuid`);
        expect(row?.address).toBe('書き換え中');
        await sqlRows(tx, Prisma.sql`UPDATE "Household" SET address = '生で書き換え' WHERE id = ${household.id}::uuid`);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const after = await asSystem(t.db, (tx) => tx.household.findUniqueOrThrow({ where: { id: household.id }, select: { address: true } }));
    expect(after.address).toBe(household.address);
  });

  it('keep each concurrent transaction on its own connection', async () => {
    const codes = ['082031', '082015', '082031', '082015', '082031', '082015'];
    const seen = await Promise.all(
      codes.map((code) => inScope(t.db, { kind: 'municipality', municipalityCode: code }, async (tx) => {
        await new Promise((r) => setTimeout(r, 5));
        const [row] = await sqlRows<{ tenant: string }>(tx, Prisma.sql`SELECT current_setting('app.municipality') AS tenant`);
        return row?.tenant;
      })),
    );
    expect(seen).toEqual(codes);
  });

  it('type dates, timestamps and int8 alike on both back ends', async () => {
    const [row] = await asSystem(t.db, (tx) =>
      sqlRows<{ d: Date; ts: Date; n: number; big: bigint | number; j: { a: number } }>(
        tx,
        Prisma.sql`SELECT '1986-02-14'::date AS d, ${new Date('2026-11-30T01:02:03.004Z')}::timestamptz AS ts, 42::int8 AS n, 9007199254740993::int8 AS big, '{"a":1}'::jsonb AS j`,
      ),
    );
    expect(row?.d.toISOString()).toBe('1986-02-14T00:00:00.000Z');
    expect(row?.ts.toISOString()).toBe('2026-11-30T01:02:03.004Z');
    expect(row?.n).toBe(42);
    expect(row?.big).toBe(9007199254740993n);
    expect(row?.j).toEqual({ a: 1 });
  });

  it('go through the ORM for a transaction client it did not open', async () => {
    const rows = await t.db.prisma.$transaction(async (tx) => {
      expect(sendsRawToDriver(tx)).toBe(false);
      return sqlRows<{ one: number }>(tx, Prisma.sql`SELECT 1::int AS one`);
    });
    expect(rows).toEqual([{ one: 1 }]);
  });
});

describe('an SQL-only transaction (no ORM)', () => {
  it('runs as the scope’s role and tenant, and commits', async () => {
    const household = await asSystem(t.db, (tx) => tx.household.findFirstOrThrow({ where: { municipalityCode: '082031' }, select: { id: true, address: true } }));
    const seen = await inScope(
      t.db,
      scope,
      async (tx) => {
        expect(sendsRawToDriver(tx)).toBe(true);
        await sqlRows(tx, Prisma.sql`UPDATE "Household" SET address = ${`${household.address}（確認済）`} WHERE id = ${household.id}::uuid`);
        return sqlRows<{ who: string; tenant: string }>(tx, Prisma.sql`SELECT current_user AS who, current_setting('app.municipality') AS tenant`);
      },
      { sqlOnly: true },
    );
    expect(seen).toEqual([{ who: 'kasane_app', tenant: '082031' }]);
    const after = await asSystem(t.db, (tx) => tx.household.findUniqueOrThrow({ where: { id: household.id }, select: { address: true } }));
    expect(after.address).toBe(`${household.address}（確認済）`);
  });

  it('rolls back everything on a failure, and the connection serves the next transaction', async () => {
    const household = await asSystem(t.db, (tx) => tx.household.findFirstOrThrow({ where: { municipalityCode: '082031' }, select: { id: true, address: true } }));
    await expect(
      inScope(
        t.db,
        scope,
        async (tx) => {
          await sqlRows(tx, Prisma.sql`UPDATE "Household" SET address = '消えるはず' WHERE id = ${household.id}::uuid`);
          await sqlRows(tx, Prisma.sql`SELECT 1 / 0`);
        },
        { sqlOnly: true },
      ),
    ).rejects.toThrow();
    const after = await asSystem(t.db, (tx) => tx.household.findUniqueOrThrow({ where: { id: household.id }, select: { address: true } }));
    expect(after.address).toBe(household.address);
    // every pooled connection is usable again (none left inside an aborted transaction)
    const tenants = await Promise.all(Array.from({ length: 12 }, () => inScope(t.db, scope, (tx) => sqlRows<{ tenant: string }>(tx, Prisma.sql`SELECT current_setting('app.municipality') AS tenant`), { sqlOnly: true })));
    expect(tenants.flat()).toEqual(Array.from({ length: 12 }, () => ({ tenant: '082031' })));
  });

  it('keeps row-level security: another municipality’s rows are not there', async () => {
    const other = await asSystem(t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: { not: '082031' } }, select: { id: true } }));
    const rows = await inScope(t.db, scope, (tx) => sqlRows(tx, Prisma.sql`SELECT id FROM "Person" WHERE id = ${other.id}::uuid`), { sqlOnly: true });
    expect(rows).toEqual([]);
  });

  it('refuses the ORM loudly', async () => {
    await expect(inScope(t.db, scope, async (tx) => tx.person.count(), { sqlOnly: true })).rejects.toThrow(/without the ORM/);
  });
});

