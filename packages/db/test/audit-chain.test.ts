import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, inScope, verifyAuditChain } from '../src/index.js';
import type { AuditRecord } from '../src/index.js';
import { createTestDatabase } from '../src/testing/test-database.js';
import type { TestDatabase } from '../src/testing/test-database.js';

let t: TestDatabase;
const entry = (recordId: string): AuditRecord => ({
  actorUserId: null,
  actorRole: 'consultation_worker',
  actorOrganisationId: null,
  municipalityCode: '082031',
  action: 'read',
  recordType: 'Person',
  recordId,
  legalBasis: 'consent',
  basisRef: 'c-1',
});

beforeAll(async () => {
  t = await createTestDatabase();
  await inScope(t.db, { kind: 'municipality', municipalityCode: '082031' }, async (tx) => {
    for (const id of ['p1', 'p2', 'p3', 'p4']) await appendAudit(tx, entry(id));
  });
});
afterAll(async () => t.drop());

describe('audit log', () => {
  it('verifies an intact chain', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 4, chains: 1 });
  });

  it('rolls an entry back with the access it logs', async () => {
    await expect(
      inScope(t.db, { kind: 'municipality', municipalityCode: '082031' }, async (tx) => {
        await appendAudit(tx, entry('rolled-back'));
        throw new Error('the access failed');
      }),
    ).rejects.toThrow('the access failed');
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 4, chains: 1 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even from the owner', async () => {
    await expect(t.db.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "recordId" = 'x' WHERE seq = 1`)).rejects.toThrow();
    await expect(t.db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEntry" WHERE seq = 1`)).rejects.toThrow();
    await expect(t.db.prisma.$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow();
  });

  it('gives the request role no direct write', async () => {
    await expect(
      inScope(t.db, { kind: 'municipality', municipalityCode: '082031' }, (tx) =>
        tx.$executeRawUnsafe(`INSERT INTO "AuditEntry" ("actorRole","action","recordType","recordId","legalBasis","prevHash","hash") VALUES ('x','x','x','x','x','x','x')`),
      ),
    ).rejects.toThrow();
  });

  it('detects an edited row and names the first broken link', async () => {
    // A superuser who disables the guard and edits one row, as an attacker with the keys would.
    await t.owner.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER audit_no_update_delete`);
    await t.owner.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "recordId" = 'someone-else' WHERE seq = 2`);
    await t.owner.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER audit_no_update_delete`);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: false, entries: 2, brokenAt: 2n, chain: '082031', reason: 'hash_mismatch' });
  });

  it('detects a row whose hash was recomputed to match the edit', async () => {
    await t.owner.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER audit_no_update_delete`);
    await t.owner.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" e SET hash = kasane_audit_hash(e) WHERE seq = 2`);
    await t.owner.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER audit_no_update_delete`);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: false, entries: 3, brokenAt: 3n, chain: '082031', reason: 'chain_broken' });
  });
});
