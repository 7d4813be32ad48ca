import type { Tx } from '../scope.js';

export interface SessionRow {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function createSession(
  tx: Tx,
  data: { id: string; userId: string; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await tx.session.create({ data });
}

export async function findLiveSession(tx: Tx, id: string, now: Date): Promise<SessionRow | null> {
  return tx.session.findFirst({ where: { id, expiresAt: { gt: now } } });
}

export async function touchSession(tx: Tx, id: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
  await tx.session.update({ where: { id }, data: { lastSeenAt, expiresAt } });
}

export async function deleteSession(tx: Tx, id: string): Promise<void> {
  await tx.session.deleteMany({ where: { id } });
}

export async function deleteExpiredSessions(tx: Tx, now: Date): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

/** Owner connection: every session of an account, but the one kept (the caller's own). */
export async function deleteSessionsOfAccount(tx: Tx, userId: string, keepSessionId: string | null = null): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
  return count;
}
