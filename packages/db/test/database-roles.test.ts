// Least privilege in the database (issue #9, ADR 0019). Every refusal here is the database's own:
// the runtime login and the request roles own nothing, so they cannot switch the audit guard off,
// change a table, or rewrite the log; the portal and the prefecture cannot read personal rows.
// Runs on PGlite (the runtime login entered with SET ROLE) and, in CI, on PostgreSQL, where the
// whole suite connects as a runtime login of its own (createTestDatabase).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertRuntimeLoginConfined, asSystem, ensureRuntimeLogin, inScope, loginPrivileges } from '../src/index.js';
import { createTestDatabase } from '../src/testing/test-database.js';
import type { TestDatabase } from '../src/testing/test-database.js';

const tsuchiura = '082031';
const onServer = Boolean(process.env.KASANE_TEST_DATABASE_URL);
const pgliteRuntime = 'kasane_runtime';
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword: async (p) => `plain:${p}`, now: new Date('2026-11-01T00:00:00Z') } });
  // PGlite has one superuser session: the runtime login is a role entered with SET ROLE there.
  if (!onServer) await ensureRuntimeLogin(t.owner, `postgres://${pgliteRuntime}:not-used-by-pglite@localhost/kasane`);
});
afterAll(async () => t.drop());

type Who = 'runtime' | 'kasane_app' | 'kasane_public' | 'kasane_prefecture' | 'kasane_system';

