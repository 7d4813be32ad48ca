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
}

// Sign-in runs before any tenant is known, so these use the owner connection (asSystem).
export async function findAccountByLoginId(tx: Tx, loginId: string): Promise<AccountRow | null> {
  return tx.user.findUnique({ where: { loginId } });
}

export async function findAccountById(tx: Tx, id: string): Promise<AccountRow | null> {
  return tx.user.findUnique({ where: { id } });
}

export async function createAccount(tx: Tx, data: Omit<AccountRow, 'id' | 'disabledAt'>): Promise<AccountRow> {
  return tx.user.create({ data });
}

export async function setAccountPassword(tx: Tx, id: string, passwordHash: string): Promise<void> {
  await tx.user.update({ where: { id }, data: { passwordHash, isDemo: false } });
}
