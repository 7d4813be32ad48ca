import type { Database } from './database.js';
import { applyMigrations } from './migrate/apply-migrations.js';
import { asOwner } from './scope.js';
import { hasDemoData, loadDemoData } from './seed/demo-seed.js';
import { loadProgramStatusHistory } from './seed/program-status.js';
import { loadReferenceData } from './seed/reference-data.js';

export interface BootstrapReport {
  appliedMigrations: string[];
  referenceLoaded: boolean;
  demoLoaded: boolean;
}

/**
 * Start-up: apply pending migrations, make sure reference data is there, and on the embedded
 * default's first start load the demo data. A server database never gets demo data here.
 */
export async function prepareDatabase(db: Database, options: { demo: { hashPassword: (p: string) => Promise<string>; now: Date } | null }): Promise<BootstrapReport> {
  const appliedMigrations = await applyMigrations(db);
  await assertAppRoleIsConfined(db);
  const referenceLoaded = await asOwner(db, async (tx) => {
    if ((await tx.municipality.count()) > 0) return false;
    await loadReferenceData(tx);
    await loadProgramStatusHistory(tx);
    return true;
  });
  let demoLoaded = false;
  const demo = options.demo;
  if (demo) {
    demoLoaded = await asOwner(db, async (tx) => {
      if (await hasDemoData(tx)) return false;
      if ((await tx.user.count()) > 0) return false;
      await loadDemoData(tx, demo);
      return true;
    });
  }
  return { appliedMigrations, referenceLoaded, demoLoaded };
}

const requestRoles = ['kasane_app', 'kasane_public', 'kasane_prefecture', 'kasane_system'];

/** Row-level security means nothing if a request role can bypass it (../shared/STACK.md, ADR 0019). */
export async function assertAppRoleIsConfined(db: Database): Promise<void> {
  const rows = await db.prisma.$queryRaw<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }[]>`SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ANY(${requestRoles})`;
  const missing = requestRoles.filter((r) => !rows.some((row) => row.rolname === r));
  if (missing.length > 0) throw new Error(`role ${missing.join(', ')} is missing: migrations did not run`);
  const loose = rows.filter((r) => r.rolsuper || r.rolbypassrls).map((r) => r.rolname);
  if (loose.length > 0) throw new Error(`refusing to start: role ${loose.join(', ')} is a superuser or has BYPASSRLS, so row-level security would not apply`);
}
