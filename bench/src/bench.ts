// Benchmark (not part of the tests): 100,000 persons in one municipality on embedded PGlite,
// duplicate search and case list through the tRPC service path (session → scope and RLS → the SQL
// with the access predicate → the policy on the page → audit and ledger) against a raw SQL baseline
// measured in the same run: the same statements (access predicate inlined, ADR 0011) sent straight to
// PGlite as the owner. Prints p50/p95, the ratios and the exact totals.
import { performance } from 'node:perf_hooks';
import { appRouter, createCallerFactory, hashPassword, LoginThrottle } from '@kasane/api';
import type { Context } from '@kasane/api';
import { asSystem, casePageSql, duplicateSearchSql, findAccountByLoginId, openDatabase, prepareDatabase } from '@kasane/db';
import { normaliseKana } from '@kasane/domain';

const PERSONS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 40);
const municipalityCode = '082031'; // 土浦市 (demo)
const now = new Date();

const families: [string, string][] = [
  ['佐藤', 'サトウ'], ['鈴木', 'スズキ'], ['高橋', 'タカハシ'], ['田中', 'タナカ'], ['伊藤', 'イトウ'], ['渡辺', 'ワタナベ'], ['山本', 'ヤマモト'], ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'], ['加藤', 'カトウ'], ['吉田', 'ヨシダ'], ['山田', 'ヤマダ'], ['佐々木', 'ササキ'], ['山口', 'ヤマグチ'], ['松本', 'マツモト'], ['井上', 'イノウエ'],
  ['木村', 'キムラ'], ['林', 'ハヤシ'], ['斎藤', 'サイトウ'], ['清水', 'シミズ'], ['山崎', 'ヤマザキ'], ['森', 'モリ'], ['池田', 'イケダ'], ['橋本', 'ハシモト'],
  ['阿部', 'アベ'], ['石川', 'イシカワ'], ['山下', 'ヤマシタ'], ['中島', 'ナカジマ'], ['石井', 'イシイ'], ['小川', 'オガワ'], ['前田', 'マエダ'], ['岡田', 'オカダ'],
];
const givens: [string, string][] = [
  ['花子', 'ハナコ'], ['太郎', 'タロウ'], ['一郎', 'イチロウ'], ['和子', 'カズコ'], ['健太', 'ケンタ'], ['美咲', 'ミサキ'], ['翔', 'ショウ'], ['陽菜', 'ヒナ'],
  ['大輝', 'ダイキ'], ['さくら', 'サクラ'], ['正男', 'マサオ'], ['洋子', 'ヨウコ'], ['誠', 'マコト'], ['恵子', 'ケイコ'], ['拓也', 'タクヤ'], ['由美', 'ユミ'],
  ['博', 'ヒロシ'], ['幸子', 'サチコ'], ['修', 'オサム'], ['明美', 'アケミ'], ['蓮', 'レン'], ['結衣', 'ユイ'], ['悠真', 'ユウマ'], ['葵', 'アオイ'],
];
const towns = ['見本町', '試験町', '仮名町', '架空町', '例題町', '模擬町', '手本町', '桜町', '中央', '大和町', '東崎町', '川口'];

const sqlArray = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;

