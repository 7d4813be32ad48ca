// `pnpm bench`: the HTTP load scenarios of issue #13 against the real server on loopback, each beside
// its baseline measured in the same run (bare Fastify; bare Fastify + pg / PGlite reading the person row
// and inserting one audit row in one transaction), on PGlite and on PostgreSQL. Bounded in time:
// KASANE_BENCH_SECONDS (default 10; the issue's figures use 20), KASANE_BENCH_ROUNDS (default 1;
// rounds interleave Kasane with its baselines), KASANE_BENCH_DATABASES (default "postgres,pglite"),
// KASANE_BENCH_DATABASE_URL (a PostgreSQL server to use instead of starting one).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { hashPassword } from '@kasane/api';
import { openDatabase, prepareDatabase } from '@kasane/db';
import type { DatabaseOptions } from '@kasane/db';
import { headersOf, intakeBody, query, queryPath, signIn } from './http/client.js';
import { withCpu } from './http/cpu.js';
import type { CpuFigure } from './http/cpu.js';
import { cannon, mixed } from './http/load.js';
import type { Figure, MixedFigure } from './http/load.js';
import { startPostgres } from './http/postgres.js';
import { startBaseline, startKasane } from './http/processes.js';
import type { Running } from './http/processes.js';

const SECONDS = Number(process.env.KASANE_BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.KASANE_BENCH_ROUNDS ?? 1);
const DATABASES = (process.env.KASANE_BENCH_DATABASES ?? 'postgres,pglite').split(',').map((d) => d.trim());
const WORKER = 'tsuchiura.worker';
const SESSIONS = 20;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const medianFigure = (fs: Figure[]): Figure => ({ rps: median(fs.map((f) => f.rps)), p50: median(fs.map((f) => f.p50)), p97_5: median(fs.map((f) => f.p97_5)), p99: median(fs.map((f) => f.p99)), requests: median(fs.map((f) => f.requests)), errors: fs.reduce((a, f) => a + f.errors, 0) });

async function prepare(options: DatabaseOptions): Promise<void> {
  const db = await openDatabase(options);
  try {
    await prepareDatabase(db, { demo: { hashPassword, now: new Date() } });
  } finally {
    await db.close();
  }
}

type Measured = Figure & { cpu: CpuFigure | null };

interface Result {
  database: string;
  bare: Figure;
  baseline: Figure;
  /** the same server's cheapest signed-in call (auth.session: the session statement, no transaction): the stack's floor */
  floor: Measured;
  personGet: Measured;
  mixed: MixedFigure;
  intake1: Measured;
  intake10: Measured;
}

const medianCpu = (fs: Measured[]): CpuFigure | null => {
  const cs = fs.flatMap((f) => (f.cpu ? [f.cpu] : []));
  const first = cs[0];
  if (!first) return null;
  return { serverMs: median(cs.map((c) => c.serverMs)), machineMs: median(cs.map((c) => c.machineMs)), coresBusy: median(cs.map((c) => c.coresBusy)), cores: first.cores };
};

