import type { Tx } from '../scope.js';

export interface AccountRow {
  id: string;
  loginId: string;
  displayName: string;
  role: string;
  municipalityCode: string | null;
  prefectureCode: string | null;
  organisationId: string | null;
  passwordHash: string;
  isDemo: boolean;
  disabledAt: Date | null;
  mustChangePassword: boolean;
}

export interface NewAccount {
  loginId: string;
  displayName: string;
  role: string;
  municipalityCode: string | null;
  prefectureCode: string | null;
  organisationId: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
}

/** What an administrator sees of an account: never the password hash. */
export interface AccountSummary {
  id: string;
  loginId: string;
  displayName: string;
  role: string;
  organisationId: string | null;
  organisationName: string | null;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
  mustChangePassword: boolean;
  createdAt: Date;
}

const accountSelect = {
  id: true,
  loginId: true,
  displayName: true,
  role: true,
  municipalityCode: true,
  prefectureCode: true,
  organisationId: true,
  passwordHash: true,
  isDemo: true,
  disabledAt: true,
  mustChangePassword: true,
} as const;

const summarySelect = {
  id: true,
  loginId: true,
  displayName: true,
  role: true,
  organisationId: true,
  disabledAt: true,
  lastSignInAt: true,
  mustChangePassword: true,
  createdAt: true,
  organisation: { select: { name: true } },
} as const;

function toSummary(row: Omit<AccountSummary, 'organisationName'> & { organisation: { name: string } | null }): AccountSummary {
  const { organisation, ...rest } = row;
  return { ...rest, organisationName: organisation?.name ?? null };
}

// Sign-in runs before any tenant is known, so these use the owner connection (asSystem).
export async function findAccountByLoginId(tx: Tx, loginId: string): Promise<AccountRow | null> {
  return tx.user.findUnique({ where: { loginId }, select: accountSelect });
}

export async function findAccountById(tx: Tx, id: string): Promise<AccountRow | null> {
  return tx.user.findUnique({ where: { id }, select: accountSelect });
}

export async function createAccount(tx: Tx, data: NewAccount): Promise<AccountRow> {
  return tx.user.create({ data, select: accountSelect });
}

/** Owner connection (the administrators' tool, a user's own change): any account by id. */
export async function setAccountPassword(tx: Tx, id: string, passwordHash: string, options: { mustChange: boolean; at: Date }): Promise<void> {
  await tx.user.update({ where: { id }, data: { passwordHash, isDemo: false, mustChangePassword: options.mustChange, passwordChangedAt: options.at } });
}

export async function recordSignIn(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.user.update({ where: { id }, data: { lastSignInAt: at } });
}

// ---------- a municipality's own accounts (administrator's requests, in the tenant scope) ----------

export async function listMunicipalAccounts(tx: Tx, municipalityCode: string): Promise<AccountSummary[]> {
  const rows = await tx.user.findMany({ where: { municipalityCode }, select: summarySelect, orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { loginId: 'asc' }] });
  return rows.map(toSummary);
}

export async function getMunicipalAccount(tx: Tx, municipalityCode: string, id: string): Promise<AccountSummary | null> {
  const row = await tx.user.findFirst({ where: { municipalityCode, id }, select: summarySelect });
  return row ? toSummary(row) : null;
}

export async function getMunicipalAccountPasswordHash(tx: Tx, municipalityCode: string, id: string): Promise<string | null> {
  const row = await tx.user.findFirst({ where: { municipalityCode, id }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}

/** Whether a login id is taken anywhere (ids are unique across municipalities). */
export async function loginIdExists(tx: Tx, loginId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ exists: boolean }[]>`SELECT kasane_login_id_exists(${loginId}) AS exists`;
  return rows[0]?.exists ?? false;
}

export async function updateMunicipalAccount(
  tx: Tx,
  municipalityCode: string,
  id: string,
  data: { role?: string; organisationId?: string; displayName?: string; disabledAt?: Date | null; passwordHash?: string; mustChangePassword?: boolean; passwordChangedAt?: Date },
): Promise<boolean> {
  const { count } = await tx.user.updateMany({ where: { municipalityCode, id }, data: data.passwordHash ? { ...data, isDemo: false } : data });
  return count === 1;
}

export async function countActiveAdmins(tx: Tx, municipalityCode: string): Promise<number> {
  return tx.user.count({ where: { municipalityCode, role: 'municipal_admin', disabledAt: null } });
}

/**
 * Ends an account's sessions from a tenant-scoped request (kasane_app has no privilege on
 * "Session"; the SECURITY DEFINER function refuses an account of another municipality).
 */
export async function endAccountSessionsInScope(tx: Tx, userId: string, keepSessionId: string | null): Promise<number> {
  const rows = await tx.$queryRaw<{ ended: number }[]>`SELECT kasane_end_sessions(${userId}::uuid, ${keepSessionId}) AS ended`;
  return rows[0]?.ended ?? 0;
}
