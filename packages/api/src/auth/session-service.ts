import { auditAuthEvent } from './auth-audit.js';
import { asSystem, createSession, deleteSession, findAccountByLoginId, findLiveSessionWithAccount, recordSignIn, slideSession } from '@kasane/db';
import type { ApiDeps, Actor, RequestInfo, ResolvedSession } from '../context.js';
import { apiError } from '../errors.js';
import { csrfCookie, sessionCookie } from './cookies.js';
import { mfaStepOf, pendingMfaStep } from './mfa/mfa-step.js';
import { decoyHash, verifyPassword } from './password.js';
import { newToken, sessionIdOf } from './tokens.js';

const minute = 60_000;

function actorOf(account: { id: string; displayName: string; role: string; municipalityCode: string | null; prefectureCode: string | null; organisationId: string | null }): Actor | null {
  if (account.role === 'prefectural_official') {
    return account.prefectureCode ? { kind: 'prefecture', userId: account.id, displayName: account.displayName, role: 'prefectural_official', prefectureCode: account.prefectureCode } : null;
  }
  if (!account.municipalityCode || !account.organisationId) return null;
  return { kind: 'staff', userId: account.id, displayName: account.displayName, role: account.role, organisationId: account.organisationId, municipalityCode: account.municipalityCode };
}

/**
 * Reads the session cookie; slides the idle expiry, never past the absolute limit. The session, its
 * account and its MFA facts are one statement; the slide (at most once a minute per session) a second one.
 */
export async function resolveSession(deps: ApiDeps, req: RequestInfo): Promise<ResolvedSession | null> {
  const token = req.cookies[sessionCookie];
  if (!token) return null;
  const now = deps.now();
  const session = await findLiveSessionWithAccount(deps.db, sessionIdOf(token), now);
  if (!session) return null;
  const { account } = session;
  const actor = account.disabledAt ? null : actorOf(account);
  if (!actor || (account.isDemo && deps.config.production)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > minute) {
    const absolute = session.createdAt.getTime() + deps.config.sessionAbsoluteHours * 60 * minute;
    const expiresAt = new Date(Math.min(now.getTime() + deps.config.sessionIdleMinutes * minute, absolute));
    await slideSession(deps.db, session.id, now, expiresAt);
  }
  // A verified session carries no MFA facts; one still owing its factor has them from the same statement.
  const mfaStep = mfaStepOf(deps.config, actor, session.mfaVerifiedAt ? null : session.mfa);
  return { id: session.id, csrfToken: session.csrfToken, actor, mustChangePassword: account.mustChangePassword, ...(mfaStep ? { mfaStep } : {}) };
}

export interface SignInResult {
  actor: Actor;
  mustChangePassword: boolean;
  /** the second factor asked next (ADR 0017), null when the password was enough */
  mfaStep: 'verify' | 'enrol' | null;
}

export async function signIn(deps: ApiDeps, req: RequestInfo, loginId: string, password: string, audience: Actor['kind']): Promise<SignInResult> {
  deps.throttle.check(loginId, req.ip, deps.now());
  const account = await asSystem(deps.db, (tx) => findAccountByLoginId(tx, loginId));
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
  if (!account || !valid) {
    deps.throttle.recordFailure(loginId, req.ip, deps.now());
    await auditAuthEvent(deps, req, 'sign_in_failed', account ? { accountId: account.id } : {});
    throw apiError('LOGIN_FAILED');
  }
  if (account.isDemo && deps.config.production) throw apiError('DEMO_ACCOUNT_IN_PRODUCTION');
  const actor = account.disabledAt ? null : actorOf(account);
  if (!actor) throw apiError('ACCOUNT_DISABLED');
  if (actor.kind !== audience) throw apiError('WRONG_APP');
  deps.throttle.recordSuccess(loginId, req.ip);

  const token = newToken();
  const csrfToken = newToken();
  const now = deps.now();
  const mfaStep = await asSystem(deps.db, async (tx) => {
    await createSession(tx, {
      id: sessionIdOf(token),
      userId: account.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + deps.config.sessionIdleMinutes * minute),
      ip: req.ip,
      userAgent: req.userAgent,
    });
    await recordSignIn(tx, account.id, now);
    return pendingMfaStep(tx, deps.config, actor, null);
  });
  await auditAuthEvent(deps, req, 'sign_in', { actor });
  req.setCookie(sessionCookie, token, { httpOnly: true });
  req.setCookie(csrfCookie, csrfToken, { httpOnly: false });
  return { actor, mustChangePassword: account.mustChangePassword, mfaStep: mfaStep ?? null };
}

export async function signOut(deps: ApiDeps, req: RequestInfo, sessionId: string, actor: Actor): Promise<void> {
  await asSystem(deps.db, (tx) => deleteSession(tx, sessionId));
  await auditAuthEvent(deps, req, 'sign_out', { actor });
  req.clearCookie(sessionCookie);
  req.setCookie(csrfCookie, newToken(), { httpOnly: false });
}

/** Every visitor gets a CSRF cookie before their first form (sign-in, portal request). */
export function ensureCsrfCookie(req: RequestInfo): string {
  const existing = req.cookies[csrfCookie];
  if (existing) return existing;
  const token = newToken();
  req.setCookie(csrfCookie, token, { httpOnly: false });
  return token;
}
