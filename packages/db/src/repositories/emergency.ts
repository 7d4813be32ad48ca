import type { Tx } from '../scope.js';

// C3: emergency grants. Every function takes the municipality and puts it in every where.

/** Whether the person exists in this municipality: nothing else about them (the opener has no basis yet). */
export async function personExistsInMunicipality(tx: Tx, municipalityCode: string, personId: string): Promise<boolean> {
  return (await tx.person.count({ where: { municipalityCode, id: personId, mergedIntoId: null } })) === 1;
}

export async function createEmergencyAccess(
  tx: Tx,
  municipalityCode: string,
  data: { personId: string; userId: string; organisationId: string; reason: string; openedAt: Date; expiresAt: Date },
): Promise<{ id: string; expiresAt: Date }> {
  return tx.emergencyAccess.create({ data: { municipalityCode, ...data }, select: { id: true, expiresAt: true } });
}

const reviewSelect = {
  id: true,
  personId: true,
  userId: true,
  organisationId: true,
  reason: true,
  openedAt: true,
  expiresAt: true,
  reviewedByUserId: true,
  reviewedAt: true,
  outcome: true,
  reviewNote: true,
} as const;

/** Grants awaiting review, oldest first; and the most recently reviewed ones. */
export async function listEmergencyAccessesForReview(tx: Tx, municipalityCode: string, take = 200) {
  const [pending, reviewed] = await Promise.all([
    tx.emergencyAccess.findMany({ where: { municipalityCode, reviewedAt: null }, select: reviewSelect, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }], take }),
    tx.emergencyAccess.findMany({ where: { municipalityCode, reviewedAt: { not: null } }, select: reviewSelect, orderBy: [{ reviewedAt: 'desc' }, { id: 'asc' }], take }),
  ]);
  return { pending, reviewed };
}

export async function findEmergencyAccess(tx: Tx, municipalityCode: string, id: string) {
  return tx.emergencyAccess.findFirst({ where: { municipalityCode, id }, select: reviewSelect });
}

/** Records the review once: false when the grant is unknown here or already reviewed. */
export async function recordEmergencyReview(
  tx: Tx,
  municipalityCode: string,
  id: string,
  data: { reviewedByUserId: string; reviewedAt: Date; outcome: string; reviewNote: string | null },
): Promise<boolean> {
  const { count } = await tx.emergencyAccess.updateMany({ where: { municipalityCode, id, reviewedAt: null }, data });
  return count === 1;
}

/** Display names of this municipality's users, by id. */
export async function userDisplayNames(tx: Tx, municipalityCode: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.user.findMany({ where: { municipalityCode, id: { in: [...new Set(ids)] } }, select: { id: true, displayName: true } });
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** This user's grants open at `now` (ids and persons only). */
export async function listActiveEmergencyAccessesOfUser(tx: Tx, municipalityCode: string, userId: string, now: Date) {
  return tx.emergencyAccess.findMany({
    where: { municipalityCode, userId, openedAt: { lte: now }, expiresAt: { gt: now } },
    select: { id: true, personId: true, expiresAt: true },
    orderBy: { openedAt: 'desc' },
    take: 100,
  });
}
