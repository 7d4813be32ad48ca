import { isEmergencyGrantActive } from '@kasane/domain';

/** An open emergency grant as the `emergency` claim the access policy takes (C3). */
export interface EmergencyClaim {
  grantId: string;
  expiresAt: Date;
  emergency: { reason: string };
}

/** The reason names the grant, so the audit entry and the ledger row carry both (C8, C11). */
export function emergencyClaimOf(grant: { id: string; reason: string; openedAt: Date; expiresAt: Date } | null, now: Date): EmergencyClaim | null {
  if (!grant || !isEmergencyGrantActive(grant, now)) return null;
  return { grantId: grant.id, expiresAt: grant.expiresAt, emergency: { reason: `緊急閲覧 ${grant.id}：${grant.reason}` } };
}
