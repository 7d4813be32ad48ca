// Issue #9 over real HTTP: refusals before tRPC in tRPC's envelope and in Japanese, internal errors
// masked with a request id that the log carries, no personal data in any log line, and the headers
// (no-store, Permissions-Policy, font-src, HSTS only over TLS, no source maps).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '@kasane/api';
import { createTestDatabase } from '@kasane/db/testing';
import type { TestDatabase } from '@kasane/db/testing';
import { apiDeps } from '../src/deps.js';
import { readEnv } from '../src/env.js';
import { buildHttpServer } from '../src/http.js';

let t: TestDatabase;
let app: FastifyInstance;
const logLines: string[] = [];
let failing = false;
// What a Prisma failure looked like in a response before: the call, a source path, a value.
const secret = 'Invalid `prisma.household.create()` invocation in /work/kasane/packages/db/src/x.ts:12 Code 22021 山田太郎';

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword, now: new Date() } });
  const deps = apiDeps(t.db, readEnv({ NODE_ENV: 'test' }));
  deps.now = () => {
    if (failing) throw new Error(secret);
    return new Date();
  };
  app = await buildHttpServer({ deps, logLevel: 'info', trustProxy: false, serveApps: false, logStream: { write: (line) => void logLines.push(line) } });
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

async function signIn(loginId: string): Promise<Record<string, string>> {
  const first = await app.inject({ method: 'POST', url: '/api/trpc/auth.session', headers: { 'content-type': 'application/json' }, payload: '{}' });
  const csrf = /kasane_csrf=([\w-]+)/.exec(String(first.headers['set-cookie']))?.[1] ?? '';
  const r = await app.inject({
    method: 'POST',
    url: '/api/trpc/auth.login',
    headers: { 'content-type': 'application/json', cookie: `kasane_csrf=${csrf}`, 'x-csrf-token': csrf },
    payload: JSON.stringify({ json: { loginId, password: 'kasane-demo', app: 'staff' } }),
  });
  expect(r.statusCode).toBe(200);
  const cookies = ([] as string[]).concat(r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
  const jar = new Map([['kasane_csrf', csrf], ...cookies.map((c) => c?.split('=') as [string, string])]);
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return { 'content-type': 'application/json', cookie, 'x-csrf-token': jar.get('kasane_csrf') ?? '' };
}

type Envelope = { error: { json: { message: string; data: { code: string; httpStatus: number; requestId: string | null; appError: { code: string; details: unknown } | null } } } };

describe('weight as received (issue #12 item 11)', () => {
  it('sends the precompressed brotli or gzip copy, caches hashed assets for a year and revalidates HTML', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kasane-apps-'));
    const script = `console.log(${JSON.stringify('相談窓口'.repeat(200))});`;
    for (const dir of ['apps/portal/dist', 'apps/staff/dist', 'apps/prefecture/dist']) {
      mkdirSync(join(root, dir, 'assets'), { recursive: true });
      writeFileSync(join(root, dir, 'index.html'), '<!doctype html><title>Kasane</title>');
      writeFileSync(join(root, dir, 'index.html.br'), brotliCompressSync('<!doctype html><title>Kasane</title>'));
      writeFileSync(join(root, dir, 'assets/index-AbC123_x.js'), script);
      writeFileSync(join(root, dir, 'assets/index-AbC123_x.js.br'), brotliCompressSync(script));
      writeFileSync(join(root, dir, 'assets/index-AbC123_x.js.gz'), gzipSync(script));
    }
    const withApps = await buildHttpServer({ deps: apiDeps(t.db, readEnv({ NODE_ENV: 'test' })), logLevel: 'silent', trustProxy: false, serveApps: true, appsRoot: root });
    try {
      for (const prefix of ['/', '/staff/', '/prefecture/']) {
        const br = await withApps.inject({ method: 'GET', url: `${prefix}assets/index-AbC123_x.js`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
        expect(br.headers['content-encoding']).toBe('br');
        expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(br.headers.vary).toContain('accept-encoding');
        // Document-only headers are left off scripts; nosniff stays.
        expect(br.headers['content-security-policy']).toBeUndefined();
        expect(br.headers['x-content-type-options']).toBe('nosniff');
        expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
        const gz = await withApps.inject({ method: 'GET', url: `${prefix}assets/index-AbC123_x.js`, headers: { 'accept-encoding': 'gzip' } });
        expect(gz.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
        const plain = await withApps.inject({ method: 'GET', url: `${prefix}assets/index-AbC123_x.js` });
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.body).toBe(script);
        const html = await withApps.inject({ method: 'GET', url: prefix, headers: { 'accept-encoding': 'br' } });
        expect(html.headers['cache-control']).toBe('no-cache');
        expect(html.headers['content-encoding']).toBe('br');
        expect(html.headers['content-security-policy']).toContain("default-src 'self'");
      }
      // A client-side route answered with the app's page is revalidated too.
      expect((await withApps.inject({ method: 'GET', url: '/staff/cases' })).headers['cache-control']).toBe('no-cache');
    } finally {
      await withApps.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('refusals before tRPC runs', () => {
  it('answers a body over the limit in tRPC’s envelope, in Japanese, for single and batched calls', async () => {
    const headers = await signIn('tsuchiura.worker');
    const huge = JSON.stringify({ json: { summary: 'あ'.repeat(400_000) } });
    const one = await app.inject({ method: 'POST', url: '/api/trpc/staff.intake.record', headers, payload: huge });
    expect(one.statusCode).toBe(413);
    const body = one.json<Envelope>();
    expect(body.error.json.message).toBe('送信する内容が大きすぎます。文章を短くするか、分けて送信してください。');
    expect(body.error.json.data).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, appError: { code: 'PAYLOAD_TOO_LARGE' } });
    const batch = await app.inject({ method: 'POST', url: '/api/trpc/staff.intake.record,staff.home.get?batch=1', headers, payload: huge });
    const entries = batch.json<Envelope[]>();
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.error.json.data.appError?.code === 'PAYLOAD_TOO_LARGE')).toBe(true);
  });

  it('answers a page’s batch of many queries whose path is longer than Fastify’s default 100 characters', async () => {
    const headers = await signIn('tsuchiura.worker');
    const procedures = ['staff.home.get', 'staff.home.get', 'staff.home.get', 'staff.home.get', 'staff.home.get', 'staff.home.get', 'staff.home.get', 'staff.home.get'];
    const input = encodeURIComponent(JSON.stringify(Object.fromEntries(procedures.map((_, i) => [i, {}]))));
    const res = await app.inject({ method: 'GET', url: `/api/trpc/${procedures.join(',')}?batch=1&input=${input}`, headers });
    expect(procedures.join(',').length).toBeGreaterThan(100);
    expect(res.statusCode).toBe(200);
    expect(res.json<unknown[]>()).toHaveLength(procedures.length);
  });

  it('answers unreadable JSON and an unknown procedure in Japanese with a code the apps branch on', async () => {
    const headers = await signIn('tsuchiura.worker');
    const bad = await app.inject({ method: 'POST', url: '/api/trpc/staff.search.persons?batch=1', headers, payload: '{"0":{"json":{"q":"山田' });
    expect(bad.statusCode).toBe(400);
    const [entry] = bad.json<Envelope[]>();
    expect(entry?.error.json.data.appError?.code).toBe('MALFORMED_REQUEST');
    expect(entry?.error.json.message).toMatch(/^送信された内容を読み取れませんでした/);
    const unknown = await app.inject({ method: 'POST', url: '/api/trpc/staff.nothing', headers, payload: '{}' });
    expect(unknown.json<Envelope>().error.json.message).toMatch(/受け付けられません/);
  });
});

describe('internal errors', () => {
  it('are masked with a request id the log carries, without the cause’s text', async () => {
    const headers = await signIn('tsuchiura.worker');
    failing = true;
    const r = await app.inject({ method: 'POST', url: '/api/trpc/staff.home.get', headers, payload: '{}' }).finally(() => {
      failing = false;
    });
    expect(r.statusCode).toBe(500);
    const requestId = String(r.headers['x-request-id']);
    expect(requestId).toMatch(/^[0-9a-f]{12}$/);
    const body = r.json<Envelope>();
    expect(body.error.json.message).toBe(`サーバーで問題が発生しました。時間をおいてもう一度お試しください。（受付番号: ${requestId}）`);
    expect(body.error.json.data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId, appError: { code: 'INTERNAL_ERROR' } });
    expect(r.body).not.toMatch(/prisma|\/work\/|22021|山田|stack/i);
    const logged = logLines.map((l) => JSON.parse(l) as { reqId?: string; msg?: string; error?: { type?: string } }).find((l) => l.reqId === requestId && l.msg === 'procedure failed');
    expect(logged?.error?.type).toBe('Error');
  });
});

describe('logs', () => {
  it('carry no searched name, birth date or phone number, however the query was sent', async () => {
    const headers = await signIn('tsuchiura.coordinator');
    const name = '見本花子';
    const birthDate = '1950-04-03';
    const phone = '029-812-3456';
    const input = { json: { name, birthDate } };
    await app.inject({ method: 'GET', url: `/api/trpc/staff.intake.findCandidates?input=${encodeURIComponent(JSON.stringify(input))}`, headers });
    await app.inject({ method: 'GET', url: `/api/trpc/staff.intake.findCandidates?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`, headers });
    await app.inject({ method: 'POST', url: '/api/trpc/staff.intake.findCandidates?batch=1', headers, payload: JSON.stringify({ 0: input }) });
    await app.inject({ method: 'POST', url: '/api/trpc/staff.search.persons', headers, payload: JSON.stringify({ json: { q: phone } }) });
    await app.inject({ method: 'POST', url: '/api/trpc/staff.search.persons', headers, payload: `{"json":{"q":"${name}` });
    await app.inject({ method: 'GET', url: `/api/nothing?q=${encodeURIComponent(name)}` });
    failing = true;
    await app.inject({ method: 'POST', url: '/api/trpc/staff.home.get', headers, payload: JSON.stringify({ json: { q: name } }) }).finally(() => {
      failing = false;
    });
    const log = logLines.join('\n');
    expect(log).toContain('findCandidates');
    for (const value of [name, birthDate, phone, '山田太郎']) {
      expect(log).not.toContain(value);
      expect(log).not.toContain(encodeURIComponent(value));
      expect(log).not.toContain(encodeURIComponent(JSON.stringify(value)).slice(3, -3));
    }
  });
});

describe('headers', () => {
  it('marks API responses no-store, limits device features, keeps fonts on this server', async () => {
    for (const r of [await app.inject({ method: 'POST', url: '/api/trpc/auth.session', headers: { 'content-type': 'application/json' }, payload: '{}' }), await app.inject({ method: 'GET', url: '/healthz' })]) {
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\)/);
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("font-src 'self';");
      expect(csp).not.toMatch(/font-src[^;]*(https:|data:)/);
      expect(r.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS only when the request came over TLS, as told by a trusted proxy', async () => {
    const behindProxy = await buildHttpServer({ deps: apiDeps(t.db, readEnv({ NODE_ENV: 'test' })), logLevel: 'silent', trustProxy: ['127.0.0.1'], serveApps: false });
    try {
      const tls = await behindProxy.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
      expect(tls.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect((await behindProxy.inject({ method: 'GET', url: '/healthz' })).headers['strict-transport-security']).toBeUndefined();
    } finally {
      await behindProxy.close();
    }
    const spoofed = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves the apps but not their source maps', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kasane-apps-'));
    for (const dir of ['apps/portal/dist', 'apps/staff/dist', 'apps/prefecture/dist']) {
      mkdirSync(join(root, dir, 'assets'), { recursive: true });
      writeFileSync(join(root, dir, 'index.html'), '<!doctype html><title>Kasane</title>');
      writeFileSync(join(root, dir, 'assets/app.js'), 'console.log(1);');
      writeFileSync(join(root, dir, 'assets/app.js.map'), '{"sources":["src/app.tsx"]}');
    }
    const withApps = await buildHttpServer({ deps: apiDeps(t.db, readEnv({ NODE_ENV: 'test' })), logLevel: 'silent', trustProxy: false, serveApps: true, appsRoot: root });
    try {
      expect((await withApps.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
      expect((await withApps.inject({ method: 'GET', url: '/staff/' })).statusCode).toBe(200);
      for (const url of ['/assets/app.js.map', '/staff/assets/app.js.map', '/prefecture/assets/app.js.map', '/assets/APP.JS.MAP']) {
        const r = await withApps.inject({ method: 'GET', url });
        expect(r.statusCode).toBe(404);
        expect(r.body).not.toContain('sources');
      }
    } finally {
      await withApps.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
