// The HTTP layer over a real (in-memory) database: health, tRPC mounting, security headers,
// the CSRF cookie and the refusal of a mutation without it.
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

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword, now: new Date() } });
  app = await buildHttpServer({ deps: apiDeps(t.db, readEnv({ NODE_ENV: 'test' })), logLevel: 'silent', trustProxy: false, serveApps: false });
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

describe('HTTP', () => {
  it('reports the database as reachable on /healthz', async () => {
    const r = await app.inject({ method: 'GET', url: '/healthz' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok', database: { reachable: true } });
  });

  it('sends a strict content security policy (no external assets)', async () => {
    const r = await app.inject({ method: 'GET', url: '/healthz' });
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('answers a batch of several procedures (the case page batches four queries into one path)', async () => {
    const paths = Array.from({ length: 10 }, () => 'auth.session');
    const r = await app.inject({ method: 'GET', url: `/api/trpc/${paths.join(',')}?batch=1&input=${encodeURIComponent('{}')}` });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toHaveLength(paths.length);
  });

  it('gives a first visitor a SameSite CSRF cookie through auth.session', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/trpc/auth.session' });
    expect(r.statusCode).toBe(200);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/kasane_csrf=[\w-]+/);
    expect(cookie).toContain('SameSite=Strict');
  });

  it('signs in over HTTP with an httpOnly session cookie, and refuses the same call without the CSRF header', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/trpc/auth.session' });
    const csrf = /kasane_csrf=([\w-]+)/.exec(String(first.headers['set-cookie']))?.[1] ?? '';
    const body = JSON.stringify({ json: { loginId: 'tsuchiura.worker', password: 'kasane-demo', app: 'staff' } });
    const refused = await app.inject({ method: 'POST', url: '/api/trpc/auth.login', headers: { 'content-type': 'application/json', cookie: `kasane_csrf=${csrf}` }, payload: body });
    expect(refused.statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: '/api/trpc/auth.login', headers: { 'content-type': 'application/json', cookie: `kasane_csrf=${csrf}`, 'x-csrf-token': csrf }, payload: body });
    expect(ok.statusCode).toBe(200);
    const cookies = ([] as string[]).concat(ok.headers['set-cookie'] ?? []);
    expect(cookies.find((c) => c.startsWith('kasane_session='))).toMatch(/HttpOnly/);
  });
});
