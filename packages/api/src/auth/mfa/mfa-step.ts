import { mfaRequiredIn, secondFactorsOf } from '@kasane/db';
import type { SessionMfaFacts, Tx } from '@kasane/db';
import type { Actor, ApiConfig, ResolvedSession } from '../../context.js';
import { mfaConfigOf } from './mfa-config.js';

/**
 * The second factor a session still owes (ADR 0017). Decided on every request from the account's
 * factors and the rule in force now, so a rule switched on, or a factor added elsewhere, applies
 * to sessions already open.
 */
export async function pendingMfaStep(tx: Tx, config: ApiConfig, actor: Actor, verifiedAt: Date | null): Promise<ResolvedSession['mfaStep']> {
  if (verifiedAt) return undefined;
  const factors = await secondFactorsOf(tx, actor.userId);
  const requiredInMunicipality = actor.kind === 'staff' && !(factors.totp || factors.passkeys > 0) ? await mfaRequiredIn(tx, actor.municipalityCode) : false;
  return mfaStepOf(config, actor, { hasSecondFactor: factors.totp || factors.passkeys > 0, requiredInMunicipality });
}

/** The same rule over facts already loaded (the session lookup loads them with the session). */
export function mfaStepOf(config: ApiConfig, actor: Actor, facts: SessionMfaFacts | null): ResolvedSession['mfaStep'] {
  if (!facts) return undefined;
  if (facts.hasSecondFactor) return 'verify';
  const required = actor.kind === 'staff' ? facts.requiredInMunicipality : mfaConfigOf(config).prefectureRequired;
  return required ? 'enrol' : undefined;
}