async function seed(db: Awaited<ReturnType<typeof openDatabase>>) {
  const pg = db.pglite;
  if (!pg) throw new Error('PGlite expected');
  const orgs = (await pg.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE "municipalityCode" = $1 ORDER BY name`, [municipalityCode])).rows.map((r) => r.id);
  const user = (await pg.query<{ id: string }>(`SELECT id FROM "User" WHERE "municipalityCode" = $1 LIMIT 1`, [municipalityCode])).rows[0]?.id ?? '';
  const households = Math.ceil(PERSONS / 2);
  const t0 = performance.now();
  await pg.exec(`
    CREATE TEMP TABLE bh AS SELECT g AS n, gen_random_uuid() AS id FROM generate_series(1, ${households}) g;
    INSERT INTO "Household" (id, "municipalityCode", address, "updatedAt")
      SELECT id, '${municipalityCode}', '土浦市' || (${sqlArray(towns)})[1 + n % ${towns.length}] || (1 + n % 40) || '-' || (1 + n / 40 % 50), now() FROM bh;
    CREATE TEMP TABLE bp AS
      SELECT bh.id AS hid, bh.n, k, gen_random_uuid() AS id,
             1 + (hashint4(bh.n * 7 + k) & 2147483647) % ${families.length} AS fi,
             1 + (hashint4(bh.n * 13 + k * 3) & 2147483647) % ${givens.length} AS gi
        FROM bh CROSS JOIN generate_series(0, 1) k WHERE bh.n * 2 - 1 + k <= ${PERSONS};
    INSERT INTO "Person" (id, "municipalityCode", "householdId", "familyName", "givenName", "familyNameKana", "givenNameKana", "nameKanaKey", "nameKey", "birthDate", relationship, "updatedAt", "createdByOrganisationId")
      SELECT id, '${municipalityCode}', hid,
             (${sqlArray(families.map((f) => f[0]))})[fi], (${sqlArray(givens.map((g) => g[0]))})[gi],
             (${sqlArray(families.map((f) => f[1]))})[fi], (${sqlArray(givens.map((g) => g[1]))})[gi],
             (${sqlArray(families.map((f) => f[1]))})[fi] || (${sqlArray(givens.map((g) => g[1]))})[gi],
             (${sqlArray(families.map((f) => f[0]))})[fi] || (${sqlArray(givens.map((g) => g[0]))})[gi],
             date '1930-01-01' + ((hashint4(n * 31 + k) & 2147483647) % 30000),
             CASE WHEN k = 0 THEN '本人' ELSE '家族' END, now(),
             CASE WHEN k = 0 THEN (${sqlArray(orgs)})[1 + n % ${orgs.length}]::uuid END
        FROM bp;
    INSERT INTO "Consultation" (id, "municipalityCode", "householdId", "personId", "organisationId", "receivedByUserId", "receivedAt", channel, "consulterType", "issueIds", summary)
      SELECT gen_random_uuid(), '${municipalityCode}', bp.hid, bp.id, (${sqlArray(orgs)})[1 + n % ${orgs.length}]::uuid, '${user}', now() - (n % 700) * interval '1 day',
             'window', 'self', ARRAY['household_finance', 'work'], 'ベンチマーク用の相談'
        FROM bp WHERE k = 0;
    INSERT INTO "Case" (id, "municipalityCode", "householdId", "primaryPersonId", "ownerOrganisationId", status, "issueIds", "updatedAt")
      SELECT gen_random_uuid(), '${municipalityCode}', bp.hid, bp.id, (${sqlArray(orgs)})[1 + n % ${orgs.length}]::uuid,
             (ARRAY['support_decided','assessment','monitoring','closed','outreach'])[1 + n % 5], ARRAY['eight_fifty','elderly_care'], now()
        FROM bp WHERE k = 0 AND n % 5 = 0;
    INSERT INTO "Consent" (id, "municipalityCode", "personId", "organisationIds", purposes, method, "obtainedByUserId", "obtainedAt")
      SELECT gen_random_uuid(), '${municipalityCode}', bp.id, ARRAY[(${sqlArray(orgs)})[1 + (n + 1) % ${orgs.length}]], ARRAY['support','coordination'], 'written', '${user}', now() - interval '10 days'
        FROM bp WHERE n % 10 = 3;
    ANALYZE;
  `);
  return { seconds: (performance.now() - t0) / 1000 };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

async function measure(label: string, runs: number, fn: (i: number) => Promise<unknown>) {
  console.error(`  measuring ${label} …`);
  for (let i = 0; i < 3; i += 1) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  const r = { label, p50: percentile(times, 50), p95: percentile(times, 95) };
  console.error(`  measured ${label}: p50 ${r.p50.toFixed(1)} ms`);
  return r;
}

const db = await openDatabase({ kind: 'pglite', memory: true });
await prepareDatabase(db, { demo: { hashPassword, now } });
const seeded = await seed(db);
const pg = db.pglite;
if (!pg) throw new Error('PGlite expected');
const count = (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Person" WHERE "municipalityCode" = $1`, [municipalityCode])).rows[0]?.n ?? 0;

const account = await asSystem(db, (tx) => findAccountByLoginId(tx, 'tsuchiura.worker'));
if (!account?.municipalityCode || !account.organisationId) throw new Error('demo account missing');
const actor = { kind: 'staff' as const, userId: account.id, displayName: account.displayName, role: account.role, organisationId: account.organisationId, municipalityCode: account.municipalityCode };
const ctx: Context = {
  deps: { db, now: () => new Date(), throttle: new LoginThrottle(), config: { production: false, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, suppressionThreshold: 5 } },
  req: { ip: '127.0.0.1', userAgent: 'bench', cookies: { kasane_csrf: 'x' }, csrfHeader: 'x', setCookie: () => undefined, clearCookie: () => undefined },
  session: { id: 'bench', csrfToken: 'x', actor },
};
const caller = createCallerFactory(appRouter)(ctx);

const queries = ['さとうはなこ', 'ｽｽﾞｷﾀﾛｳ', 'タナカ', '山本一郎', 'いのうえ', 'コバヤシケイコ', '佐々木', 'やまだゆい'];