/** Runs one statement as `who` with a municipality and prefecture set; returns the refusal, if any. */
async function attempt(who: Who, sql: string): Promise<string | null> {
  try {
    await t.db.prisma.$transaction(async (tx) => {
      const role = who === 'runtime' ? (onServer ? null : pgliteRuntime) : who;
      if (role) await tx.$executeRawUnsafe(`SET LOCAL ROLE ${role}`);
      await tx.$queryRaw`SELECT set_config('app.municipality', ${tsuchiura}, true), set_config('app.prefecture', '080004', true)`;
      await tx.$queryRawUnsafe(sql);
    });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

const everyone: Who[] = ['runtime', 'kasane_app', 'kasane_public', 'kasane_prefecture', 'kasane_system'];
const refused = /permission denied|must be owner/;

describe('no login or role of the server can switch the audit guard off or rewrite the log', () => {
  it.each(everyone)('%s cannot disable the audit triggers, ALTER or TRUNCATE', async (who) => {
    expect(await attempt(who, `ALTER TABLE "AuditEntry" DISABLE TRIGGER audit_no_update_delete`)).toMatch(refused);
    expect(await attempt(who, `ALTER TABLE "AuditEntry" DISABLE TRIGGER ALL`)).toMatch(refused);
    expect(await attempt(who, `ALTER TABLE "Person" ADD COLUMN leak text`)).toMatch(refused);
    expect(await attempt(who, `ALTER TABLE "Person" DISABLE ROW LEVEL SECURITY`)).toMatch(refused);
    expect(await attempt(who, `TRUNCATE "AuditEntry"`)).toMatch(refused);
    expect(await attempt(who, `TRUNCATE "Person" CASCADE`)).toMatch(refused);
  });

  it.each(everyone)('%s has no UPDATE, DELETE or INSERT on AuditEntry (not merely the trigger)', async (who) => {
    expect(await attempt(who, `UPDATE "AuditEntry" SET "recordId" = 'x'`)).toMatch(/permission denied/);
    expect(await attempt(who, `DELETE FROM "AuditEntry"`)).toMatch(/permission denied/);
    expect(await attempt(who, `INSERT INTO "AuditEntry" (seq, at, action, "recordType", "recordId", "legalBasis", "prevHash", hash) VALUES (-1, now(), 'x', 'x', 'x', 'x', 'x', 'x')`)).toMatch(/permission denied/);
  });

  it('the audit entries are still written through the append function', async () => {
    const before = await t.db.prisma.auditEntry.count();
    expect(await attempt('runtime', `SELECT kasane_append_audit(NULL, 'system', NULL, '${tsuchiura}', 'read', 'Test', 'x', 'test', NULL)`)).toBeNull();
    expect(await attempt('kasane_system', `SELECT kasane_append_audit(NULL, 'system', NULL, '${tsuchiura}', 'read', 'Test', 'x', 'test', NULL)`)).toBeNull();
    expect(await t.db.prisma.auditEntry.count()).toBe(before + 2);
  });
});

describe('kasane_public (the anonymous portal)', () => {
  it.each(['Person', 'Household', 'Consultation', 'Case', 'Consent', 'PortalRequest', 'User', 'Session', 'AuditEntry', 'Organisation'])('cannot read %s', async (table) => {
    expect(await attempt('kasane_public', `SELECT * FROM "${table}" LIMIT 1`)).toMatch(/permission denied/);
  });

  it('reads published community rows of the chosen municipality only', async () => {
    const counts = await inScope(t.db, { kind: 'public', municipalityCode: tsuchiura }, async (tx) => {
      const rows = await tx.$queryRaw<{ unpublished: bigint; elsewhere: bigint; shown: bigint }[]>`
        SELECT count(*) FILTER (WHERE NOT published) AS unpublished, count(*) FILTER (WHERE "municipalityCode" <> ${tsuchiura}) AS elsewhere, count(*) AS shown
        FROM "CommunityPlace"`;
      return rows[0];
    });
    const all = await asSystem(t.db, (tx) => tx.communityPlace.count({ where: { municipalityCode: tsuchiura, published: true } }));
    expect({ unpublished: Number(counts?.unpublished), elsewhere: Number(counts?.elsewhere), shown: Number(counts?.shown) }).toEqual({ unpublished: 0, elsewhere: 0, shown: all });
  });

  it('inserts a request into the chosen municipality, never another, and cannot change one', async () => {
    const insert = (code: string) =>
      `INSERT INTO "PortalRequest" (id, "municipalityCode", kind, reference, "contactMethod", "preferredTime", message, "doNotContactHome", area, "receivedAt", status)
       VALUES (gen_random_uuid(), '${code}', 'consultation', 'T-${code}', 'none', '', 'test', false, '', now(), 'new')`;
    expect(await attempt('kasane_public', insert(tsuchiura))).toBeNull();
    expect(await attempt('kasane_public', insert('082040'))).toMatch(/row-level security/);
    expect(await attempt('kasane_public', `UPDATE "PortalRequest" SET status = 'closed'`)).toMatch(/permission denied/);
    expect(await attempt('kasane_public', `DELETE FROM "PortalRequest"`)).toMatch(/permission denied/);
  });
});

describe('kasane_prefecture gets counts through functions only', () => {
  it.each(['Consultation', 'Case', 'Person', 'Household', 'Organisation', 'PartDelivery'])('cannot read %s', async (table) => {
    expect(await attempt('kasane_prefecture', `SELECT * FROM "${table}" LIMIT 1`)).toMatch(/permission denied/);
  });

  it('staff (kasane_app) with a prefecture set no longer read another municipality’s consultations', async () => {
    const rows = await inScope(t.db, { kind: 'municipality', municipalityCode: '' }, async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.prefecture', '080004', true)`;
      return tx.consultation.count();
    });
    expect(rows).toBe(0);
  });

  it('counts its own municipalities only, whatever prefecture it names', async () => {
    const own = await inScope(t.db, { kind: 'prefecture', prefectureCode: '080004' }, (tx) =>
      tx.$queryRaw<{ municipalityCode: string; n: bigint }[]>`SELECT * FROM kasane_prefecture_organisation_counts()`,
    );
    const expected = await asSystem(t.db, (tx) => tx.organisation.groupBy({ by: ['municipalityCode'], where: { municipalityCode: { startsWith: '08' } }, _count: true }));
    expect(Object.fromEntries(own.map((r) => [r.municipalityCode, Number(r.n)]))).toEqual(Object.fromEntries(expected.map((r) => [r.municipalityCode, r._count])));
    expect(own.length).toBeGreaterThan(0);
    const other = await inScope(t.db, { kind: 'prefecture', prefectureCode: '130001' }, (tx) =>
      tx.$queryRaw<{ municipalityCode: string }[]>`SELECT * FROM kasane_prefecture_organisation_counts()`,
    );
    expect(other.every((r) => r.municipalityCode.startsWith('13'))).toBe(true);
  });

  it('has no way left to count consultations live (releases only, ADR 0022)', async () => {
    expect(await attempt('kasane_prefecture', `SELECT * FROM kasane_prefecture_consultation_counts(now() - interval '1 year', now())`)).toMatch(/does not exist/);
  });

  it('staff cannot call the prefecture functions', async () => {
    expect(await attempt('kasane_app', `SELECT * FROM kasane_prefecture_organisation_counts()`)).toMatch(/permission denied/);
    expect(await attempt('kasane_public', `SELECT * FROM kasane_prefecture_organisation_counts()`)).toMatch(/permission denied/);
  });
});

describe.runIf(onServer)('the runtime login on PostgreSQL', () => {
  it('owns nothing and holds no attribute that bypasses the rules', async () => {
    const p = await loginPrivileges(t.db);
    expect(p).toEqual({ user: p.user, superuser: false, bypassRls: false, createRole: false, ownedRelations: 0 });
    await expect(assertRuntimeLoginConfined(t.db)).resolves.toBeUndefined();
  });

  it('cannot become the owner', async () => {
    const rows = await t.owner.prisma.$queryRaw<{ owner: string }[]>`SELECT current_user AS owner`;
    expect(await attempt('runtime', `SET ROLE ${rows[0]?.owner ?? 'postgres'}`)).toMatch(/permission denied/);
  });

  it('the server refuses to start as the owner', async () => {
    await expect(assertRuntimeLoginConfined(t.owner)).rejects.toThrow(/refusing to start/);
  });
});
