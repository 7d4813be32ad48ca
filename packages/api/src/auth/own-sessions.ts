// 「ログイン中の端末」: a user's own live sessions, and signing them out (issue #9).
import { asSystem, deleteSessionOf, deleteSessionsOfAccount, listLiveSessionsOf } from '@kasane/db';
import type { ApiDeps, RequestInfo, ResolvedSession } from '../context.js';
import { apiError } from '../errors.js';
import { auditAuthEventIn } from './auth-audit.js';
import { userAgentSummary } from './user-agent.js';

export interface OwnSession {
  /** the session's key (the SHA-256 of its cookie): it cannot be turned back into the cookie */
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  device: string;
  ip: string | null;
  current: boolean;
}

export async function listOwnSessions(deps: ApiDeps, session: ResolvedSession): Promise<OwnSession[]> {
  const rows = await asSystem(deps.db, (tx) => listLiveSessionsOf(tx, session.actor.userId, deps.now()));
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, lastSeenAt: r.lastSeenAt, device: userAgentSummary(r.userAgent), ip: r.ip, current: r.id === session.id }));
}

/** Ends one other session of the user's own (the current one ends by signing out). */
export async function signOutOwnSession(deps: ApiDeps, req: RequestInfo, session: ResolvedSession, id: string): Promise<void> {
  if (id === session.id) throw apiError('NOT_FOUND');
  await asSystem(deps.db, async (tx) => {
    if (!(await deleteSessionOf(tx, session.actor.userId, id))) throw apiError('NOT_FOUND');
    await auditAuthEventIn(tx, req, 'sign_out_session', { actor: session.actor });
  });
}

/** 「他の端末からログアウト」: every session of the user but this one. */
export async function signOutElsewhere(deps: ApiDeps, req: RequestInfo, session: ResolvedSession): Promise<{ endedSessions: number }> {
  return asSystem(deps.db, async (tx) => {
    const endedSessions = await deleteSessionsOfAccount(tx, session.actor.userId, session.id);
    await auditAuthEventIn(tx, req, 'sign_out_elsewhere', { actor: session.actor });
    return { endedSessions };
  });
}
