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

interface Result {
  database: string;
  bare: Figure;
  baseline: Figure;
  personGet: Figure;
  mixed: MixedFigure;
  intake1: Figure;
  intake10: Figure;
}

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
    const figures = { bare: [] as Figure[], baseline: [] as Figure[], personGet: [] as Figure[] };
    for (let r = 0; r < ROUNDS; r += 1) {
      console.error(`  ${kind}: round ${r + 1}/${ROUNDS} (${SECONDS} s each) …`);
      figures.bare.push(await cannon({ url: bare.url, path: `/person/${personId}`, seconds: SECONDS, connections: 10 }));
      figures.baseline.push(await cannon({ url: base.url, path: `/person/${personId}`, seconds: SECONDS, connections: 10 }));
      figures.personGet.push(await cannon({ url: kasane.url, path: queryPath('staff.person.get', { personId }), seconds: SECONDS, connections: 10, headers }));
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
    const intake = (connections: number) => cannon({ url: kasane.url, path: '/api/trpc/staff.intake.record', method: 'POST', headers, body: intakeBody, seconds: SECONDS, connections });
    const intake1 = await intake(1);
    const intake10 = await intake(10);
    return { database: kind, bare: medianFigure(figures.bare), baseline: medianFigure(figures.baseline), personGet: medianFigure(figures.personGet), mixed: result, intake1, intake10 };
  } finally {
    for (const r of running.reverse()) await r.stop();
    for (const c of cleanup.reverse()) c();
  }
}

const row = (what: string, f: Figure, base?: Figure) =>
  `${what.padEnd(48)}${f.rps.toFixed(1).padStart(9)} ${`${f.p50} / ${f.p99}`.padStart(11)} ${String(f.errors).padStart(6)}${base ? `   ×${(f.rps / base.rps).toFixed(3)} req/s, p99 ×${(f.p99 / Math.max(base.p99, 1)).toFixed(1)}` : ''}`;

function print(r: Result): void {
  const store = r.database === 'postgres' ? 'pg' : 'PGlite';
  console.log(`\n${r.database === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded)'} — ${SECONDS} s per figure, medians of ${ROUNDS} round(s), 10 connections`);
  console.log(`${'target'.padEnd(48)}${'req/s'.padStart(9)} ${'p50 / p99'.padStart(11)} ${'errors'.padStart(6)}   ratio to the baseline`);
  console.log(row('bare Fastify, no database', r.bare));
  console.log(row(`bare Fastify + ${store}: person + audit (baseline)`, r.baseline));
  console.log(row('Kasane staff.person.get', r.personGet, r.baseline));
  const m = r.mixed;
  console.log(`mixed load, ${SESSIONS} sessions: ${m.requests} requests in ${SECONDS} s (${m.rps.toFixed(1)} req/s, ${(m.rps * 30).toFixed(0)} per 30 s), ${m.errors} errors`);
  for (const p of m.perProcedure) console.log(`  ${p.name.padEnd(24)} ${String(p.count).padStart(6)} requests, p50 ${p.p50.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms`);
  console.log(`intake: 1 writer ${r.intake1.rps.toFixed(1)} req/s, 10 writers ${r.intake10.rps.toFixed(1)} req/s — ×${(r.intake10.rps / Math.max(r.intake1.rps, 0.001)).toFixed(2)} (errors ${r.intake1.errors + r.intake10.errors})`);
}

console.error(`Kasane HTTP bench on Node ${process.version}: ${DATABASES.join(', ')}`);
for (const [i, kind] of DATABASES.entries()) {
  const base = 3300 + i * 10;
  print(await benchDatabase(kind, { kasane: base, bare: base + 1, base: base + 2 }));
}
