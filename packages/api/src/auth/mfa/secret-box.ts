// The TOTP secret at rest: AES-256-GCM under KASANE_MFA_KEY, so a copy of the database (a backup,
// a dump) does not give out the second factor. Without a key (development, tests) it is kept as
// is, marked `plain:`; README 本番での始め方 asks for the key in production.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const keyOf = (secret: string) => createHash('sha256').update(secret).digest();

export function sealSecret(plain: Uint8Array, key: string | undefined): string {
  if (!key) return `plain:${Buffer.from(plain).toString('base64')}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(key), iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function openSecret(sealed: string, key: string | undefined): Uint8Array {
  const [kind, data = ''] = sealed.split(':', 2);
  const raw = Buffer.from(data, 'base64');
  if (kind === 'plain') return new Uint8Array(raw);
  if (kind !== 'v1' || !key) throw new Error('the TOTP secret is sealed and KASANE_MFA_KEY is not set');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(key), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return new Uint8Array(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]));
}
