// Issue #9: one audit chain per municipality (tenants never wait on each other) and signed
// checkpoints that expose what a rewrite-and-recompute or a removal of the newest entries hides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, auditChainHeads, inScope, readCheckpoints, signCheckpoint, verifyAuditChain } from '../src/index.js';
import type { AuditRecord } from '../src/index.js';
import { createTestDatabase } from '../src/testing/test-database.js';
import type { TestDatabase } from '../src/testing/test-database.js';

const key = 'k'.repeat(40);
const entry = (municipalityCode: string | null, recordId: string): AuditRecord => ({
  actorUserId: null,
  actorRole: 'consultation_worker',
  actorOrganisationId: null,
  municipalityCode,
  action: 'read',
  recordType: 'Person',
  recordId,
  legalBasis: 'consent',
  basisRef: null,
});

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const write = (code: string, ids: string[]) =>
  inScope(t.db, { kind: 'municipality', municipalityCode: code }, async (tx) => {
    for (const id of ids) await appendAudit(tx, entry(code, id));
  });
const asOwner = async (sql: string) => {
  await t.owner.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER audit_no_update_delete`);
  await t.owner.prisma.$executeRawUnsafe(sql);
  await t.owner.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER audit_no_update_delete`);
};

describe('audit chains per municipality, anchored by signed checkpoints', () => {
  it('interleaved writes of two municipalities form two intact chains', async () => {
    await write('082031', ['a1']);
    await write('082040', ['b1']);
    await write('082031', ['a2', 'a3']);
    await write('082040', ['b2']);
    const rows = await t.db.prisma.$queryRaw<{ chain: string; prevHash: string; hash: string }[]>`SELECT chain, "prevHash", hash FROM "AuditEntry" ORDER BY seq`;
    const koga = rows.filter((r) => r.chain === '082040');
    expect(koga[1]?.prevHash).toBe(koga[0]?.hash);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, chains: 2 });
  });

  it('a checkpoint signs every head and reads back only with the right key', async () => {
    const cp = signCheckpoint(key, await auditChainHeads(t.db), new Date('2026-11-29T00:00:00Z'));
    expect(cp.heads.map((h) => h.chain)).toEqual(['082031', '082040']);
    const heads = readCheckpoints(key, `${JSON.stringify(cp)}\n`);
    expect(await verifyAuditChain(t.db, heads)).toMatchObject({ ok: true });
    expect(() => readCheckpoints('x'.repeat(40), JSON.stringify(cp))).toThrow('署名が一致しません');
    const forged = { ...cp, heads: cp.heads.map((h) => ({ ...h, hash: '0'.repeat(64) })) };
    expect(() => readCheckpoints(key, JSON.stringify(forged))).toThrow('署名が一致しません');
    expect(() => signCheckpoint('short', [], new Date())).toThrow('32文字以上');
  });

  it('a row rewritten with every later hash recomputed passes the chain but not the checkpoint', async () => {
    const heads = readCheckpoints(key, JSON.stringify(signCheckpoint(key, await auditChainHeads(t.db), new Date())));
    // rewrite a2 and recompute the rest of 土浦市's chain, as an owner with the keys to the table would
    const chain = await t.db.prisma.$queryRaw<{ seq: bigint }[]>`SELECT seq FROM "AuditEntry" WHERE chain = '082031' ORDER BY seq`;
    await asOwner(`UPDATE "AuditEntry" SET "recordId" = 'someone-else' WHERE chain = '082031' AND "recordId" = 'a2'`);
    for (const [i, r] of chain.entries()) {
      if (i === 0) continue;
      await asOwner(`UPDATE "AuditEntry" e SET "prevHash" = (SELECT hash FROM "AuditEntry" p WHERE p.seq = ${chain[i - 1]?.seq}) WHERE seq = ${r.seq}`);
      await asOwner(`UPDATE "AuditEntry" e SET hash = kasane_audit_hash(e) WHERE seq = ${r.seq}`);
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    expect(await verifyAuditChain(t.db, heads)).toMatchObject({ ok: false, chain: '082031', reason: 'checkpoint_mismatch' });
  });

  it('removing the newest entries is caught by the checkpoint taken before', async () => {
    const heads = readCheckpoints(key, JSON.stringify(signCheckpoint(key, await auditChainHeads(t.db), new Date())));
    await asOwner(`DELETE FROM "AuditEntry" WHERE seq = (SELECT max(seq) FROM "AuditEntry" WHERE chain = '082040')`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    expect(await verifyAuditChain(t.db, heads.filter((h) => h.chain === '082040'))).toMatchObject({ ok: false, chain: '082040', reason: 'checkpoint_missing' });
  });
});
