// Sign-in, sign-out and failed sign-ins are audited (三層分離 guideline: complete access logs). The
// entry names the account when one exists, never the typed login ID of an unknown one (people type
// passwords into the wrong field), and the client address.
import { appendAudit, asSystem } from '@kasane/db';
import type { Tx } from '@kasane/db';
import type { Actor, ApiDeps, RequestInfo } from '../context.js';

export type AuthEvent =
  | 'sign_in' | 'sign_in_failed' | 'sign_out'
  // second factors (ADR 0017): never the secret or the code, only that it happened
  | 'mfa_enrol_totp' | 'mfa_enrol_passkey' | 'mfa_verify_totp' | 'mfa_verify_passkey' | 'mfa_verify_failed'
  | 'mfa_recovery_used' | 'mfa_recovery_renewed'
  // 「ログイン中の端末」
  | 'sign_out_session' | 'sign_out_elsewhere';

export async function auditAuthEvent(deps: ApiDeps, req: RequestInfo, event: AuthEvent, who: { actor?: Actor; accountId?: string }): Promise<void> {
  await asSystem(deps.db, (tx) => auditAuthEventIn(tx, req, event, who));
}

/** The same entry inside an owner transaction that also changes what it records. */
export async function auditAuthEventIn(tx: Tx, req: RequestInfo, event: AuthEvent, who: { actor?: Actor; accountId?: string }): Promise<void> {
  const actor = who.actor;
  await appendAudit(tx, {
    actorUserId: actor?.userId ?? who.accountId ?? null,
    actorRole: actor?.role ?? 'unknown',
    actorOrganisationId: actor?.kind === 'staff' ? actor.organisationId : null,
    municipalityCode: actor?.kind === 'staff' ? actor.municipalityCode : null,
    action: event,
    recordType: 'Session',
    recordId: actor?.userId ?? who.accountId ?? '-',
    legalBasis: 'administration',
    basisRef: `ip:${req.ip}`,
  });
}
