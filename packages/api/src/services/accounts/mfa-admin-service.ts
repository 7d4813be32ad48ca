// What a municipal_admin decides about second factors in their municipality (ADR 0017): whether
// every account must use one, and resetting an account's factors (a lost phone). Both audited.
import { getMunicipalAccount, mfaRequiredIn, resetMfaInScope, setMfaPolicy } from '@kasane/db';
import type { Tx } from '@kasane/db';
import type { StaffActor } from '../../context.js';
import { apiError } from '../../errors.js';
import { auditAs } from '../audit-as.js';

export async function getMfaPolicy(tx: Tx, actor: StaffActor): Promise<{ required: boolean }> {
  return { required: await mfaRequiredIn(tx, actor.municipalityCode) };
}

export async function setMunicipalMfaPolicy(tx: Tx, actor: StaffActor, required: boolean, now: Date): Promise<{ required: boolean }> {
  await setMfaPolicy(tx, actor.municipalityCode, required, actor.userId, now);
  await auditAs(tx, actor, { action: 'mfa_policy', recordType: 'Municipality', recordId: actor.municipalityCode, legalBasis: 'administration', basisRef: required ? 'required' : 'optional' });
  return { required };
}

/** Removes the account's authenticator app, passkeys and recovery codes; its sessions end. */
export async function resetAccountMfa(tx: Tx, actor: StaffActor, id: string): Promise<{ endedSessions: number }> {
  const account = await getMunicipalAccount(tx, actor.municipalityCode, id);
  if (!account) throw apiError('NOT_FOUND');
  const endedSessions = await resetMfaInScope(tx, account.id);
  await auditAs(tx, actor, { action: 'mfa_reset', recordType: 'User', recordId: account.id, legalBasis: 'administration', basisRef: null });
  return { endedSessions };
}