// The raw baseline runs outside any request: the candidate function reads the tenant from the session.
await pg.query(`SELECT set_config('app.municipality', $1, false)`, [municipalityCode]);
const scope = { municipalityCode, organisationId: actor.organisationId, role: actor.role, now };
const raw = async (sql: { text: string; values: unknown[] } | null) => (sql ? pg.query<Record<string, unknown>>(sql.text, sql.values) : { rows: [] });

const dupService = await measure('duplicate search (service)', RUNS, (i) => caller.staff.intake.findCandidates({ name: queries[i % queries.length] ?? 'サトウ' }));
const dupRaw = await measure('duplicate search (raw SQL)', RUNS, async (i) => {
  const typed = (queries[i % queries.length] ?? 'サトウ').normalize('NFKC').replace(/\s+/gu, '');
  const kana = normaliseKana(typed);
  const katakana = /^[\p{Script=Katakana}ー・]+$/u.test(kana);
  const ranked = await raw(duplicateSearchSql({ ...scope, purpose: 'intake' }, { kanaKey: katakana ? kana : null, nameKey: katakana ? null : typed, birthDate: null, address: null, limit: 10 }));
  const ids = ranked.rows.filter((r) => r.allowed === true).map((r) => String(r.personId));
  return pg.query(`SELECT p.id, p."familyName", p."givenName", extract(year FROM p."birthDate") AS y, h.address FROM "Person" p JOIN "Household" h ON h.id = p."householdId" WHERE p.id = ANY($1::uuid[])`, [ids]);
});
const listService = await measure('case list (service)', RUNS, (i) => caller.staff.search.cases({ page: 1 + (i % 5), pageSize: 20 }));
const listRaw = await measure('case list (raw SQL)', RUNS, async (i) => {
  const page = await raw(casePageSql({ ...scope, purpose: 'support' }, { skip: (i % 5) * 20, take: 20 }));
  const ids = page.rows.flatMap((r) => (typeof r.id === 'string' ? [r.id] : []));
  return pg.query(
    `SELECT c.id, p."familyName", p."givenName", c.status, c."issueIds", c."openedAt" FROM "Case" c JOIN "Person" p ON p.id = c."primaryPersonId" WHERE c.id = ANY($1::uuid[])`,
    [ids],
  );
});

// Exact totals (no bound on candidates): the service's against a plain count of what the baseline admits.
const serviceTotal = (await caller.staff.search.cases({ pageSize: 1 })).total;
const rawTotal = Number((await raw(casePageSql({ ...scope, purpose: 'support' }, { skip: 0, take: 1 }))).rows[0]?.total ?? -1);
const auditorAccount = await asSystem(db, (tx) => findAccountByLoginId(tx, 'tsuchiura.auditor'));
const auditorCaller = createCallerFactory(appRouter)({ ...ctx, session: { id: 'bench-auditor', csrfToken: 'x', actor: { ...actor, userId: auditorAccount?.id ?? '', role: 'auditor', organisationId: auditorAccount?.organisationId ?? '' } } });
const t0 = performance.now();
const auditorTotal = (await auditorCaller.staff.search.persons({ pageSize: 20 })).total;
const auditorMs = performance.now() - t0;

const fmt = (n: number) => n.toFixed(1).padStart(8);
console.log(`\nKasane benchmark — PGlite in memory, ${count.toLocaleString()} persons in ${municipalityCode} (seeded in ${seeded.seconds.toFixed(1)} s), ${RUNS} runs each\n`);
console.log('what                              p50 ms   p95 ms');
for (const r of [dupService, dupRaw, listService, listRaw]) console.log(`${r.label.padEnd(32)}${fmt(r.p50)} ${fmt(r.p95)}`);
console.log(`\nratio service/raw — duplicate search: p50 ×${(dupService.p50 / dupRaw.p50).toFixed(2)}, p95 ×${(dupService.p95 / dupRaw.p95).toFixed(2)}`);
console.log(`ratio service/raw — case list:        p50 ×${(listService.p50 / listRaw.p50).toFixed(2)}, p95 ×${(listService.p95 / listRaw.p95).toFixed(2)}`);
console.log(`\nexact totals — worker's case list: service ${serviceTotal.toLocaleString()}, raw SQL ${rawTotal.toLocaleString()}; auditor's person list: ${auditorTotal.toLocaleString()} of ${count.toLocaleString()} (${auditorMs.toFixed(0)} ms, one call)`);
console.log('(the service adds the session scope, RLS, the policy on the page, the audit entry and the ledger; the baseline sends the same statements with the access predicate inlined)');
await db.close();
process.exit(0);
