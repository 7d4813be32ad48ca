// `pnpm --filter @kasane/bench bench:prefecture` (also run by `pnpm bench`): the prefecture's views over the
// whole country (issue #11) — every municipality that is not a ward (1,741) submits a synthetic 実績報告
// for five fiscal years, each prefecture's official publishes the five frozen releases over HTTP, then
// the heaviest prefecture (北海道, 179 municipalities) and 茨城県 read their overview and trend under
// load, beside a bare Fastify + pg baseline reading the same rows in one transaction. On PostgreSQL.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createPrefecturalOfficial, hashPassword } from '@kasane/api';
import { openDatabase, prepareDatabase } from '@kasane/db';
import { statisticsFamilies } from '@kasane/domain';
import { headersOf, mutate, queryPath, signIn } from './http/client.js';
import type { Session } from './http/client.js';
import { cannon } from './http/load.js';
import type { Figure } from './http/load.js';
import { startPostgres } from './http/postgres.js';
import { startBaseline, startKasane } from './http/processes.js';
import type { Running } from './http/processes.js';

const SECONDS = Number(process.env.KASANE_BENCH_SECONDS ?? 10);
const YEARS = [2021, 2022, 2023, 2024, 2025];
const PASSWORD = 'bench-prefecture-official-2026';
const GOAL_MS = 200;

/** A small deterministic generator, so every run measures the same figures. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Figures of one municipality and year: many small counts (so suppression has work) and a few large ones. */
function figuresOf(code: string, year: number): { metric: string; key: string; value: number }[] {
  const next = generator(Number(code) * 31 + year);
  const size = 0.2 + next() * 6;
  const out: { metric: string; key: string; value: number }[] = [];
  for (const family of statisticsFamilies) {
    for (const column of family.columns) {
      const value = Math.floor(next() ** 2 * size * 40);
      if (value > 0) out.push({ metric: family.metric ?? column, key: family.metric ? column : '', value });
    }
  }
  return out;
}

interface Synthetic {
  municipalities: number;
  prefectures: { code: string; municipalities: number }[];
}

async function synthesise(url: string): Promise<Synthetic> {
  const db = await openDatabase({ kind: 'postgres', url });
  try {
    await prepareDatabase(db, { demo: { hashPassword, now: new Date() } });
    const municipalities = await db.prisma.municipality.findMany({ where: { isWard: false }, select: { code: true, prefectureCode: true } });
    const submittedBy = randomUUID();
    for (const year of YEARS) {
      await db.prisma.annualReportSubmission.createMany({
        data: municipalities.map((m) => ({ municipalityCode: m.code, fiscalYear: year, version: 1, submittedAt: new Date(`${year + 1}-05-31T01:00:00Z`), submittedByUserId: submittedBy, figures: figuresOf(m.code, year) })),
        skipDuplicates: true,
      });
    }
    const prefectures = [...new Set(municipalities.map((m) => m.prefectureCode))].sort();
    for (const code of prefectures) {
      const made = await createPrefecturalOfficial(db, { prefecture: code, loginId: `bench.pref${code.slice(0, 2)}`, displayName: `ベンチ職員 ${code.slice(0, 2)}`, password: PASSWORD });
      if (!made.ok) throw new Error(`official for ${code}: ${JSON.stringify(made.error)}`);
    }
    return { municipalities: municipalities.length, prefectures: prefectures.map((code) => ({ code, municipalities: municipalities.filter((m) => m.prefectureCode === code).length })) };
  } finally {
    await db.close();
  }
}

const row = (what: string, f: Figure, base?: Figure) =>
  `  ${what.padEnd(44)} ${f.rps.toFixed(1).padStart(9)} req/s  p50 ${String(f.p50).padStart(4)} ms  p97.5 ${String(f.p97_5).padStart(4)} ms  p99 ${String(f.p99).padStart(4)} ms  errors ${f.errors}` +
  (base ? `  → ×${(f.rps / base.rps).toFixed(3)} of the raw SQL${f.p97_5 < GOAL_MS ? '' : `  (p97.5 over ${GOAL_MS} ms)`}` : '');

async function main(): Promise<void> {
  const server = startPostgres(55_490);
  const running: Running[] = [];
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS kasane_bench_prefecture WITH (FORCE)');
    await admin.query('CREATE DATABASE kasane_bench_prefecture');
    await admin.end();
    const url = server.url.replace(/\/[^/]*$/, '/kasane_bench_prefecture');
    const synthetic = await synthesise(url);
    const kasane = await startKasane(3_491, { url });
    running.push(kasane);
    const baseline = await startBaseline(3_492, 'pg-prefecture', url);
    running.push(baseline);

    const sessions = new Map<string, Session>();
    const publishStarted = performance.now();
    for (const p of synthetic.prefectures) {
      const session = await signIn(kasane.url, `bench.pref${p.code.slice(0, 2)}`, 'prefecture', PASSWORD);
      sessions.set(p.code, session);
      for (const fiscalYear of YEARS) await mutate(kasane.url, session, 'prefecture.statistics.publish', { fiscalYear });
    }
    const publishMs = performance.now() - publishStarted;
    console.log(`prefecture views: ${synthetic.municipalities} municipalities × ${YEARS.length} fiscal years, ${synthetic.prefectures.length} prefectures; ${synthetic.prefectures.length * YEARS.length} releases published over HTTP in ${(publishMs / 1000).toFixed(1)} s`);

    for (const code of ['010006', '080004']) {
      const session = sessions.get(code);
      const size = synthetic.prefectures.find((p) => p.code === code)?.municipalities ?? 0;
      if (!session) throw new Error(`no official for ${code}`);
      console.log(`\n${code} (${size} municipalities), ${SECONDS} s each:`);
      for (const [label, procedure, input, raw] of [
        ['prefecture.municipality.find (overview)', 'prefecture.municipality.find', undefined, 'overview'],
        ['prefecture.statistics.trend (5 releases)', 'prefecture.statistics.trend', undefined, 'trend'],
      ] as const) {
        for (const connections of [1, 10]) {
          const base = await cannon({ url: baseline.url, path: `/prefecture/${code}/${raw}`, seconds: SECONDS, connections });
          const mine = await cannon({ url: kasane.url, path: queryPath(procedure, input), headers: headersOf(session), seconds: SECONDS, connections });
          console.log(row(`raw SQL (${raw}), ${connections} conn.`, base));
          console.log(row(`${label}, ${connections} conn.`, mine, base));
        }
      }
    }
  } finally {
    for (const r of running.reverse()) await r.stop();
    server.stop();
  }
}

await main();
