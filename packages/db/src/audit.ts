import type { Database } from './database.js';
import { Prisma } from './generated/prisma/client.js';
import { sqlRows } from './raw-sql.js';
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
  await sqlRows(tx, Prisma.sql`SELECT kasane_append_audit(${r.actorUserId}::uuid, ${r.actorRole}, ${r.actorOrganisationId}::uuid, ${r.municipalityCode}, ${r.action}, ${r.recordType}, ${r.recordId}, ${r.legalBasis}, ${r.basisRef})::text`, { prepared: true });
}

export type AuditVerification =
  | { ok: true; entries: number; chains: number }
  | { ok: false; entries: number; brokenAt: bigint; chain: string; reason: 'hash_mismatch' | 'chain_broken' | 'checkpoint_mismatch' | 'checkpoint_missing' };

const genesis = '0'.repeat(64);
const batchSize = 5_000;
/** Entries written before chains were split (chain IS NULL) form one chain of their own. */
const LEGACY_CHAIN = '(legacy)';

export interface ChainHead {
  chain: string;
  seq: bigint;
  hash: string;
}

/**
 * Recomputes every entry's hash in the database and follows each chain (one per municipality, one for
 * system actions); reports the first broken link. With checkpoints, also proves that each checkpointed
 * head is still there with the same hash — so no entry up to it was changed or removed.
 */
export async function verifyAuditChain(db: Database, checkpoints: readonly ChainHead[] = []): Promise<AuditVerification> {
  const previous = new Map<string, string>();
  const expectedAt = new Map(checkpoints.map((c) => [c.seq, c]));
  const seen = new Set<bigint>();
  let after = -1n;
  let entries = 0;
  for (;;) {
    const rows = await db.prisma.$queryRaw<{ seq: bigint; hash: string; prevHash: string; chain: string | null; expected: string }[]>`
      SELECT e.seq, e.hash, e."prevHash", e.chain, kasane_audit_hash(e) AS expected
      FROM "AuditEntry" e WHERE e.seq > ${after} ORDER BY e.seq LIMIT ${batchSize}`;
    for (const row of rows) {
      entries += 1;
      const chain = row.chain ?? LEGACY_CHAIN;
      if (row.prevHash !== (previous.get(chain) ?? genesis)) return { ok: false, entries, brokenAt: row.seq, chain, reason: 'chain_broken' };
      if (row.hash !== row.expected) return { ok: false, entries, brokenAt: row.seq, chain, reason: 'hash_mismatch' };
      const checkpoint = expectedAt.get(row.seq);
      if (checkpoint) {
        if (checkpoint.chain !== chain || checkpoint.hash !== row.hash) return { ok: false, entries, brokenAt: row.seq, chain, reason: 'checkpoint_mismatch' };
        seen.add(row.seq);
      }
      previous.set(chain, row.hash);
      after = row.seq;
    }
    if (rows.length < batchSize) break;
  }
  const missing = checkpoints.find((c) => !seen.has(c.seq));
  if (missing) return { ok: false, entries, brokenAt: missing.seq, chain: missing.chain, reason: 'checkpoint_missing' };
  return { ok: true, entries, chains: previous.size };
}

/** The newest entry of every chain: what a checkpoint signs. */
export async function auditChainHeads(db: Database): Promise<ChainHead[]> {
  const rows = await db.prisma.$queryRaw<{ chain: string | null; seq: bigint; hash: string }[]>`
    SELECT DISTINCT ON (coalesce(chain, '(legacy)')) chain, seq, hash FROM "AuditEntry"
     ORDER BY coalesce(chain, '(legacy)'), seq DESC`;
  return rows.map((r) => ({ chain: r.chain ?? LEGACY_CHAIN, seq: r.seq, hash: r.hash }));
}
