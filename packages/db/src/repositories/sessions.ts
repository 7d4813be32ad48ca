import type { Database } from '../database.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';
import type { AccountRow } from './accounts.js';

export interface SessionRow {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  mfaVerifiedAt: Date | null;
  webauthnChallenge: string | null;
}

/** What the owner sees of their own sessions (「ログイン中の端末」). */
export interface OwnSessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
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

/** What the second-factor rule needs of a session not yet verified (ADR 0017). */
export interface SessionMfaFacts {
  /** a confirmed TOTP or a passkey */
  hasSecondFactor: boolean;
  /** the MFA rule of the account's municipality */
  requiredInMunicipality: boolean;
}

export type SessionAccountRow = SessionRow & { account: Omit<AccountRow, 'passwordHash'>; mfa: SessionMfaFacts | null };

/**
 * The live session, its account and — while the session owes its second factor — the account's
 * factors and its municipality's rule, in one auto-committed statement without the ORM: every request
 * asks this first (ADR 0024, 0035). Runtime login.
 */
export async function findLiveSessionWithAccount(db: Database, id: string, now: Date): Promise<SessionAccountRow | null> {
  const rows = await db.raw.rows<SessionRow & { account: Omit<AccountRow, 'passwordHash' | 'disabledAt'> & { disabledAt: string | null }; mfa: SessionMfaFacts | null }>(Prisma.sql`
    SELECT s.id, s."userId"::text AS "userId", s."csrfToken", s."createdAt", s."lastSeenAt", s."expiresAt", s."mfaVerifiedAt", s."webauthnChallenge",
           json_build_object('id', u.id, 'loginId', u."loginId", 'displayName', u."displayName", 'role', u.role, 'municipalityCode', u."municipalityCode",
                             'prefectureCode', u."prefectureCode", 'organisationId', u."organisationId", 'isDemo', u."isDemo", 'disabledAt', u."disabledAt",
                             'mustChangePassword', u."mustChangePassword") AS account,
           CASE WHEN s."mfaVerifiedAt" IS NULL THEN json_build_object(
             'hasSecondFactor', EXISTS (SELECT 1 FROM "MfaTotp" t WHERE t."userId" = u.id AND t."confirmedAt" IS NOT NULL) OR EXISTS (SELECT 1 FROM "MfaPasskey" k WHERE k."userId" = u.id),
             'requiredInMunicipality', coalesce((SELECT mp.required FROM "MfaPolicy" mp WHERE mp."municipalityCode" = u."municipalityCode"), false)) END AS mfa
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
     WHERE s.id = ${id} AND s."expiresAt" > ${now}`, { prepared: true });
  const row = rows[0];
  if (!row) return null;
  return { ...row, account: { ...row.account, disabledAt: row.account.disabledAt === null ? null : new Date(row.account.disabledAt) } };
}

/** The idle slide, auto-committed without the ORM (at most once a minute per session). */
export async function slideSession(db: Database, id: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
  await db.raw.rows(Prisma.sql`UPDATE "Session" SET "lastSeenAt" = ${lastSeenAt}, "expiresAt" = ${expiresAt} WHERE id = ${id}`, { prepared: true });
}

export async function listLiveSessionsOf(tx: Tx, userId: string, now: Date): Promise<OwnSessionRow[]> {
  return tx.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    orderBy: { lastSeenAt: 'desc' },
  });
}

/** Ends one session of the account, only if it is that account's. */
export async function deleteSessionOf(tx: Tx, userId: string, id: string): Promise<boolean> {
  const { count } = await tx.session.deleteMany({ where: { id, userId } });
  return count === 1;
}

export async function markSessionVerified(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.session.update({ where: { id }, data: { mfaVerifiedAt: at, webauthnChallenge: null } });
}

export async function setSessionChallenge(tx: Tx, id: string, challenge: string | null): Promise<void> {
  await tx.session.update({ where: { id }, data: { webauthnChallenge: challenge } });
}

/** The pending WebAuthn challenge, cleared as it is read: each challenge is answered once. */
export async function takeSessionChallenge(tx: Tx, id: string): Promise<string | null> {
  const row = await tx.session.findUnique({ where: { id }, select: { webauthnChallenge: true } });
  if (row?.webauthnChallenge) await tx.session.update({ where: { id }, data: { webauthnChallenge: null } });
  return row?.webauthnChallenge ?? null;
}
