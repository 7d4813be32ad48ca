// The only place the server reads process.env (CONVENTIONS.md "Style").
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** postgres://… → server mode; unset → embedded PGlite in KASANE_DATA_DIR */
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://').optional()),
  KASANE_DATA_DIR: z.string().default(`${repoRoot}.data/pglite`),
  KASANE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  KASANE_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  KASANE_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(3, 'SPEC §7: the threshold is never below 3').default(5),
  KASANE_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** the key that signs audit checkpoints (HMAC-SHA256); kept outside the database, ≥ 32 characters */
  KASANE_AUDIT_CHECKPOINT_KEY: z.string().min(32, 'KASANE_AUDIT_CHECKPOINT_KEY must be at least 32 characters').optional(),
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
  return parsed.data;
}

export { repoRoot };
