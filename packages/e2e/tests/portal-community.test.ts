// Issue #5 end to end: a coordinator publishes a place with a weekly schedule → the portal's
// list, weekly calendar and map show it with the right times → a resident finds it by audience
// and day → a resident sends a consultation request → it lands in 土浦市's queue (not 古河市's)
// with 「自宅に連絡しないで」 shown → staff turn it into an intake. axe-core on every portal page (also at
// 200% zoom, where no page may scroll sideways), staff editing and deletion of places, activities and windows,
// and the language switch on every page.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, signIn, useBrowserSuite } from '../src/index.js';

const { server, newPage } = useBrowserSuite();

/** Every WCAG 2.1 A/AA violation axe finds, whatever its impact. */
async function violations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** A row's button: its visible verb and the row's name in visually hidden text. */
const rowAction = (verb: string, name: string) => new RegExp(`^${verb}\\s*（${name}）$`);

async function chooseTsuchiura(page: Page): Promise<void> {
  await page.goto(`${server.baseUrl}/`);
  await page.getByLabel('市区町村の名前またはよみがな').fill('つちうら');
  await page.getByRole('button', { name: '検索する' }).click();
  await page.getByRole('button', { name: /土浦市/ }).click();
  await page.getByTestId('chosen-municipality').waitFor();
}

const placeName = 'E2Eふれあいサロン';
let placeUrl = '';
let reference = '';

describe('地域づくり → portal', () => {
  it('a community coordinator registers and publishes a place with a weekly schedule', async () => {
    const p = await newPage();
    await signIn(p, server.baseUrl, 'staff', 'tsuchiura.community');
    await p.goto(`${server.baseUrl}/staff/places`);
    await p.getByLabel('名称').fill(placeName);
    await p.getByLabel('種類').selectOption('salon');
    await p.getByLabel('圏域（例：第一中学校区）').fill('E2E中学校区');
    await p.getByLabel('緯度').fill('36.0835');
    await p.getByLabel('経度').fill('140.2001');
    await p.getByLabel('誰でも').uncheck();
    await p.getByLabel('高齢者').check();
    await p.getByLabel('活動名').fill('健康体操と茶話会');
    await p.getByLabel('火', { exact: true }).check();
    await p.getByLabel('木', { exact: true }).check();
    await p.getByLabel('開始時刻').fill('13:30');
    await p.getByLabel('終了時刻').fill('15:00');
    await p.getByRole('button', { name: '登録する' }).click();
    await p.getByText(`「${placeName}」を登録しました。`).waitFor();
    await p.getByRole('cell', { name: /健康体操と茶話会：毎週 火・木曜日 13:30～15:00/ }).waitFor();
    await screenshot(p, 'staff-places');
  });

  it('shows it on the portal list, weekly calendar and map with the right times', async () => {
    const p = await newPage();
    await chooseTsuchiura(p);
    await p.getByRole('link', { name: '居場所・活動をさがす' }).first().click();
    const card = p.getByTestId('place').filter({ hasText: placeName });
    await card.waitFor();
    expect(await card.textContent()).toContain('毎週 火・木 13:30～15:00');
    expect(await card.textContent()).toMatch(/最終確認日：令和\d+年\d+月\d+日（\d{4}年\d+月\d+日）/);

    await p.getByRole('button', { name: '曜日ごと' }).click();
    const thu = p.getByTestId('cell-thu-afternoon');
    await thu.getByText('健康体操と茶話会').waitFor();
    expect(await thu.textContent()).toContain('13:30～15:00');
    expect(await p.getByTestId('cell-tue-afternoon').textContent()).toContain('健康体操と茶話会');
    expect(await p.getByTestId('cell-mon-afternoon').getByText('健康体操と茶話会').count()).toBe(0);
    expect(await violations(p)).toEqual([]);

    await p.getByRole('button', { name: '地図' }).click();
    const marker = p.locator(`svg a[aria-label$="${placeName}"]`);
    await marker.waitFor();
    await p.getByText('出典：国土交通省 国土数値情報（行政区域データ）を加工して作成').waitFor();
    expect(await p.locator('svg path.portal-map__area').count()).toBeGreaterThan(0);
    expect(await violations(p)).toEqual([]);
    await screenshot(p, 'portal-places-map');

    await p.getByRole('button', { name: '一覧' }).click();
    await card.getByRole('link', { name: placeName }).click();
    await p.getByRole('heading', { level: 1, name: placeName }).waitFor();
    placeUrl = p.url();
    expect(await p.getByTestId('activity').textContent()).toContain('13:30～15:00');
  });

  it('lets a resident find it by audience and day, and not on another day', async () => {
    const p = await newPage({ viewport: { width: 360, height: 780 } });
    await chooseTsuchiura(p);
    await p.goto(`${server.baseUrl}/places`);
    await p.getByLabel('対象').selectOption('older_people');
    await p.getByLabel('曜日').selectOption('thu');
    await p.getByRole('button', { name: 'この条件で探す' }).click();
    await p.getByTestId('place').filter({ hasText: placeName }).waitFor();
    await p.getByLabel('曜日').selectOption('mon');
    await p.getByRole('button', { name: 'この条件で探す' }).click();
    await p.waitForFunction((name) => !document.body.innerText.includes(name), placeName);
    expect(await p.getByTestId('place').filter({ hasText: placeName }).count()).toBe(0);
    // 360 px wide: nothing scrolls sideways
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });
});

