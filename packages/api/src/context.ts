import type { Database } from '@kasane/db';
import type { LoginThrottle } from './auth/login-throttle.js';

export interface CookieOptions {
  httpOnly: boolean;
  maxAgeSeconds?: number;
}

/** What the API needs of an HTTP request; the server adapts Fastify to it. */
export interface RequestInfo {
  ip: string;
  userAgent: string | null;
  cookies: Readonly<Record<string, string | undefined>>;
  /** the X-CSRF-Token header */
  csrfHeader: string | undefined;
  setCookie(name: string, value: string, options: CookieOptions): void;
  clearCookie(name: string): void;
}

export interface ApiConfig {
  /** NODE_ENV=production: demo accounts are refused, cookies are Secure. */
  production: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** small-cell suppression threshold for aggregates (SPEC §7: default 5, never below 3) */
  suppressionThreshold: number;
  /** multi-factor sign-in (ADR 0017); defaults in auth/mfa/mfa-config.ts */
  mfa?: Partial<MfaConfig>;
}

export interface MfaConfig {
  /** KASANE_MFA_KEY: seals the TOTP secrets at rest */
  secretKey?: string;
  /** WebAuthn relying party: the host name the apps are served on (KASANE_WEBAUTHN_RP_ID) */
  rpId: string;
  rpName: string;
  /** the exact origins the apps are served from (KASANE_WEBAUTHN_ORIGINS, comma-separated) */
  origins: string[];
  /** KASANE_PREFECTURE_MFA_REQUIRED: prefectural officials must use a second factor */
  prefectureRequired: boolean;
}

export interface ApiDeps {
  db: Database;
  config: ApiConfig;
  throttle: LoginThrottle;
  now: () => Date;
}

export type StaffActor = {
  kind: 'staff';
  userId: string;
  displayName: string;
  role: string;
  organisationId: string;
  municipalityCode: string;
};

export type PrefectureActor = {
  kind: 'prefecture';
  userId: string;
  displayName: string;
  role: 'prefectural_official';
  prefectureCode: string;
};

export type Actor = StaffActor | PrefectureActor;

export interface ResolvedSession {
  id: string;
  csrfToken: string;
  actor: Actor;
  /** an administrator chose the password (or reset it): the apps ask for a new one first */
  mustChangePassword?: boolean;
  /**
   * The second factor still to do before anything but the MFA steps: `verify` (the account has a
   * factor, this session has not shown it) or `enrol` (required, and the account has none).
   */
  mfaStep?: 'verify' | 'enrol';
}

export interface Context {
  deps: ApiDeps;
  req: RequestInfo;
  session: ResolvedSession | null;
}
