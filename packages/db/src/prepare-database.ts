import type { Database } from './database.js';
import { applyMigrations } from './migrate/apply-migrations.js';
import { asSystem } from './scope.js';
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
  const referenceLoaded = await asSystem(db, async (tx) => {
    if ((await tx.municipality.count()) > 0) return false;
    await loadReferenceData(tx);
    await loadProgramStatusHistory(tx);
    return true;
  });
  let demoLoaded = false;
  const demo = options.demo;
  if (demo) {
    demoLoaded = await asSystem(db, async (tx) => {
      if (await hasDemoData(tx)) return false;
      if ((await tx.user.count()) > 0) return false;
      await loadDemoData(tx, demo);
      return true;
    });
  }
  return { appliedMigrations, referenceLoaded, demoLoaded };
}

/** Row-level security means nothing if the request role can bypass it (../shared/STACK.md). */
async function assertAppRoleIsConfined(db: Database): Promise<void> {
  const rows = await db.prisma.$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean }[]>`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'kasane_app'`;
  const role = rows[0];
  if (!role) throw new Error('role kasane_app is missing: migrations did not run');
  if (role.rolsuper || role.rolbypassrls) throw new Error('refusing to start: role kasane_app is a superuser or has BYPASSRLS, so row-level security would not apply');
}
