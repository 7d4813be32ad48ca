import { domainError } from '../errors.js';
import type { DomainError } from '../errors.js';
import type { Role } from '../roles.js';

export interface PublicAssistanceChange {
  actor: { role: Role | (string & {}); organisationId: string };
  /** the household's 保護の実施機関 now, when it is flagged */
  currentOfficeId: string | null;
  /** the office being set; null when the flag is cleared */
  newOfficeId: string | null;
}

const refusal = (): DomainError =>
  domainError('ROLE_FORBIDDEN', undefined, '被保護の設定は、保護の実施機関または多機関協働担当だけが変更できます。');

/**
 * C10: for a household on 生活保護 the 保護の実施機関 stays central, so nobody else may take it out of
 * that status (and so cut off the office's own access). The coordinator, who runs 多機関協働, may
 * set or clear it; the office may clear or change its own, and set itself on an unflagged household.
 */
export function mayChangePublicAssistance(change: PublicAssistanceChange): { ok: true } | { ok: false; error: DomainError } {
  if (change.actor.role === 'coordinator') return { ok: true };
  const own = change.actor.organisationId;
  if (change.currentOfficeId !== null) return change.currentOfficeId === own ? { ok: true } : { ok: false, error: refusal() };
  return change.newOfficeId === own ? { ok: true } : { ok: false, error: refusal() };
}
