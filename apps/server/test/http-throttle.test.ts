// Issue #9 over HTTP, with the server as main.ts builds it: only the configured proxies' X-Forwarded-For
// entry is believed, so rotating the header does not get past the portal's limit; throttled
// refusals carry Retry-After (ADR 0018).
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
const now = new Date('2026-11-20T01:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword, now } });
  // the reverse proxy runs on this machine: inject's requests come from 127.0.0.1 unless told otherwise
  const env = readEnv({ NODE_ENV: 'test', KASANE_TRUST_PROXY: '127.0.0.1' });
  const deps = apiDeps(t.db, env);
  deps.now = () => now;
  app = await buildHttpServer({ deps, logLevel: 'silent', trustProxy: env.KASANE_TRUST_PROXY, serveApps: false });
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const csrf = 'csrf-token-for-this-test';
const headers = (over: Record<string, string>) => ({ 'content-type': 'application/json', cookie: `kasane_csrf=${csrf}`, 'x-csrf-token': csrf, ...over });

function submit(forwardedFor: string, remoteAddress = '127.0.0.1') {
  const json = { municipalityCode: '082031', anonymous: true, name: '', contactMethod: 'none', contact: '', preferredTime: '', message: '家族のことで相談したいです。', doNotContactHome: false, area: '', website: '' };
  return app.inject({ method: 'POST', url: '/api/trpc/portal.request.submitConsultation', remoteAddress, headers: headers({ 'x-forwarded-for': forwardedFor }), payload: JSON.stringify({ json }) });
}

type Envelope = { error: { json: { message: string; data: { appError: { code: string } } } } };

describe('KASANE_TRUST_PROXY', () => {
  it('refuses `true` and hop counts at start-up, and accepts addresses and CIDRs', () => {
    expect(() => readEnv({ KASANE_TRUST_PROXY: 'true' })).toThrow(/no longer accepted/);
    expect(() => readEnv({ KASANE_TRUST_PROXY: '1' })).toThrow(/hop count/);
    expect(() => readEnv({ KASANE_TRUST_PROXY: '10.0.0.0/33' })).toThrow(/not an IP address or CIDR: 10\.0\.0\.0\/33/);
    expect(readEnv({ KASANE_TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,::1' }).KASANE_TRUST_PROXY).toEqual(['10.0.0.5', '192.168.0.0/16', '::1']);
    expect(readEnv({}).KASANE_TRUST_PROXY).toBe(false);
  });

  it('a client rotating X-Forwarded-For behind the proxy is still one address to the portal’s limit', async () => {
    for (let i = 0; i < 5; i++) expect((await submit(`198.51.100.${i}, 203.0.113.9`)).statusCode).toBe(200);
    const refused = await submit('198.51.100.99, 203.0.113.9');
    expect(refused.statusCode).toBe(429);
    expect(refused.json<Envelope>().error.json.data.appError.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // another resident behind the same proxy is not affected
    expect((await submit('198.51.100.99, 203.0.113.10')).statusCode).toBe(200);
  });

  it('a client reaching the server directly cannot choose its address with the header', async () => {
    for (let i = 0; i < 5; i++) expect((await submit(`198.51.100.${i}`, '203.0.113.50')).statusCode).toBe(200);
    expect((await submit('198.51.100.77', '203.0.113.50')).statusCode).toBe(429);
  });
});

describe('sign-in throttling over HTTP', () => {
  it('answers 429 with Retry-After and a Japanese message saying when to try again', async () => {
    const login = (password: string) =>
      app.inject({ method: 'POST', url: '/api/trpc/auth.login', headers: headers({ 'x-forwarded-for': '203.0.113.20' }), payload: JSON.stringify({ json: { loginId: 'tsuchiura.worker', password, app: 'staff' } }) });
    let r = await login('wrong-password');
    for (let i = 0; i < 10 && r.statusCode === 401; i++) r = await login('wrong-password');
    expect(r.statusCode).toBe(429);
    const seconds = Number(r.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(r.json<Envelope>().error.json.message).toBe(`ログインの試行が続いたため、受付を一時的に遅らせています。${seconds}秒後にもう一度お試しください。`);
    expect((await login('kasane-demo')).headers['retry-after']).toBe(String(seconds));
  });
});
