import { randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane): memory-hard, ~30 ms here.
// algorithm 2 = Argon2id (the library's const enum cannot be imported under verbatimModuleSyntax).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** Verified against when the account does not exist, so timing does not reveal login ids. */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

export const minimumPasswordLength = 12;

// The most common passwords of the public breach lists at 12 characters or more, and the
// obvious local ones; compared without case. A short list: the length rule does the main work.
const commonPasswords = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456123456', '111111111111', '000000000000',
  '123123123123', '987654321098', 'password1234', 'password12345', 'password123456', 'passwordpassword',
  'qwertyuiop12', 'qwertyuiopasdf', 'qwerty123456', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'abcdefghijkl',
  'abc123abc123', 'iloveyou1234', 'welcome12345', 'administrator', 'admin1234567', 'changeme1234',
  'letmein12345', 'kasanekasane', 'kasane123456', 'kasane-demo-password', 'p@ssw0rd1234', 'passw0rd1234',
]);

/**
 * The password rules (NISC/ガイドライン: length over complexity): at least 12 characters, not the
 * login id, not a well-known password. Returns the Japanese reasons, empty when acceptable.
 */
export function checkPasswordRules(password: string, loginId: string): string[] {
  const problems: string[] = [];
  if ([...password].length < minimumPasswordLength) problems.push(`パスワードは${minimumPasswordLength}文字以上にしてください。`);
  if (password.trim().toLowerCase() === loginId.trim().toLowerCase()) problems.push('ログインIDと同じパスワードは使えません。');
  if (commonPasswords.has(password.toLowerCase())) problems.push('よく使われていて推測されやすいパスワードです。別のパスワードにしてください。');
  if (/^(.)\1+$/u.test(password)) problems.push('同じ文字の繰り返しだけのパスワードは使えません。');
  return problems;
}

// No 0/O, 1/l/I: the password is read off a screen or paper and typed once.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A random password for an administrator to hand over: 16 characters, about 93 bits. */
export function generatePassword(length = 16): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}