describe('相談を申し込む → 相談受付', () => {
  it('sends a consultation request with 「自宅に連絡しないで」 and gets a reference number', async () => {
    const p = await newPage();
    await chooseTsuchiura(p);
    await p.goto(`${server.baseUrl}/request`);
    await p.getByText('送った内容の取り扱い').waitFor();
    await p.getByLabel('相談したいこと').fill('E2E 母の介護と仕事の両立に悩んでいます。');
    await p.getByLabel('電話番号・メールアドレス・住所').fill('000-1234-5678');
    await p.getByLabel('自宅に連絡しないでください').check();
    expect(await violations(p)).toEqual([]);
    await p.getByRole('button', { name: '送信する' }).click();
    const receipt = p.getByTestId('receipt');
    await receipt.waitFor();
    reference = (await receipt.locator('.portal-reference').textContent()) ?? '';
    expect(reference).toMatch(/^\d{2}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await screenshot(p, 'portal-request-receipt');
  });

  it('is not in 古河市’s queue', async () => {
    const p = await newPage();
    await signIn(p, server.baseUrl, 'staff', 'koga.worker');
    await p.goto(`${server.baseUrl}/staff/portal-requests`);
    await p.getByRole('heading', { level: 1, name: 'ポータルからの相談申し込み' }).waitFor();
    await p.getByRole('table').waitFor();
    expect(await p.getByText(reference).count()).toBe(0);
  });

  it('appears in 土浦市’s queue flagged, and becomes an intake in one action', async () => {
    const p = await newPage();
    await signIn(p, server.baseUrl, 'staff', 'tsuchiura.worker');
    await p.goto(`${server.baseUrl}/staff/portal-requests`);
    const row = p.getByRole('row').filter({ hasText: reference });
    await row.waitFor();
    expect(await row.getByTestId('no-home-flag').textContent()).toContain('自宅に連絡しないで');
    await screenshot(p, 'staff-portal-requests');
    await row.getByRole('button', { name: /相談受付にする/ }).click();
    await p.getByText(`受付番号 ${reference} を相談受付にしました。`).waitFor();
    await p.getByRole('row').filter({ hasText: reference }).waitFor({ state: 'detached' });
  });
});

describe('every portal page', () => {
  const pages = ['/', '/windows', '/places', '/request', '/offer', '/open-data', '/accessibility'];

  it('has no axe violation (WCAG 2.1 A/AA)', async () => {
    const p = await newPage();
    await chooseTsuchiura(p);
    for (const path of [...pages, new URL(placeUrl).pathname]) {
      await p.goto(`${server.baseUrl}${path}`);
      await p.getByRole('heading', { level: 1 }).first().waitFor();
      await p.waitForLoadState('networkidle');
      expect({ path, violations: await violations(p) }).toEqual({ path, violations: [] });
    }
  });

  it('at 200% zoom (640 CSS px wide, deviceScaleFactor 2) scrolls no page sideways and has no axe violation', async () => {
    const p = await newPage({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    await chooseTsuchiura(p);
    for (const path of [...pages, new URL(placeUrl).pathname]) {
      await p.goto(`${server.baseUrl}${path}`);
      await p.getByRole('heading', { level: 1 }).first().waitFor();
      await p.waitForLoadState('networkidle');
      const { scrollWidth, clientWidth } = await p.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect({ path, scrollWidth }).toEqual({ path, scrollWidth: Math.min(scrollWidth, clientWidth) });
      expect({ path, violations: await violations(p) }).toEqual({ path, violations: [] });
    }
  });

  it('switches language on every page (English, やさしい日本語, back to 日本語) and keeps the quick exit', async () => {
    const p = await newPage();
    await chooseTsuchiura(p);
    for (const path of [...pages, new URL(placeUrl).pathname]) {
      await p.goto(`${server.baseUrl}${path}`);
      const h1 = p.getByRole('heading', { level: 1 }).first();
      await h1.waitFor();
      await p.getByRole('button', { name: 'English' }).click();
      await p.waitForFunction(() => document.documentElement.lang === 'en');
      await p.getByRole('button', { name: /Leave now/ }).first().waitFor();
      expect(await p.locator('footer').textContent()).toContain('Find places and activities');
      await p.getByRole('button', { name: 'やさしい にほんご' }).click();
      await p.getByRole('link', { name: 'いばしょ・かつどう を さがす' }).first().waitFor();
      await p.getByRole('button', { name: '日本語' }).click();
      await p.getByRole('link', { name: '居場所・活動をさがす' }).first().waitFor();
      await p.getByRole('button', { name: /すぐに閉じる/ }).waitFor();
    }
  });

  it('reads the English windows page with hours and いま開いています equivalents', async () => {
    const p = await newPage();
    await chooseTsuchiura(p);
    await p.goto(`${server.baseUrl}/windows`);
    await p.getByTestId('window').first().waitFor();
    expect(await p.getByTestId('window').count()).toBeGreaterThan(0);
    expect(await violations(p)).toEqual([]);
    await p.getByLabel('住所の一部・地区名・郵便番号').fill('見本町8-2');
    await p.getByRole('button', { name: '近い順に並べる', exact: true }).last().click();
    await p.getByText('近い順に表示しています。').waitFor();
    expect(await p.getByTestId('window').first().textContent()).toContain('社会福祉協議会');
  });
});

describe('staff screens of issue #5', () => {
  it('have no serious axe violation and list the 180-day unconfirmed entries', async () => {
    const p = await newPage();
    await signIn(p, server.baseUrl, 'staff', 'tsuchiura.community');
    for (const path of ['/staff/places', '/staff/windows', '/staff/offers', '/staff/participation-resources', '/staff/unconfirmed', '/staff/directory-import']) {
      await p.goto(`${server.baseUrl}${path}`);
      await p.getByRole('heading', { level: 1 }).first().waitFor();
      await p.waitForLoadState('networkidle');
      expect({ path, violations: await violations(p) }).toEqual({ path, violations: [] });
    }
    await p.goto(`${server.baseUrl}/staff/unconfirmed`);
    await p.getByText('みほん子ども食堂（見本）').first().waitFor();
    await screenshot(p, 'staff-unconfirmed');
  });

  it('imports 1,500 HSDS CSV rows through the upload route: refused row named by its number in the whole file, then all at once', async () => {
    const p = await newPage();
    // 古河市: the imported (unpublished) entries stay out of 土浦市's lists that the next tests use
    await signIn(p, server.baseUrl, 'staff', 'koga.community');
    await p.goto(`${server.baseUrl}/staff/directory-import`);
    const uploads: string[] = [];
    p.on('request', (r) => {
      if (r.url().includes('/api/directory/import')) uploads.push(r.url());
    });
    // quoted commas, doubled quotes and a line break inside a field: records must stay whole
    const csv = (badRow?: number) =>
      'id,name,description,byday,opens_at,closes_at,location_id,location_name,address_1,city,latitude,longitude,kasane_audiences\r\n' +
      Array.from({ length: 1500 }, (_, i) => `e2e-${i},"E2E取込""サロン"" ${i}","1行目\n2行目, 続き",MO,10:00,12:00,e2e-loc-${i % 150},E2E取込会場${i % 150},見本町${i},古河市,${i + 1 === badRow ? 99 : 36.08},140.2,older_people`).join('\r\n');
    await p.getByLabel('登録先').selectOption('places');
    await p.getByLabel('ファイル').setInputFiles({ name: 'e2e-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(1234)) });
    await p.getByRole('button', { name: '内容を確認する' }).click();
    await p.getByText('1500行のうち、1499行は取り込めます。誤り：1行').waitFor();
    expect(await p.getByRole('table', { name: '誤りのある行' }).textContent()).toContain('1234');

    await p.getByLabel('ファイル').setInputFiles({ name: 'e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv()) });
    await p.getByRole('button', { name: '内容を確認する' }).click();
    await p.getByText('1500行のうち、1500行は取り込めます。誤り：0行').waitFor();
    await p.getByRole('button', { name: '1500件を取り込む' }).click();
    await p.getByText(/取り込みました：居場所 150件、活動 1500件/).waitFor();
    // the file went to the upload route (its own body limit), never through tRPC's 1 MiB
    expect(uploads.length).toBeGreaterThanOrEqual(2);
  });

  it('edit a place and its activity (several rules, irregular dates), then delete it with the keyboard', async () => {
    const p = await newPage();
    await signIn(p, server.baseUrl, 'staff', 'tsuchiura.community');
    await p.goto(`${server.baseUrl}/staff/places`);
    await p.getByRole('button', { name: '登録する' }).click();
    await p.getByText('名称を入力してください。').waitFor();
    await p.getByLabel('名称').fill('E2E編集する居場所');
    await p.getByLabel('活動名').fill('E2E体操');
    await p.getByLabel('月', { exact: true }).check();
    await p.getByLabel('開始時刻').fill('10:00');
    await p.getByRole('button', { name: '不定期の日付を追加' }).click();
    const second = p.getByRole('group', { name: '曜日・日時のルール 2' });
    await second.getByLabel('開催日').fill('2026-12-05, 2026-13-01');
    await second.getByLabel('開始時刻').fill('13:00');
    await p.getByRole('button', { name: '登録する' }).click();
    await second.getByText('開催日は 2026-04-05 の形で、実在する日付を入力してください。').waitFor();
    await second.getByLabel('開催日').fill('2026-12-05, 2026-12-19');
    await p.getByRole('button', { name: '登録する' }).click();
    await p.getByText('「E2E編集する居場所」を登録しました。').waitFor();
    await p.getByRole('cell', { name: /E2E体操：毎週 月曜日 10:00.*不定期 12月5日・12月19日/ }).waitFor();

    await p.getByRole('button', { name: rowAction('編集', 'E2E編集する居場所') }).click();
    const editor = p.getByRole('region', { name: '「E2E編集する居場所」を編集' });
    await editor.getByLabel('名称').fill('E2E編集した居場所');
    await editor.getByRole('button', { name: '変更を保存する' }).click();
    await p.getByText('「E2E編集した居場所」の変更を保存しました。').waitFor();
    const edited = p.getByRole('region', { name: '「E2E編集した居場所」を編集' });
    await edited.getByRole('button', { name: rowAction('編集', 'E2E体操') }).click();
    const activity = edited.getByRole('form', { name: '活動「E2E体操」を編集' });
    await activity.getByRole('button', { name: '毎月 第n週のルールを追加' }).click();
    const third = activity.getByRole('group', { name: '曜日・日時のルール 3' });
    await third.getByLabel('第何週').fill('1,最終');
    await third.getByLabel('土', { exact: true }).check();
    await third.getByLabel('時間帯（時刻がないとき）').selectOption('morning');
    await activity.getByRole('button', { name: 'ルール 1 を削除' }).click();
    expect({ path: 'place editor', violations: await violations(p) }).toEqual({ path: 'place editor', violations: [] });
    await activity.getByRole('button', { name: '変更を保存する' }).click();
    await p.getByText('活動「E2E体操」の変更を保存しました。').waitFor();
    await p.getByRole('cell', { name: /E2E体操：不定期 12月5日・12月19日.*毎月 第1・最終 土曜日 午前/ }).waitFor();

    await p.getByRole('button', { name: rowAction('削除', 'E2E編集した居場所') }).focus();
    await p.keyboard.press('Enter');
    await p.getByText('「E2E編集した居場所」と、その活動（1件）を削除しますか。').waitFor();
    await p.keyboard.press('Enter');
    await p.getByText('「E2E編集した居場所」を削除しました。').waitFor();
    await p.getByRole('button', { name: rowAction('編集', 'E2E編集した居場所') }).waitFor({ state: 'detached' });
  });

  it('edit a 相談窓口 (hours with a lunch break) and delete it', async () => {
    const p = await newPage();
    await signIn(p, server.baseUrl, 'staff', 'tsuchiura.community');
    await p.goto(`${server.baseUrl}/staff/windows`);
    await p.getByLabel('窓口の名称').fill('E2E窓口');
    await p.getByRole('button', { name: '窓口を登録する' }).click();
    await p.getByText('「E2E窓口」を登録しました。').waitFor();
    await p.getByRole('button', { name: rowAction('編集', 'E2E窓口') }).click();
    const form = p.getByRole('form', { name: '「E2E窓口」を編集' });
    await form.getByLabel('電話番号').fill('abc');
    await form.getByRole('button', { name: '変更を保存する' }).click();
    await form.getByText('電話番号は数字とハイフンで入力してください。').waitFor();
    await form.getByLabel('電話番号').fill('000-1234-5678');
    await form.getByRole('group', { name: '受付時間 1' }).getByLabel('受付終了').fill('12:00');
    await form.getByRole('button', { name: '受付時間を追加' }).click();
    const added = form.getByRole('group', { name: '受付時間 6' });
    await added.getByLabel('曜日').selectOption('mon');
    await added.getByLabel('受付開始').fill('13:00');
    await form.getByRole('button', { name: '変更を保存する' }).click();
    await p.getByText('「E2E窓口」の変更を保存しました。').waitFor();
    await p.getByRole('cell', { name: '000-1234-5678' }).waitFor();
    await p.getByRole('button', { name: rowAction('削除', 'E2E窓口') }).click();
    await p.getByRole('button', { name: rowAction('削除する', 'E2E窓口') }).click();
    await p.getByText('「E2E窓口」を削除しました。').waitFor();
  });
});
