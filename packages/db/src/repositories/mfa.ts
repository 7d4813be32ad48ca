// Second factors (ADR 0017). Owner connection (asSystem) except the policy and the reset, which
// an administrator's tenant-scoped request reaches.
import type { Tx } from '../scope.js';

export interface TotpRow {
  userId: string;
  secret: string;
  confirmedAt: Date | null;
  lastUsedStep: bigint | null;
}

export interface PasskeyRow {
  id: string;
  userId: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export interface SecondFactors {
  totp: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
}

export async function secondFactorsOf(tx: Tx, userId: string): Promise<SecondFactors> {
  const [totp, passkeys, recoveryCodesLeft] = await Promise.all([
    tx.mfaTotp.count({ where: { userId, confirmedAt: { not: null } } }),
    tx.mfaPasskey.count({ where: { userId } }),
    tx.mfaRecoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { totp: totp > 0, passkeys, recoveryCodesLeft };
}

export async function findTotp(tx: Tx, userId: string): Promise<TotpRow | null> {
  return tx.mfaTotp.findUnique({ where: { userId } });
}

/** A new, unconfirmed secret replaces an unconfirmed one; a confirmed one is never overwritten. */
export async function startTotp(tx: Tx, userId: string, secret: string): Promise<boolean> {
  const existing = await tx.mfaTotp.findUnique({ where: { userId } });
  if (existing?.confirmedAt) return false;
  await tx.mfaTotp.upsert({ where: { userId }, create: { userId, secret }, update: { secret, lastUsedStep: null } });
  return true;
}

/**
 * Records the step of an accepted code; false when that step (or a later one) was already used.
 * One conditional UPDATE, so two requests with the same code cannot both pass.
 */
export async function useTotpStep(tx: Tx, userId: string, step: bigint, confirmAt: Date | null): Promise<boolean> {
  const { count } = await tx.mfaTotp.updateMany({
    where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step, ...(confirmAt ? { confirmedAt: confirmAt } : {}) },
  });
  return count === 1;
}

export async function listPasskeys(tx: Tx, userId: string): Promise<PasskeyRow[]> {
  return tx.mfaPasskey.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
}

export async function addPasskey(tx: Tx, data: { id: string; userId: string; publicKey: Uint8Array; counter: number; transports: string[]; name: string }): Promise<void> {
  await tx.mfaPasskey.create({ data: { ...data, publicKey: Buffer.from(data.publicKey) } });
}

export async function recordPasskeyUse(tx: Tx, id: string, counter: number, at: Date): Promise<void> {
  await tx.mfaPasskey.update({ where: { id }, data: { counter, lastUsedAt: at } });
}

export async function replaceRecoveryCodes(tx: Tx, userId: string, codeHashes: string[]): Promise<void> {
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash })) });
}

/** Marks an unused code used; false when there is none (wrong, or used before). */
export async function useRecoveryCode(tx: Tx, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const { count } = await tx.mfaRecoveryCode.updateMany({ where: { userId, codeHash, usedAt: null }, data: { usedAt: at } });
  return count === 1;
}

export async function mfaRequiredIn(tx: Tx, municipalityCode: string): Promise<boolean> {
  const row = await tx.mfaPolicy.findUnique({ where: { municipalityCode } });
  return row?.required ?? false;
}

export async function setMfaPolicy(tx: Tx, municipalityCode: string, required: boolean, by: string, at: Date): Promise<void> {
  await tx.mfaPolicy.upsert({
    where: { municipalityCode },
    create: { municipalityCode, required, updatedBy: by, updatedAt: at },
    update: { required, updatedBy: by, updatedAt: at },
  });
}

/** Tenant-scoped: removes an account's factors and ends its sessions (kasane_reset_mfa). */
export async function resetMfaInScope(tx: Tx, userId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ ended: number }[]>`SELECT kasane_reset_mfa(${userId}::uuid) AS ended`;
  return rows[0]?.ended ?? 0;
}
