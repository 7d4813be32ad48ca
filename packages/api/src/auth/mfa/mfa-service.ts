// The second step of sign-in and the enrolment of second factors (ADR 0017). On the owner
// connection like sign-in: a prefectural official's account belongs to no municipality's scope.
import {
  asSystem, findAccountById, findTotp, listPasskeys, markSessionVerified, mfaRequiredIn, replaceRecoveryCodes, secondFactorsOf, startTotp, useRecoveryCode, useTotpStep,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import type { ApiDeps, RequestInfo, ResolvedSession } from '../../context.js';
import { AppError, apiError } from '../../errors.js';
import { auditAuthEvent, auditAuthEventIn } from '../auth-audit.js';
import type { AuthEvent } from '../auth-audit.js';
import { mfaConfigOf } from './mfa-config.js';
import { clearWrongCodes, recordWrongCode, refuseWhileThrottled } from './mfa-throttle.js';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes.js';
import { openSecret, sealSecret } from './secret-box.js';
import { matchTotp, newTotpKey, totpEnrolment } from './totp.js';
import type { TotpEnrolment } from './totp.js';

export interface MfaStatus {
  step: 'verify' | 'enrol' | null;
  required: boolean;
  totp: boolean;
  passkeys: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }[];
  recoveryCodesLeft: number;
}

export async function mfaStatus(deps: ApiDeps, session: ResolvedSession): Promise<MfaStatus> {
  const { actor } = session;
  return asSystem(deps.db, async (tx) => {
    const factors = await secondFactorsOf(tx, actor.userId);
    const passkeys = (await listPasskeys(tx, actor.userId)).map(({ id, name, createdAt, lastUsedAt }) => ({ id, name, createdAt, lastUsedAt }));
    const required = actor.kind === 'staff' ? await mfaRequiredIn(tx, actor.municipalityCode) : mfaConfigOf(deps.config).prefectureRequired;
    return { step: session.mfaStep ?? null, required, totp: factors.totp, passkeys, recoveryCodesLeft: factors.recoveryCodesLeft };
  });
}

/** Adding a factor needs the factors the account already has: a password alone adds none. */
export function refuseUnlessMayEnrol(session: ResolvedSession): void {
  if (session.mfaStep === 'verify') throw apiError('MFA_REQUIRED');
}

function refuseUnlessVerifying(session: ResolvedSession): void {
  if (session.mfaStep !== 'verify') throw new AppError('BAD_REQUEST', 'MFA_NOT_PENDING', 'このログインでは2段階認証の確認は必要ありません。');
}

export async function wrongCode(deps: ApiDeps, req: RequestInfo, session: ResolvedSession): Promise<never> {
  await recordWrongCode(deps, session.actor.userId);
  await auditAuthEvent(deps, req, 'mfa_verify_failed', { actor: session.actor });
  throw apiError('MFA_CODE_WRONG');
}

/**
 * A second factor was shown: the session is complete. The first factor an account gets also
 * brings its ten recovery codes, returned this once and kept only as hashes.
 */
export async function secondFactorDone(deps: ApiDeps, req: RequestInfo, session: ResolvedSession, event: AuthEvent, tx: Tx, options: { firstFactor: boolean }): Promise<{ recoveryCodes: string[] | null }> {
  const recoveryCodes = options.firstFactor ? newRecoveryCodes() : null;
  if (recoveryCodes) await replaceRecoveryCodes(tx, session.actor.userId, recoveryCodes.map(recoveryCodeHash));
  await markSessionVerified(tx, session.id, deps.now());
  await clearWrongCodes(deps, session.actor.userId);
  await auditAuthEventIn(tx, req, event, { actor: session.actor });
  return { recoveryCodes };
}

export async function hasAnyFactor(tx: Tx, userId: string): Promise<boolean> {
  const f = await secondFactorsOf(tx, userId);
  return f.totp || f.passkeys > 0;
}

