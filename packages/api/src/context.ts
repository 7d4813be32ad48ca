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
}

export interface Context {
  deps: ApiDeps;
  req: RequestInfo;
  session: ResolvedSession | null;
}
