// The foundation as a newcomer meets it: the server up with demo data, the three apps rendered,
// a demo worker signing in and seeing their own organisation, a prefectural official seeing
// their municipalities — and axe-core finding no serious or critical violation on the way.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations, signIn, useBrowserSuite } from '../src/index.js';

const suite = useBrowserSuite();
const { server } = suite;
let page: Page; // the latest fresh page: a test may go on where the one before it stopped

async function freshPage(): Promise<Page> {
  page = await suite.freshPage();
  return page;
}

describe('foundation', () => {
  it('answers /healthz with the database reachable', async () => {
    const r = await fetch(`${server.baseUrl}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok', database: { kind: 'pglite', reachable: true } });
  });

  it('renders the portal at / with a municipality search', async () => {
    const p = await freshPage();
    await p.goto(`${server.baseUrl}/`);
    expect(await p.locator('html').getAttribute('lang')).toBe('ja');
    await p.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await seriousViolations(p)).toEqual([]);
    await screenshot(p, 'portal-home');
  });

  it('lets a 地域包括 worker sign in to /staff/ and see their own organisation from the database', async () => {
    const p = await freshPage();
    await p.goto(`${server.baseUrl}/staff/`);
    expect(await seriousViolations(p)).toEqual([]);
    await screenshot(p, 'staff-login');
    await signIn(p, server.baseUrl, 'staff', 'tsuchiura.worker');
    await p.getByText('土浦市中央地域包括支援センター').first().waitFor();
    expect(await p.getByText('地域包括支援センターの運営').count()).toBeGreaterThan(0);
    expect(await seriousViolations(p)).toEqual([]);
    await screenshot(p, 'staff-home');
  });

  it('keeps 古河市 out of a 土浦市 worker’s organisation list', async () => {
    await page.goto(`${server.baseUrl}/staff/organisations`);
    await page.getByText('土浦市社会福祉協議会').first().waitFor();
    expect(await page.getByText('古河市').count()).toBe(0);
  });

  it('refuses a wrong password with the reason shown beside the form', async () => {
    const p = await freshPage();
    await p.goto(`${server.baseUrl}/staff/`);
    await p.getByLabel('ログインID').fill('tsuchiura.worker');
    await p.getByLabel('パスワード').fill('wrong-password');
    await p.getByRole('button', { name: 'ログイン', exact: true }).click();
    await p.getByText('ログインIDまたはパスワードが正しくありません。').waitFor();
  });

  it('lets a prefectural official see the prefecture’s municipalities with suppressed counts', async () => {
    const p = await freshPage();
    await signIn(p, server.baseUrl, 'prefecture', 'ibaraki.pref');
    await p.getByText('土浦市').first().waitFor();
    expect(await p.getByText('古河市').count()).toBeGreaterThan(0);
    expect(await p.getByText('松本市').count()).toBe(0);
    expect(await seriousViolations(p)).toEqual([]);
    await screenshot(p, 'prefecture-municipalities');
  });
});
