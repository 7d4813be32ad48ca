// Sign-in, sign-out and failed sign-ins are audited (三層分離 guideline: complete access logs). The
// entry names the account when one exists, never the typed login ID of an unknown one (people type
// passwords into the wrong field), and the client address.
import { appendAudit, asSystem } from '@kasane/db';
import type { Actor, ApiDeps, RequestInfo } from '../context.js';

export type AuthEvent = 'sign_in' | 'sign_in_failed' | 'sign_out';

export async function auditAuthEvent(deps: ApiDeps, req: RequestInfo, event: AuthEvent, who: { actor?: Actor; accountId?: string }): Promise<void> {
  const actor = who.actor;
  await asSystem(deps.db, (tx) =>
    appendAudit(tx, {
      actorUserId: actor?.userId ?? who.accountId ?? null,
      actorRole: actor?.role ?? 'unknown',
      actorOrganisationId: actor?.kind === 'staff' ? actor.organisationId : null,
      municipalityCode: actor?.kind === 'staff' ? actor.municipalityCode : null,
      action: event,
      recordType: 'Session',
      recordId: actor?.userId ?? who.accountId ?? '-',
      legalBasis: 'administration',
      basisRef: `ip:${req.ip}`,
    }),
  );
}
