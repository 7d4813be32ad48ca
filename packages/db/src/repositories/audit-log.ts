import type { Tx } from '../scope.js';

export interface AuditLogFilter {
  /** entries that name this person (reads of one person, or lists that showed them) */
  personId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export interface AuditLogRow {
  seq: bigint;
  at: Date;
  actorUserId: string | null;
  actorRole: string;
  actorOrganisationId: string | null;
  action: string;
  recordType: string;
  recordId: string;
  legalBasis: string;
  basisRef: string | null;
}

/** The municipality's audit entries, newest first, filtered and paged in SQL. */
export async function findAuditEntries(tx: Tx, municipalityCode: string, filter: AuditLogFilter, page: { skip: number; take: number }): Promise<{ total: number; items: AuditLogRow[] }> {
  const where = {
    municipalityCode,
    ...(filter.personId ? { recordId: { contains: filter.personId } } : {}),
    ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
  const [total, items] = await Promise.all([
    tx.auditEntry.count({ where }),
    tx.auditEntry.findMany({
      where,
      orderBy: { seq: 'desc' },
      skip: page.skip,
      take: page.take,
      select: { seq: true, at: true, actorUserId: true, actorRole: true, actorOrganisationId: true, action: true, recordType: true, recordId: true, legalBasis: true, basisRef: true },
    }),
  ]);
  return { total, items };
}
