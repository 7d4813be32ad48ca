import { createHash, randomInt } from 'node:crypto';

// No 0/O, 1/l/I: written on paper and typed once. 10 characters of 32 ≈ 50 bits each.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const recoveryCodeCount = 10;

function oneCode(): string {
  let out = '';
  for (let i = 0; i < 10; i += 1) out += alphabet[randomInt(alphabet.length)];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, oneCode);
}

/** Stored as SHA-256 of the normalised code (random codes: no slow hash needed). */
export function recoveryCodeHash(code: string): string {
  const normalised = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(normalised).digest('hex');
}
