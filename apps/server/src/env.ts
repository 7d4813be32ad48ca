// The only place the server reads process.env (CONVENTIONS.md "Style").
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseTrustProxy } from './trust-proxy.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** postgres://… → server mode; unset → embedded PGlite in KASANE_DATA_DIR */
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://').optional()),
  /**
   * The owner of the tables (ADR 0019): migrations, reference data, backups, and creating the runtime
   * login named in DATABASE_URL. Unset on a server that only runs requests (migrated beforehand).
   */
  DATABASE_OWNER_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_OWNER_URL must start with postgres://').optional()),
  KASANE_DATA_DIR: z.string().default(`${repoRoot}.data/pglite`),
  KASANE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  KASANE_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  KASANE_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(3, 'SPEC §7: the threshold is never below 3').default(5),
  /** the reverse proxies' addresses or CIDRs, comma-separated (src/trust-proxy.ts); unset → none */
  KASANE_TRUST_PROXY: z.string().optional().transform((v, ctx) => {
    try {
      return parseTrustProxy(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  }),
  /** the key that signs audit checkpoints (HMAC-SHA256); kept outside the database, ≥ 32 characters */
  KASANE_AUDIT_CHECKPOINT_KEY: z.string().min(32, 'KASANE_AUDIT_CHECKPOINT_KEY must be at least 32 characters').optional(),
  /** set by pnpm to the directory the command was run from (scripts run in the package's own) */
  INIT_CWD: z.string().optional(),
  /** seals the TOTP secrets at rest (ADR 0017); kept outside the database, ≥ 32 characters */
  KASANE_MFA_KEY: z.string().min(32, 'KASANE_MFA_KEY must be at least 32 characters').optional(),
  /** the host name the apps are served on (WebAuthn relying party); default localhost */
  KASANE_WEBAUTHN_RP_ID: z.string().min(1).optional(),
  /** the origins the apps are served from, comma-separated, e.g. https://kasane.city.example.lg.jp */
  KASANE_WEBAUTHN_ORIGINS: z.string().optional(),
  /** prefectural officials must use a second factor */
  KASANE_PREFECTURE_MFA_REQUIRED: z.enum(['true', 'false']).default('false'),
  KASANE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    throw new Error(`invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return { ...parsed.data, KASANE_DATA_DIR: invocationPath(parsed.data, parsed.data.KASANE_DATA_DIR) };
}

/** A path given on the command line or in the environment, against the directory the command was run from. */
export function invocationPath(env: Pick<Env, 'INIT_CWD'>, path: string): string {
  return resolve(env.INIT_CWD ?? process.cwd(), path);
}

export { repoRoot };
