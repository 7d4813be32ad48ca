import { appendAudit, asSystem, deleteSessionsOfAccount, findAccountById, setAccountPassword } from '@kasane/db';
import type { ApiDeps, RequestInfo, ResolvedSession } from '../context.js';
import { AppError, apiError } from '../errors.js';
import { checkPasswordRules, hashPassword, verifyPassword } from './password.js';

/**
 * A signed-in user replaces their own password. On the owner connection like sign-in: a
 * prefectural official's account belongs to no municipality's scope. Wrong current passwords
 * count as failed sign-ins, so a left-open session cannot be used to guess it.
 */
export async function changeOwnPassword(deps: ApiDeps, req: RequestInfo, session: ResolvedSession, input: { currentPassword: string; newPassword: string }): Promise<{ endedSessions: number }> {
  const account = await asSystem(deps.db, (tx) => findAccountById(tx, session.actor.userId));
  if (!account) throw apiError('UNAUTHENTICATED');
  deps.throttle.check(account.loginId, req.ip, deps.now());
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    deps.throttle.recordFailure(account.loginId, req.ip, deps.now());
    throw new AppError('BAD_REQUEST', 'CURRENT_PASSWORD_WRONG', '現在のパスワードが正しくありません。');
  }
  const problems = checkPasswordRules(input.newPassword, account.loginId);
  if (input.newPassword === input.currentPassword) problems.push('今のパスワードとは違うものにしてください。');
  if (problems.length > 0) throw new AppError('BAD_REQUEST', 'PASSWORD_RULES', problems.join(''), { problems });
  const passwordHash = await hashPassword(input.newPassword);
  const actor = session.actor;
  return asSystem(deps.db, async (tx) => {
    await setAccountPassword(tx, account.id, passwordHash, { mustChange: false, at: deps.now() });
    const endedSessions = await deleteSessionsOfAccount(tx, account.id, session.id);
    await appendAudit(tx, {
      actorUserId: actor.userId,
      actorRole: actor.role,
      actorOrganisationId: actor.kind === 'staff' ? actor.organisationId : null,
      municipalityCode: actor.kind === 'staff' ? actor.municipalityCode : null,
      action: 'change_password',
      recordType: 'User',
      recordId: account.id,
      legalBasis: 'administration',
      basisRef: null,
    });
    return { endedSessions };
  });
}
