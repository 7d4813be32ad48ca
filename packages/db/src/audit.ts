import type { Database } from './database.js';
import type { Tx } from './scope.js';

export interface AuditRecord {
  actorUserId: string | null;
  actorRole: string;
  actorOrganisationId: string | null;
  municipalityCode: string | null;
  action: string;
  recordType: string;
  recordId: string;
  /** own_case | consent | support_meeting | emergency | public_assistance_office | administration | … */
  legalBasis: string;
  basisRef: string | null;
}

/** Appends one entry in the caller's transaction: it commits or rolls back with the access. */
export async function appendAudit(tx: Tx, r: AuditRecord): Promise<void> {
  await tx.$queryRaw`SELECT kasane_append_audit(${r.actorUserId}::uuid, ${r.actorRole}, ${r.actorOrganisationId}::uuid, ${r.municipalityCode}, ${r.action}, ${r.recordType}, ${r.recordId}, ${r.legalBasis}, ${r.basisRef})`;
}

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: bigint; reason: 'hash_mismatch' | 'chain_broken' };

const genesis = '0'.repeat(64);
const batchSize = 5_000;

/** Recomputes every entry's hash in the database and follows the chain; reports the first broken link. */
export async function verifyAuditChain(db: Database): Promise<AuditVerification> {
  let previousHash = genesis;
  let after = -1n;
  let entries = 0;
  for (;;) {
    const rows = await db.prisma.$queryRaw<{ seq: bigint; hash: string; prevHash: string; expected: string }[]>`
      SELECT e.seq, e.hash, e."prevHash", kasane_audit_hash(e) AS expected
      FROM "AuditEntry" e WHERE e.seq > ${after} ORDER BY e.seq LIMIT ${batchSize}`;
    for (const row of rows) {
      entries += 1;
      if (row.prevHash !== previousHash) return { ok: false, entries, brokenAt: row.seq, reason: 'chain_broken' };
      if (row.hash !== row.expected) return { ok: false, entries, brokenAt: row.seq, reason: 'hash_mismatch' };
      previousHash = row.hash;
      after = row.seq;
    }
    if (rows.length < batchSize) return { ok: true, entries };
  }
}
