// HSDS downloads over plain HTTP (issue #12): the JSON document and the tabular form (one CSV per
// table) for the public open data and for staff, and the refused rows of an upload given back as
// uploaded with their reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '@kasane/api';
import { createTestDatabase } from '@kasane/db/testing';
import type { TestDatabase } from '@kasane/db/testing';
import { apiDeps } from '../src/deps.js';
import { readEnv } from '../src/env.js';
import { buildHttpServer } from '../src/http.js';
import { signInOverHttp } from './support/sign-in.js';

let t: TestDatabase;
let app: FastifyInstance;
let base: string;
const KOGA = '082040';

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword, now: new Date() } });
  app = await buildHttpServer({ deps: apiDeps(t.db, readEnv({ NODE_ENV: 'test' })), logLevel: 'silent', trustProxy: false, serveApps: false });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
}, 300_000);
afterAll(async () => {
  await app.close();
  await t.drop();
});

const signIn = (loginId: string) => signInOverHttp(base, loginId);

/** the body as sent (fetch's text() drops a BOM) */
const raw = async (r: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer());
const csv = 'id,name,byday,opens_at,closes_at,kasane_municipality_code,memo\r\nd-1,古河 表形式の窓口,MO,09:00,12:00,,\r\nd-2,"古河, 誤り",MO,25:00,12:00,,"元の, 値"\r\n';

describe('HSDS downloads', () => {
  it('gives the refused rows back as uploaded, with the reason', async () => {
    const headers = { ...(await signIn('koga.community')), 'content-type': 'text/csv' };
    const r = await fetch(`${base}/api/directory/import?format=csv&target=windows&mode=refused`, { method: 'POST', headers, body: csv });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="hsds-refused-rows.csv"');
    const text = await raw(r);
    expect(text.split('\r\n')[0]).toBe('\uFEFFid,name,byday,opens_at,closes_at,kasane_municipality_code,memo,kasane_refusal_row,kasane_refusal_reason');
    expect(text).toContain('d-2,"古河, 誤り",MO,25:00,12:00,,"元の, 値",2,');
    expect(text).not.toContain('d-1');
  });

  it('serves each table of the staff directory and of the published open data as CSV; an unknown table is 404', async () => {
    const headers = await signIn('koga.community');
    const imported = await fetch(`${base}/api/directory/import?format=csv&target=windows&mode=import&validOnly=1`, { method: 'POST', headers: { ...headers, 'content-type': 'text/csv' }, body: csv });
    expect(await imported.json()).toMatchObject({ windows: 1, refused: 1 });
    const staff = await fetch(`${base}/api/directory/export/service.csv`, { headers });
    expect(staff.status).toBe(200);
    expect(staff.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(staff.headers.get('content-disposition')).toBe(`attachment; filename="hsds-${KOGA}-service.csv"`);
    const services = await raw(staff);
    expect(services.startsWith('\uFEFFid,organization_id,name,')).toBe(true);
    expect(services).toContain('古河 表形式の窓口');
    // not published yet: the open data has the header only for it
    const open = await (await fetch(`${base}/api/open-data/${KOGA}/hsds/service.csv`)).text();
    expect(open).not.toContain('古河 表形式の窓口');
    const schedule = await (await fetch(`${base}/api/directory/export/schedule.csv`, { headers })).text();
    expect(schedule).toMatch(/,WEEKLY,1,MO,,,09:00:00,12:00:00,/);
    expect((await fetch(`${base}/api/directory/export/secrets.csv`, { headers })).status).toBe(404);
    expect((await fetch(`${base}/api/open-data/${KOGA}/hsds/secrets.csv`)).status).toBe(404);
    expect((await fetch(`${base}/api/directory/export/service.csv`)).status).toBe(401);
    const json = await fetch(`${base}/api/open-data/${KOGA}/hsds.json`);
    expect(((await json.json()) as { kasane_municipality_code: string }).kasane_municipality_code).toBe(KOGA);
  });
});
