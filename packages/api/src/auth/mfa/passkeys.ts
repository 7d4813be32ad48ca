// Passkeys (WebAuthn) as a second factor, by @simplewebauthn/server v14. The challenge lives on the
// session row and is consumed by its answer; the relying party comes from configuration.
import { addPasskey, asSystem, findAccountById, listPasskeys, recordPasskeyUse, setSessionChallenge, takeSessionChallenge } from '@kasane/db';
import { generateAuthenticationOptions, generateRegistrationOptions, verifyAuthenticationResponse, verifyRegistrationResponse } from '@simplewebauthn/server';
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { ApiDeps, RequestInfo, ResolvedSession } from '../../context.js';
import { AppError, apiError } from '../../errors.js';
import { auditAuthEvent } from '../auth-audit.js';
import { mfaConfigOf } from './mfa-config.js';
import { hasAnyFactor, refuseUnlessMayEnrol, secondFactorDone } from './mfa-service.js';
import { recordWrongCode, refuseWhileThrottled } from './mfa-throttle.js';

const passkeyFailed = () => new AppError('BAD_REQUEST', 'MFA_PASSKEY_FAILED', 'パスキーを確認できませんでした。もう一度お試しください。');

async function failed(deps: ApiDeps, req: RequestInfo, session: ResolvedSession): Promise<never> {
  await recordWrongCode(deps, session.actor.userId);
  await auditAuthEvent(deps, req, 'mfa_verify_failed', { actor: session.actor });
  throw passkeyFailed();
}

export async function passkeyRegistrationOptions(deps: ApiDeps, session: ResolvedSession): Promise<PublicKeyCredentialCreationOptionsJSON> {
  refuseUnlessMayEnrol(session);
  const config = mfaConfigOf(deps.config);
  return asSystem(deps.db, async (tx) => {
    const account = await findAccountById(tx, session.actor.userId);
    if (!account) throw apiError('UNAUTHENTICATED');
    const existing = await listPasskeys(tx, account.id);
    const options = await generateRegistrationOptions({
      rpName: config.rpName,
      rpID: config.rpId,
      userName: account.loginId,
      userDisplayName: account.displayName,
      userID: new TextEncoder().encode(account.id),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    await setSessionChallenge(tx, session.id, options.challenge);
    return options;
  });
}

export async function registerPasskey(deps: ApiDeps, req: RequestInfo, session: ResolvedSession, response: RegistrationResponseJSON, name: string): Promise<{ recoveryCodes: string[] | null }> {
  refuseUnlessMayEnrol(session);
  const config = mfaConfigOf(deps.config);
  const userId = session.actor.userId;
  const outcome = await asSystem(deps.db, async (tx) => {
    const challenge = await takeSessionChallenge(tx, session.id);
    if (!challenge) return null;
    const verification = await verifyRegistrationResponse({ response, expectedChallenge: challenge, expectedOrigin: config.origins, expectedRPID: config.rpId, requireUserVerification: false }).catch(() => null);
    if (!verification?.verified) return null;
    const { credential } = verification.registrationInfo;
    const firstFactor = !(await hasAnyFactor(tx, userId));
    await addPasskey(tx, { id: credential.id, userId, publicKey: credential.publicKey, counter: credential.counter, transports: credential.transports ?? [], name });
    return secondFactorDone(deps, req, session, 'mfa_enrol_passkey', tx, { firstFactor });
  });
  return outcome ?? failed(deps, req, session);
}

export async function passkeyAuthenticationOptions(deps: ApiDeps, session: ResolvedSession): Promise<PublicKeyCredentialRequestOptionsJSON> {
  if (session.mfaStep !== 'verify') throw new AppError('BAD_REQUEST', 'MFA_NOT_PENDING', 'このログインでは2段階認証の確認は必要ありません。');
  const config = mfaConfigOf(deps.config);
  return asSystem(deps.db, async (tx) => {
    const passkeys = await listPasskeys(tx, session.actor.userId);
    if (passkeys.length === 0) throw passkeyFailed();
    const options = await generateAuthenticationOptions({ rpID: config.rpId, allowCredentials: passkeys.map((p) => ({ id: p.id, transports: p.transports })), userVerification: 'preferred' });
    await setSessionChallenge(tx, session.id, options.challenge);
    return options;
  });
}

export async function verifyPasskey(deps: ApiDeps, req: RequestInfo, session: ResolvedSession, response: AuthenticationResponseJSON): Promise<void> {
  if (session.mfaStep !== 'verify') throw new AppError('BAD_REQUEST', 'MFA_NOT_PENDING', 'このログインでは2段階認証の確認は必要ありません。');
  const config = mfaConfigOf(deps.config);
  const userId = session.actor.userId;
  await refuseWhileThrottled(deps, userId);
  const outcome = await asSystem(deps.db, async (tx) => {
    const challenge = await takeSessionChallenge(tx, session.id);
    const passkey = (await listPasskeys(tx, userId)).find((p) => p.id === response.id);
    if (!challenge || !passkey) return null;
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: config.origins,
      expectedRPID: config.rpId,
      credential: { id: passkey.id, publicKey: new Uint8Array(passkey.publicKey), counter: passkey.counter, transports: passkey.transports },
      requireUserVerification: false,
    }).catch(() => null);
    if (!verification?.verified) return null;
    await recordPasskeyUse(tx, passkey.id, verification.authenticationInfo.newCounter, deps.now());
    return secondFactorDone(deps, req, session, 'mfa_verify_passkey', tx, { firstFactor: false });
  });
  if (!outcome) await failed(deps, req, session);
}
