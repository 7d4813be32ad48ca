// Benchmark (not part of the tests): intake throughput with 1 vs 10 concurrent writers through the
// service path (scope and RLS → intake → audit entry in the municipality's own chain, ADR 0005), on
// PGlite in memory and, with KASANE_BENCH_DATABASE_URL (an admin URL), on PostgreSQL as a runtime
// login that owns nothing (ADR 0019). 10 writers run once in one municipality (they share one audit
// chain and wait on its lock) and once across the demo municipalities (separate chains).
// Usage: pnpm bench  (or: pnpm --filter @kasane/bench exec tsx src/writers.ts [seconds])
import { performance } from 'node:perf_hooks';
import { appRouter, createCallerFactory, hashPassword, LoginThrottle } from '@kasane/api';
import type { Context } from '@kasane/api';
import { asSystem, demoMunicipalities, findAccountByLoginId } from '@kasane/db';
import type { Database } from '@kasane/db';
import { createTestDatabase } from '@kasane/db/testing';

const SECONDS = Number(process.argv[2] ?? 5);
const now = new Date();

async function callerFor(db: Database, slug: string) {
  const account = await asSystem(db, (tx) => findAccountByLoginId(tx, `${slug}.worker`));
  if (!account?.municipalityCode || !account.organisationId) throw new Error(`demo account ${slug}.worker missing`);
  const actor = { kind: 'staff' as const, userId: account.id, displayName: account.displayName, role: account.role, organisationId: account.organisationId, municipalityCode: account.municipalityCode };
  const ctx: Context = {
    deps: { db, now: () => new Date(), throttle: new LoginThrottle(), config: { production: false, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, suppressionThreshold: 5 } },
    req: { ip: '127.0.0.1', userAgent: 'bench', cookies: { kasane_csrf: 'x' }, csrfHeader: 'x', setCookie: () => undefined, clearCookie: () => undefined },
    session: { id: `bench-${slug}`, csrfToken: 'x', actor },
  };
  return createCallerFactory(appRouter)(ctx);
}

type Caller = Awaited<ReturnType<typeof callerFor>>;

function intake(caller: Caller, writer: number, n: number) {
  return caller.staff.intake.record({
    channel: 'window',
    consulterType: 'self',
    household: { address: `見本町${writer}-${n}` },
    persons: [{ familyName: '見本', givenName: `試験${writer}x${n}`, familyNameKana: 'みほん', givenNameKana: 'しけん', relationship: '本人' }],
    issueIds: ['work'],
    summary: 'ベンチマーク用の相談',
  });
}

/** `writers` loops, each recording intakes one after another for SECONDS; intakes per second. */
async function throughput(callers: Caller[], writers: number): Promise<{ perSecond: number; failed: number }> {
  const until = performance.now() + SECONDS * 1000;
  let done = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const caller = callers[w % callers.length];
      if (!caller) throw new Error('no caller');
      for (let n = 0; performance.now() < until; n += 1) {
        try {
          await intake(caller, w, n);
          done += 1;
        } catch {
          failed += 1;
        }
      }
    }),
  );
  return { perSecond: done / ((performance.now() - t0) / 1000), failed };
}

async function run(label: string, serverUrl: string | null): Promise<void> {
  console.error(`  ${label}: preparing a fresh database with the demo data …`);
  const t = await createTestDatabase({ serverUrl, demo: { hashPassword, now } });
  try {
    const all = await Promise.all(demoMunicipalities.map((m) => callerFor(t.db, m.slug)));
    const one = all.slice(0, 1);
    await throughput(one, 1); // warm-up
    console.error(`  ${label}: measuring (${SECONDS} s each) …`);
    const single = await throughput(one, 1);
    const sameTenant = await throughput(one, 10);
    const tenants = await throughput(all, 10);
    const fmt = (r: { perSecond: number; failed: number }) => `${r.perSecond.toFixed(1).padStart(7)} /s${r.failed ? ` (${r.failed} failed)` : ''}`;
    console.log(`\n${label}`);
    console.log(`  1 writer                               ${fmt(single)}`);
    console.log(`  10 writers, one municipality           ${fmt(sameTenant)}   ratio ×${(sameTenant.perSecond / single.perSecond).toFixed(2)}`);
    console.log(`  10 writers, ${all.length} municipalities           ${fmt(tenants)}   ratio ×${(tenants.perSecond / single.perSecond).toFixed(2)}`);
  } finally {
    await t.drop();
  }
}

console.log(`\nKasane intake throughput — intakes per second through the service path, ${SECONDS} s per measurement`);
await run('PGlite (in memory, one connection: writers queue by design)', null);
// Read here: the bench is a script of its own, not the server (which reads env.ts only).
const server = process.env.KASANE_BENCH_DATABASE_URL;
if (server) await run('PostgreSQL (runtime login, pool of 10)', server);
else console.log('\nPostgreSQL: set KASANE_BENCH_DATABASE_URL=postgres://admin@host:port/postgres to measure it too.');
process.exit(0);