async function benchDatabase(kind: string, ports: { kasane: number; bare: number; base: number }): Promise<Result> {
  const running: Running[] = [];
  const cleanup: (() => void)[] = [];
  try {
    let kasane: Running;
    let base: Running;
    if (kind === 'postgres') {
      const server = startPostgres(55_480);
      cleanup.push(() => server.stop());
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query('DROP DATABASE IF EXISTS kasane_bench WITH (FORCE)');
      await admin.query('CREATE DATABASE kasane_bench');
      await admin.end();
      const url = server.url.replace(/\/[^/]*$/, '/kasane_bench');
      await prepare({ kind: 'postgres', url });
      running.push((kasane = await startKasane(ports.kasane, { url })));
      running.push((base = await startBaseline(ports.base, 'pg', url)));
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'kasane-bench-pglite-'));
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
      await prepare({ kind: 'pglite', dataDir: join(dir, 'kasane') });
      cpSync(join(dir, 'kasane'), join(dir, 'baseline'), { recursive: true });
      running.push((kasane = await startKasane(ports.kasane, { dataDir: join(dir, 'kasane') })));
      running.push((base = await startBaseline(ports.base, 'pglite', join(dir, 'baseline'))));
    }
    const bare = await startBaseline(ports.bare, 'bare');
    running.push(bare);

    const session = await signIn(kasane.url, WORKER);
    const persons = await query<{ items: { id: string }[] }>(kasane.url, session, 'staff.search.persons', { pageSize: 20 });
    const personId = persons.items[0]?.id;
    if (!personId) throw new Error(`${WORKER} sees no person in the demo data`);
    const person = await query<{ householdId: string }>(kasane.url, session, 'staff.person.get', { personId });
    const headers = headersOf(session);

    console.error(`  ${kind}: warming up …`);
    await cannon({ url: kasane.url, path: queryPath('staff.person.get', { personId }), seconds: 2, connections: 10, headers });
    await cannon({ url: base.url, path: `/person/${personId}`, seconds: 2, connections: 10 });
    const figures = { bare: [] as Figure[], baseline: [] as Figure[], floor: [] as Measured[], personGet: [] as Measured[] };
    const measured = (load: () => Promise<Figure>) => withCpu(kasane.pid, SECONDS, load);
    for (let r = 0; r < ROUNDS; r += 1) {
      console.error(`  ${kind}: round ${r + 1}/${ROUNDS} (${SECONDS} s each) …`);
      figures.bare.push(await cannon({ url: bare.url, path: `/person/${personId}`, seconds: SECONDS, connections: 10 }));
      figures.baseline.push(await cannon({ url: base.url, path: `/person/${personId}`, seconds: SECONDS, connections: 10 }));
      figures.floor.push(await measured(() => cannon({ url: kasane.url, path: queryPath('auth.session', undefined), seconds: SECONDS, connections: 10, headers })));
      figures.personGet.push(await measured(() => cannon({ url: kasane.url, path: queryPath('staff.person.get', { personId }), seconds: SECONDS, connections: 10, headers })));
    }

    console.error(`  ${kind}: mixed load, ${SESSIONS} sessions …`);
    const sessions = await Promise.all(Array.from({ length: SESSIONS }, async () => headersOf(await signIn(kasane.url, WORKER))));
    const result = await mixed(
      kasane.url,
      sessions,
      [
        { name: 'person.get', path: queryPath('staff.person.get', { personId }) },
        { name: 'household.get', path: queryPath('staff.household.get', { householdId: person.householdId }) },
        { name: 'search.persons', path: queryPath('staff.search.persons', { pageSize: 20 }) },
        { name: 'search.cases', path: queryPath('staff.search.cases', { pageSize: 20 }) },
        { name: 'intake.findCandidates', path: queryPath('staff.intake.findCandidates', { name: 'みほん' }) },
        { name: 'intake.record', path: '/api/trpc/staff.intake.record', method: 'POST', body: intakeBody },
      ],
      SECONDS,
    );

    console.error(`  ${kind}: intake, 1 and 10 writers …`);
    const intake = (connections: number) => measured(() => cannon({ url: kasane.url, path: '/api/trpc/staff.intake.record', method: 'POST', headers, body: intakeBody, seconds: SECONDS, connections }));
    const intake1 = await intake(1);
    const intake10 = await intake(10);
    return {
      database: kind,
      bare: medianFigure(figures.bare),
      baseline: medianFigure(figures.baseline),
      floor: { ...medianFigure(figures.floor), cpu: medianCpu(figures.floor) },
      personGet: { ...medianFigure(figures.personGet), cpu: medianCpu(figures.personGet) },
      mixed: result,
      intake1,
      intake10,
    };
  } finally {
    for (const r of running.reverse()) await r.stop();
    for (const c of cleanup.reverse()) c();
  }
}

const row = (what: string, f: Figure, base?: Figure) =>
  `${what.padEnd(48)}${f.rps.toFixed(1).padStart(9)} ${`${f.p50} / ${f.p99}`.padStart(11)} ${String(f.errors).padStart(6)}${base ? `   ×${(f.rps / base.rps).toFixed(3)} req/s, p99 ×${(f.p99 / Math.max(base.p99, 1)).toFixed(1)}` : ''}`;

const cpuLine = (c: CpuFigure | null) =>
  c ? `      CPU per request: server ${c.serverMs.toFixed(2)} ms, whole machine ${c.machineMs.toFixed(2)} ms; ${c.coresBusy.toFixed(2)} of ${c.cores} cores busy` : '      CPU per request: not measured (no /proc)';

