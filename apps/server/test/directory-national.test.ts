// Issue #12, item 1: a national HSDS file (≥ 20,000 services, ≥ 20 MB, ≥ 1,000 municipality codes)
// through real HTTP, as a staff user (own rows only; the others counted and skipped), and loaded into
// every municipality with `pnpm kasane directory:import` (its command function). Time and memory printed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '@kasane/api';
import { nationalHsdsFile } from '@kasane/api/testing-hsds';
import { asSystem, listMunicipalityNames } from '@kasane/db';
import { createTestDatabase } from '@kasane/db/testing';
import type { TestDatabase } from '@kasane/db/testing';
import { directoryImportCommand } from '../src/cli/directory-commands.js';
import { apiDeps } from '../src/deps.js';
import { readEnv } from '../src/env.js';
import { buildHttpServer } from '../src/http.js';
import { signInOverHttp } from './support/sign-in.js';

let t: TestDatabase;
let app: FastifyInstance;
let base: string;
let national: { content: string; services: number };
let codes = 0;
const dir = mkdtempSync(join(tmpdir(), 'kasane-hsds-'));
const KOGA = '082040';
const TSUCHIURA = '082031';

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword, now: new Date() } });
  app = await buildHttpServer({ deps: apiDeps(t.db, readEnv({ NODE_ENV: 'test' })), logLevel: 'silent', trustProxy: false, serveApps: false });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  const municipalities = await asSystem(t.db, (tx) => listMunicipalityNames(tx));
  codes = municipalities.length;
  national = nationalHsdsFile(municipalities, 12);
}, 300_000);
afterAll(async () => {
  await app.close();
  await t.drop();
  rmSync(dir, { recursive: true, force: true });
});

const signIn = (loginId: string) => signInOverHttp(base, loginId);

/** Wall time and the highest resident memory seen while `work` runs. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  try {
    const value = await work();
    return { value, ms: Math.round(performance.now() - t0), peakMiB: Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

describe('a national HSDS file', () => {
  it('is national-size', () => {
    expect(codes).toBeGreaterThanOrEqual(1000);
    expect(national.services).toBeGreaterThanOrEqual(20_000);
    expect(Buffer.byteLength(national.content)).toBeGreaterThanOrEqual(20 * 1024 * 1024);
  });

  it('is refused by /api/trpc (1 MiB), and goes through the import route: a staff user imports only their own rows', async () => {
    const headers = await signIn('koga.community');
    const trpc = await fetch(`${base}/api/trpc/staff.directory.previewImport`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ json: { format: 'json', target: 'windows', content: national.content } }) });
    expect(trpc.status).toBe(413);
    const url = `${base}/api/directory/import?format=json&target=windows`;
    const check = await measured(async () => (await fetch(`${url}&mode=check`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: national.content })).json());
    expect(check.value).toMatchObject({ rows: national.services, valid: 12, errorCount: 0, elsewhereCount: national.services - 12 });
    const run = await measured(async () => (await fetch(`${url}&mode=import`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: national.content })).json());
    expect(run.value).toMatchObject({ windows: 12, elsewhere: national.services - 12, refused: 0 });
    console.log(`national file ${(Buffer.byteLength(national.content) / 1024 / 1024).toFixed(1)} MB, ${national.services} services, ${codes} codes — over HTTP as 古河市: check ${check.ms} ms, import ${run.ms} ms, peak RSS ${Math.max(check.peakMiB, run.peakMiB)} MiB`);
    const koga = await asSystem(t.db, (tx) => tx.consultationWindow.findMany({ where: { municipalityCode: KOGA, sourceId: { startsWith: 'jp-' } } }));
    expect(koga).toHaveLength(12);
    expect(koga.every((w) => w.address.startsWith('茨城県古河市大和町'))).toBe(true);
    expect(await asSystem(t.db, (tx) => tx.consultationWindow.count({ where: { municipalityCode: { not: KOGA }, sourceId: { startsWith: 'jp-' } } }))).toBe(0);
  }, 300_000);

  it('refuses a request without the CSRF header, and a user without the capability', async () => {
    const headers = await signIn('koga.community');
    const r = await fetch(`${base}/api/directory/import?format=json&target=windows&mode=import`, { method: 'POST', headers: { cookie: headers.cookie ?? '', 'content-type': 'application/json' }, body: '[]' });
    expect(r.status).toBe(403);
    const worker = await signIn('tsuchiura.worker');
    const refused = await fetch(`${base}/api/directory/import?format=json&target=windows&mode=check`, { method: 'POST', headers: { ...worker, 'content-type': 'application/json' }, body: '[]' });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('ROLE_FORBIDDEN');
  });

  it('loads into every municipality with directory:import: published as national data where no one uses Kasane', async () => {
    const file = join(dir, 'national.json');
    writeFileSync(file, national.content);
    const out: string[] = [];
    const io = { readStdin: () => Promise.reject(new Error('no stdin')), out: (s: string) => void out.push(s), err: (s: string) => void out.push(s), now: () => new Date() };
    const run = await measured(() => directoryImportCommand(t.db, [file], io));
    expect(run.value).toBe(0);
    const result = JSON.parse(out.join('')) as { inserted: number; updated: number; municipalities: number };
    console.log(`national file through directory:import: ${run.ms} ms, peak RSS ${run.peakMiB} MiB — ${JSON.stringify(result).slice(0, 200)}`);
    expect(result).toMatchObject({ inserted: national.services - 12, updated: 12, municipalities: codes });
    const counts = await asSystem(t.db, (tx) => tx.consultationWindow.groupBy({ by: ['municipalityCode', 'published'], where: { sourceId: { startsWith: 'jp-' } }, _count: true }));
    expect(counts.filter((c) => c.municipalityCode === TSUCHIURA)).toEqual([{ municipalityCode: TSUCHIURA, published: false, _count: 12 }]);
    expect(counts.find((c) => c.municipalityCode === '082015')).toEqual({ municipalityCode: '082015', published: true, _count: 12 });
    const mito = await asSystem(t.db, (tx) => tx.consultationWindow.findFirst({ where: { municipalityCode: '082015', sourceId: 'jp-082015-001' } }));
    expect(mito).toMatchObject({ address: '茨城県水戸市大和町1番1号', sourceLicence: 'CC BY 4.0', department: '福祉部 社会福祉課' });
    // once more: updates, no duplicates
    out.length = 0;
    expect(await directoryImportCommand(t.db, [file], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ inserted: 0, updated: national.services });
  }, 600_000);
});
