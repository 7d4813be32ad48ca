// TOTP (RFC 6238: SHA-1, 6 digits, 30 s) by @oslojs/otp. The step of the accepted code is returned
// so the caller can refuse it the second time (a code seen over a shoulder cannot be replayed).
import { randomBytes } from 'node:crypto';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { renderSVG } from 'uqr';

export const totpPeriodSeconds = 30;
const digits = 6;

export function newTotpKey(): Uint8Array {
  return new Uint8Array(randomBytes(20));
}

export function totpStepAt(at: Date): bigint {
  return BigInt(Math.floor(at.getTime() / 1000 / totpPeriodSeconds));
}

export function totpCodeAt(key: Uint8Array, at: Date): string {
  return generateHOTP(key, totpStepAt(at), digits);
}

/** The step of `code` within ±1 step of `at` (clock drift, typing time), or null. */
export function matchTotp(key: Uint8Array, code: string, at: Date): bigint | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = totpStepAt(at);
  for (const step of [now, now - 1n, now + 1n]) {
    if (generateHOTP(key, step, digits) === code) return step;
  }
  return null;
}

export interface TotpEnrolment {
  /** for typing into an app that cannot scan */
  secret: string;
  uri: string;
  /** the QR code of `uri`, drawn here (no external service) */
  qrSvg: string;
}

export function totpEnrolment(key: Uint8Array, issuer: string, accountName: string): TotpEnrolment {
  const uri = createTOTPKeyURI(issuer, accountName, key, totpPeriodSeconds, digits);
  return { secret: encodeBase32UpperCaseNoPadding(key), uri, qrSvg: renderSVG(uri, { ecc: 'M', border: 2 }) };
}