// Issue #13's figures for the landed main before the work (its table), and its goals.
const reference = {
  postgres: { personGetRps: 158, mixedRps: 155.6 },
  pglite: { personGetRps: 72.5, mixedRps: 66.1 },
} as const;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

function print(r: Result): void {
  const store = r.database === 'postgres' ? 'pg' : 'PGlite';
  const ref = r.database === 'postgres' ? reference.postgres : reference.pglite;
  console.log(`\n${r.database === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded)'} — ${SECONDS} s per figure, medians of ${ROUNDS} round(s), 10 connections`);
  console.log(`${'target'.padEnd(48)}${'req/s'.padStart(9)} ${'p50 / p99'.padStart(11)} ${'errors'.padStart(6)}   ratio to the baseline`);
  console.log(row('bare Fastify, no database', r.bare));
  console.log(row(`bare Fastify + ${store}: person + audit (baseline)`, r.baseline));
  console.log(row('Kasane auth.session (the stack’s floor)', r.floor, r.baseline));
  console.log(cpuLine(r.floor.cpu));
  console.log(row('Kasane staff.person.get', r.personGet, r.baseline));
  console.log(cpuLine(r.personGet.cpu));
  const m = r.mixed;
  console.log(`mixed load, ${SESSIONS} sessions: ${m.requests} requests in ${SECONDS} s (${m.rps.toFixed(1)} req/s, ${(m.rps * 30).toFixed(0)} per 30 s), ${m.errors} errors`);
  for (const p of m.perProcedure) console.log(`  ${p.name.padEnd(24)} ${String(p.count).padStart(6)} requests, p50 ${p.p50.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms`);
  console.log(`intake: 1 writer ${r.intake1.rps.toFixed(1)} req/s, 10 writers ${r.intake10.rps.toFixed(1)} req/s — ×${(r.intake10.rps / Math.max(r.intake1.rps, 0.001)).toFixed(2)} (errors ${r.intake1.errors + r.intake10.errors})`);
  console.log(cpuLine(r.intake1.cpu).replace('CPU per request', 'CPU per request, 1 writer'));
  console.log(cpuLine(r.intake10.cpu).replace('CPU per request', 'CPU per request, 10 writers'));
  console.log(`goals of issue #13 (${store}), against the issue's figures before the work:`);
  const worstP95 = Math.max(...m.perProcedure.map((p) => p.p95));
  if (r.database === 'postgres') {
    const ratio = r.personGet.rps / r.baseline.rps;
    console.log(`  person.get ≥ 0.5× the baseline: ×${ratio.toFixed(3)} — ${verdict(ratio >= 0.5)}; p99 ≤ 3× the baseline's: ×${(r.personGet.p99 / Math.max(r.baseline.p99, 1)).toFixed(1)} — ${verdict(r.personGet.p99 <= 3 * Math.max(r.baseline.p99, 1))}`);
    console.log(`  mixed ≥ 4× ${ref.mixedRps} req/s: ×${(m.rps / ref.mixedRps).toFixed(2)} — ${verdict(m.rps >= 4 * ref.mixedRps)}; 0 errors — ${verdict(m.errors === 0)}; every p95 ≤ 50 ms: worst ${worstP95.toFixed(1)} ms — ${verdict(worstP95 <= 50)}`);
    const scale = r.intake10.rps / Math.max(r.intake1.rps, 0.001);
    console.log(`  intake, 10 writers ≥ ×5 over 1: ×${scale.toFixed(2)} — ${verdict(scale >= 5)}`);
  } else {
    console.log(`  person.get ≥ 4× ${ref.personGetRps} req/s: ×${(r.personGet.rps / ref.personGetRps).toFixed(2)} — ${verdict(r.personGet.rps >= 4 * ref.personGetRps)}`);
    console.log(`  mixed ≥ 3× ${ref.mixedRps} req/s: ×${(m.rps / ref.mixedRps).toFixed(2)} — ${verdict(m.rps >= 3 * ref.mixedRps)}`);
  }
}

console.error(`Kasane HTTP bench on Node ${process.version}: ${DATABASES.join(', ')}`);
for (const [i, kind] of DATABASES.entries()) {
  const base = 3300 + i * 10;
  print(await benchDatabase(kind, { kasane: base, bare: base + 1, base: base + 2 }));
}
