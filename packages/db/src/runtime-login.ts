// The server's login on PostgreSQL owns nothing (issue #9, ADR 0019): migrations run as the owner
// (DATABASE_OWNER_URL), which creates the runtime login named in DATABASE_URL as a member of the
// request roles only. Such a login cannot ALTER a table, disable the audit triggers, TRUNCATE, or
// UPDATE/DELETE an audit entry.
import type { Database } from './database.js';

/** The user and password of a postgres:// URL (percent-decoded). */
export function loginOf(url: string): { user: string; password: string } {
  const u = new URL(url);
  const user = decodeURIComponent(u.username);
  if (!user) throw new Error('DATABASE_URL names no user: the runtime login is the user of DATABASE_URL');
  return { user, password: decodeURIComponent(u.password) };
}

/** Creates (or updates the password of) the runtime login; run on the owner connection after migrations. */
export async function ensureRuntimeLogin(owner: Database, runtimeUrl: string): Promise<string> {
  const { user, password } = loginOf(runtimeUrl);
  if (!password) throw new Error('DATABASE_URL has no password: the runtime login is created with it');
  await owner.prisma.$queryRaw`SELECT kasane_ensure_runtime_login(${user}, ${password})::text`;
  return user;
}

export interface LoginPrivileges {
  user: string;
  superuser: boolean;
  bypassRls: boolean;
  createRole: boolean;
  ownedRelations: number;
}

export async function loginPrivileges(db: Database): Promise<LoginPrivileges> {
  const rows = await db.prisma.$queryRaw<{ user: string; superuser: boolean; bypassRls: boolean; createRole: boolean; owned: bigint }[]>`
    SELECT r.rolname AS user, r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls", r.rolcreaterole AS "createRole",
           (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) AS owned
    FROM pg_roles r WHERE r.rolname = session_user`;
  const row = rows[0];
  if (!row) throw new Error('the connected login is not a role');
  return { user: row.user, superuser: row.superuser, bypassRls: row.bypassRls, createRole: row.createRole, ownedRelations: Number(row.owned) };
}

/**
 * On PostgreSQL the server refuses to start as a login that owns tables or may bypass the rules.
 * PGlite is one embedded superuser by construction: there the request roles (SET LOCAL ROLE) are
 * the limit, and whoever can run the process can read its files anyway.
 */
export async function assertRuntimeLoginConfined(db: Database): Promise<void> {
  if (db.kind !== 'postgres') return;
  const p = await loginPrivileges(db);
  const reasons = [p.superuser && 'superuser', p.bypassRls && 'BYPASSRLS', p.createRole && 'CREATEROLE', p.ownedRelations > 0 && `owns ${p.ownedRelations} tables`].filter(Boolean);
  if (reasons.length > 0) {
    throw new Error(
      `refusing to start: the DATABASE_URL login "${p.user}" is ${reasons.join(', ')}. ` +
        'Connect as a runtime login that owns nothing and give the owner as DATABASE_OWNER_URL (README 本番での始め方).',
    );
  }
}
