import { Prisma } from '../generated/prisma/client.js';
import { sqlRows } from '../raw-sql.js';
import type { Tx } from '../scope.js';

export interface ConsentRow {
  id: string;
  personId: string;
  organisationIds: string[];
  purposes: string[];
  meetingIds: string[];
  method: string;
  obtainedByUserId: string;
  obtainedByOrganisationId: string | null;
  obtainedAt: Date;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnByUserId: string | null;
  withdrawalNote: string | null;
  withdrawnOn: Date | null;
  withdrawalMethod: string | null;
  signerKind: string;
  signerName: string | null;
  signerRelation: string | null;
  guardianName: string | null;
  guardianRelationship: string | null;
  childView: string | null;
  note: string | null;
  createdAt: Date;
}

const consentSelect = {
  id: true,
  personId: true,
  organisationIds: true,
  purposes: true,
  meetingIds: true,
  method: true,
  obtainedByUserId: true,
  obtainedByOrganisationId: true,
  obtainedAt: true,
  expiresAt: true,
  withdrawnAt: true,
  withdrawnByUserId: true,
  withdrawalNote: true,
  withdrawnOn: true,
  withdrawalMethod: true,
  signerKind: true,
  signerName: true,
  signerRelation: true,
  guardianName: true,
  guardianRelationship: true,
  childView: true,
  note: true,
  createdAt: true,
} as const;

export async function createConsent(
  tx: Tx,
  municipalityCode: string,
  data: Omit<ConsentRow, 'id' | 'withdrawnAt' | 'withdrawnByUserId' | 'withdrawalNote' | 'withdrawnOn' | 'withdrawalMethod' | 'createdAt'>,
): Promise<ConsentRow> {
  return tx.consent.create({ data: { municipalityCode, ...data }, select: consentSelect });
}

export async function getConsent(tx: Tx, municipalityCode: string, id: string): Promise<ConsentRow | null> {
  return tx.consent.findFirst({ where: { municipalityCode, id }, select: consentSelect });
}

const consentColumns = Prisma.raw(Object.keys(consentSelect).map((column) => `k."${column}"`).join(', '));

/** The consents of these persons, newest first: one prepared statement without the ORM (household.get, ADR 0035). */
export async function listConsentsOfPersons(tx: Tx, municipalityCode: string, personIds: string[]): Promise<ConsentRow[]> {
  if (personIds.length === 0) return [];
  return sqlRows<ConsentRow>(
    tx,
    Prisma.sql`SELECT ${consentColumns} FROM "Consent" k WHERE k."municipalityCode" = ${municipalityCode} AND k."personId" = ANY(${personIds}::uuid[]) ORDER BY k."obtainedAt" DESC`,
    { prepared: true },
  );
}

/** C6: effective at its own moment; returns false when it was already withdrawn. */
export async function withdrawConsent(tx: Tx, municipalityCode: string, id: string, data: { at: Date; userId: string; note: string | null; on?: Date | null; method?: string | null }): Promise<boolean> {
  const { count } = await tx.consent.updateMany({
    where: { municipalityCode, id, withdrawnAt: null },
    data: { withdrawnAt: data.at, withdrawnByUserId: data.userId, withdrawalNote: data.note, withdrawnOn: data.on ?? null, withdrawalMethod: data.method ?? null },
  });
  return count === 1;
}
