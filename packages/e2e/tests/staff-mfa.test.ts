// Multi-factor sign-in in the staff app (issue #9, ADR 0017): a worker enrols an authenticator app
// from the QR code page (the code computed here from the shown key, as the phone would), keeps the
// recovery codes, signs out, and on the next sign-in is asked for the code before any screen.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoPassword, seriousViolations, useBrowserSuite } from '../src/index.js';

const { server, freshPage } = useBrowserSuite();

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)));
}

/** RFC 6238 (SHA-1, 6 digits, 30 s), written out here so the test does not share the server's code. */
function totp(secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

describe('2段階認証 in the staff app', () => {
  let secret = '';

  it('enrols an authenticator app from 「ログインとセキュリティ」 and shows the recovery codes once', async () => {
    const page = await freshPage();
    await page.goto(`${server.baseUrl}/staff/`);
    await page.getByLabel('ログインID').fill('koga.worker');
    await page.getByLabel('パスワード').fill(demoPassword);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByRole('link', { name: 'ログインとセキュリティ' }).click();
    await page.getByRole('heading', { level: 1, name: 'ログインとセキュリティ' }).waitFor();
    await page.getByRole('button', { name: '認証アプリを登録する' }).click();
    await page.getByRole('img', { name: '認証アプリ登録用のQRコード' }).waitFor();
    secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('確認コード（6桁）').fill(totp(secret));
    await page.getByRole('button', { name: '登録する', exact: true }).click();
    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await page.getByRole('button', { name: '控えました。続ける' }).click();
    await page.getByText('登録済み').waitFor();
    // this device is listed and marked
    await page.getByRole('cell', { name: /この端末/ }).waitFor();
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByLabel('ログインID').waitFor();
  });

  it('asks for the code after the password, refuses a wrong one, and opens the app with the right one', async () => {
    const page = await freshPage();
    await page.goto(`${server.baseUrl}/staff/coordination`);
    await page.getByLabel('ログインID').fill('koga.worker');
    await page.getByLabel('パスワード').fill(demoPassword);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '2段階認証' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/staff/mfa');
    // nothing of the app is reachable before the second step
    await page.goto(`${server.baseUrl}/staff/`);
    await page.getByRole('heading', { level: 1, name: '2段階認証' }).waitFor();
    const right = totp(secret, Date.now() + 30_000);
    await page.getByLabel('確認コード（6桁）').fill(right === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: '確認する', exact: true }).click();
    await page.getByText('確認コードが正しくないか、すでに使われています。').waitFor();
    // the next step's code: the one of the enrolment step may be the current one, and is never accepted twice
    await page.getByLabel('確認コード（6桁）').fill(right);
    await page.getByRole('button', { name: '確認する', exact: true }).click();
    // the second step leaves for the app once the code is accepted
    await page.waitForURL((url) => url.pathname !== '/staff/mfa');
    // the app is open now: its own pages answer instead of the second step
    await page.goto(`${server.baseUrl}/staff/security`);
    await page.getByRole('heading', { level: 1, name: 'ログインとセキュリティ' }).waitFor();
  });
});