export async function beginTotp(deps: ApiDeps, session: ResolvedSession): Promise<TotpEnrolment> {
  refuseUnlessMayEnrol(session);
  const account = await asSystem(deps.db, (tx) => findAccountById(tx, session.actor.userId));
  if (!account) throw apiError('UNAUTHENTICATED');
  const key = newTotpKey();
  const config = mfaConfigOf(deps.config);
  const started = await asSystem(deps.db, (tx) => startTotp(tx, account.id, sealSecret(key, config.secretKey)));
  if (!started) throw new AppError('CONFLICT', 'MFA_TOTP_EXISTS', '認証アプリはすでに登録されています。');
  return totpEnrolment(key, config.rpName, account.loginId);
}

/** The first code from the app confirms the enrolment (the secret was read correctly). */
export async function confirmTotp(deps: ApiDeps, req: RequestInfo, session: ResolvedSession, code: string): Promise<{ recoveryCodes: string[] | null }> {
  refuseUnlessMayEnrol(session);
  return checkTotp(deps, req, session, code, 'confirm');
}

export async function verifyTotp(deps: ApiDeps, req: RequestInfo, session: ResolvedSession, code: string): Promise<void> {
  refuseUnlessVerifying(session);
  await checkTotp(deps, req, session, code, 'verify');
}

async function checkTotp(deps: ApiDeps, req: RequestInfo, session: ResolvedSession, code: string, purpose: 'confirm' | 'verify'): Promise<{ recoveryCodes: string[] | null }> {
  const userId = session.actor.userId;
  await refuseWhileThrottled(deps, userId);
  const now = deps.now();
  const outcome = await asSystem(deps.db, async (tx) => {
    const row = await findTotp(tx, userId);
    if (!row || (purpose === 'confirm') !== (row.confirmedAt === null)) return null;
    const step = matchTotp(openSecret(row.secret, mfaConfigOf(deps.config).secretKey), code.trim(), now);
    if (step === null) return null;
    const firstFactor = purpose === 'confirm' && !(await hasAnyFactor(tx, userId));
    // the step is recorded before anything else: the same code cannot pass twice
    if (!(await useTotpStep(tx, userId, step, purpose === 'confirm' ? now : null))) return null;
    return secondFactorDone(deps, req, session, purpose === 'confirm' ? 'mfa_enrol_totp' : 'mfa_verify_totp', tx, { firstFactor });
  });
  return outcome ?? wrongCode(deps, req, session);
}

/** A recovery code stands in for the lost factor, once. */
export async function verifyRecoveryCode(deps: ApiDeps, req: RequestInfo, session: ResolvedSession, code: string): Promise<{ recoveryCodesLeft: number }> {
  refuseUnlessVerifying(session);
  const userId = session.actor.userId;
  await refuseWhileThrottled(deps, userId);
  const left = await asSystem(deps.db, async (tx) => {
    if (!(await useRecoveryCode(tx, userId, recoveryCodeHash(code), deps.now()))) return null;
    await secondFactorDone(deps, req, session, 'mfa_recovery_used', tx, { firstFactor: false });
    return (await secondFactorsOf(tx, userId)).recoveryCodesLeft;
  });
  if (left === null) return wrongCode(deps, req, session);
  return { recoveryCodesLeft: left };
}

/** New recovery codes replace all the old ones (used up, or written down somewhere unsafe). */
export async function renewRecoveryCodes(deps: ApiDeps, req: RequestInfo, session: ResolvedSession): Promise<{ recoveryCodes: string[] }> {
  refuseUnlessMayEnrol(session);
  const codes = newRecoveryCodes();
  await asSystem(deps.db, async (tx) => {
    if (!(await hasAnyFactor(tx, session.actor.userId))) throw new AppError('BAD_REQUEST', 'MFA_NO_FACTOR', '先に認証アプリかパスキーを登録してください。');
    await replaceRecoveryCodes(tx, session.actor.userId, codes.map(recoveryCodeHash));
    await auditAuthEventIn(tx, req, 'mfa_recovery_renewed', { actor: session.actor });
  });
  return { recoveryCodes: codes };
}
