// HSDS import through the staff screen (issue #12, item 1): a file with 古河市's rows and other
// municipalities' rows, one of them wrong, goes to the upload route; the screen lists the refused and
// skipped rows, imports 古河市's valid rows only, publishes them, and the portal shows a window with its
// hours as written and its source credit. axe-core on the screen. Places and activities the same way
// (ADR 0029): their credit on the portal's place card, place page and page without JavaScript, and
// the open-data page's plain downloads.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, useBrowserSuite } from '../src/index.js';

const { server, staffAs: as, newContext } = useBrowserSuite();

const row = (id: string, name: string, city: string, over: Record<string, unknown> = {}) => ({
  id, name, url: 'https://www.example.lg.jp/soudan/', contacts: [{ department: '福祉部 福祉総務課' }], phones: [{ number: '0280-92-3111' }],
  schedules: [{ description: '平日 8:30〜17:15（祝日・年末年始を除く）' }],
  service_at_locations: [{ location: { name: `${city}役所`, addresses: [{ state_province: '茨城県', city, address_1: `${city}見本町1-1` }] } }],
  ...over,
});
const file = {
  kasane_source: { name: '全国相談窓口データ（見本）', licence: 'CC BY 4.0', credit: '出典：全国相談窓口データ（見本）' },
  services: [
    row('e2e-koga-1', 'E2E古河 くらしの相談窓口', '古河市'),
    row('e2e-koga-2', 'E2E古河 こころの相談', '古河市', { schedules: [{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '13:00', closes_at: '16:00' }] }),
    row('e2e-koga-bad', 'E2E古河 誤りのある行', '古河市', { schedules: [{ freq: 'YEARLY', byday: 'MO' }] }),
    row('e2e-mito-1', 'E2E水戸 相談窓口', '水戸市'),
    row('e2e-tsuchiura-1', 'E2E土浦 相談窓口', '土浦市'),
  ],
};

describe('HSDS取り込み', () => {
  it('imports one municipality’s valid rows from a mixed file, lists the rest, publishes, and the portal credits the source', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kasane-e2e-')), 'windows.json');
    writeFileSync(path, JSON.stringify(file));
    const page = await as('koga.community');
    await page.goto(`${server.baseUrl}/staff/directory-import`);
    await page.getByRole('heading', { level: 1, name: '窓口・居場所の取り込み（HSDS 3.0）' }).waitFor();
    await page.getByLabel('ファイル').setInputFiles(path);
    await page.getByRole('button', { name: '内容を確認する' }).click();
    await page.getByText('5行のうち、2行は取り込めます。誤り：1行').waitFor();
    await page.getByText('ほかの市区町村の行：2行（2市区町村）。取り込みません。').waitFor();
    expect(await page.getByRole('cell', { name: '水戸市' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '取り込まない行を保存（元の行と理由）' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('取り込まない行.json');
    const refused = JSON.parse(readFileSync((await saved.path()) ?? '', 'utf8')) as { services: Record<string, unknown>[] };
    // each row as uploaded, with the reason beside it
    expect(refused.services.map((s) => s.id)).toEqual(['e2e-koga-bad', 'e2e-mito-1', 'e2e-tsuchiura-1']);
    expect(refused.services[0]).toMatchObject({ ...file.services[2], kasane_refusal_row: 3 });
    expect(String(refused.services[1]?.kasane_refusal_reason)).toContain('水戸市');

    await page.getByLabel('誤りのある行を除いて、正しい2行だけ取り込む').check();
    await page.getByRole('button', { name: '2件を取り込む' }).click();
    await page.getByText(/窓口 2件（更新 0件、除いた行 1件、ほかの市区町村 2件/).waitFor();
    await page.getByRole('button', { name: '取り込んだ窓口をまとめて公開する' }).click();
    await page.getByText(/件の窓口を公開しました。/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-directory-import');

    const resident = await page.context().newPage();
    await resident.goto(`${server.baseUrl}/`);
    await resident.getByLabel('市区町村の名前またはよみがな').fill('こが');
    await resident.getByRole('button', { name: '検索する' }).click();
    await resident.getByRole('button', { name: /古河市/ }).click();
    await resident.getByTestId('chosen-municipality').waitFor();
    await resident.goto(`${server.baseUrl}/windows`);
    const card = resident.getByTestId('window').filter({ hasText: 'E2E古河 くらしの相談窓口' });
    await card.waitFor();
    expect(await card.textContent()).toContain('平日 8:30〜17:15（祝日・年末年始を除く）');
    expect(await card.getByTestId('source-credit').textContent()).toBe('出典：全国相談窓口データ（見本）（CC BY 4.0）');
  });

  it('imports places with their credit: the portal card, the place page and the page without JavaScript show it; open data is a plain download', async () => {
    const activity = (id: string, name: string) => ({
      id, name, kasane_place_kind: 'salon', kasane_audiences: ['older_people'], fees_description: '100円',
      schedules: [{ freq: 'WEEKLY', byday: 'TH', opens_at: '10:00', closes_at: '12:00' }],
      service_at_locations: [{ location: { id: 'e2e-loc-koga', name: 'E2E古河 見本サロン', addresses: [{ state_province: '茨城県', city: '古河市', address_1: '見本町5-5' }] } }],
    });
    const places = { kasane_source: { name: '全国居場所データ（見本）', licence: 'CC BY 4.0', credit: '出典：全国居場所データ（見本）' }, services: [activity('e2e-act-1', 'E2E お茶会'), activity('e2e-act-2', 'E2E 体操')] };
    const path = join(mkdtempSync(join(tmpdir(), 'kasane-e2e-')), 'places.json');
    writeFileSync(path, JSON.stringify(places));
    const page = await as('koga.community');
    await page.goto(`${server.baseUrl}/staff/directory-import`);
    await page.getByLabel('登録先').selectOption({ label: '居場所・活動' });
    await page.getByLabel('ファイル').setInputFiles(path);
    await page.getByRole('button', { name: '内容を確認する' }).click();
    await page.getByText('2行のうち、2行は取り込めます。誤り：0行').waitFor();
    await page.getByRole('button', { name: '2件を取り込む' }).click();
    await page.getByText(/居場所 1件、活動 2件、窓口 0件（更新 0件/).waitFor();
    await page.getByRole('button', { name: '取り込んだ居場所・活動をまとめて公開する' }).click();
    await page.getByText('居場所・活動 3件を公開しました。').waitFor();

    const credit = '出典：全国居場所データ（見本）（CC BY 4.0）';
    const resident = await page.context().newPage();
    await resident.goto(`${server.baseUrl}/m/082040/places`);
    await resident.waitForURL(`${server.baseUrl}/places`);
    const card = resident.getByTestId('place').filter({ hasText: 'E2E古河 見本サロン' });
    await card.waitFor();
    expect(await card.getByTestId('source-credit').textContent()).toBe(credit);
    await card.getByRole('link', { name: 'E2E古河 見本サロン' }).click();
    await resident.getByRole('heading', { level: 1, name: 'E2E古河 見本サロン' }).waitFor();
    // the activities share the place's credit: shown once
    expect(await resident.getByTestId('source-credit').allTextContents()).toEqual([credit]);

    const noScript = await (await newContext({ javaScriptEnabled: false })).newPage();
    await noScript.goto(`${server.baseUrl}/m/082040/places`);
    const htmlCard = noScript.getByTestId('place').filter({ hasText: 'E2E古河 見本サロン' });
    expect(await htmlCard.getByTestId('source-credit').textContent()).toBe(credit);
    expect(await noScript.getByRole('link', { name: /オープンデータ/ }).getAttribute('href')).toBe('/api/open-data/082040/hsds.json');

    await resident.goto(`${server.baseUrl}/open-data`);
    const json = resident.getByRole('link', { name: '古河市のデータ（JSON）' });
    expect(await json.getAttribute('href')).toBe('/api/open-data/082040/hsds.json');
    const r = await resident.request.get(`${server.baseUrl}/api/open-data/082040/hsds.json`);
    expect(r.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(r.headers()['content-disposition']).toBe('attachment; filename="hsds-082040.json"');
    const doc = (await r.json()) as { services: { name: string; kasane_source?: { credit: string } }[] };
    expect(doc.services.find((x) => x.name === 'E2E お茶会')?.kasane_source?.credit).toBe('出典：全国居場所データ（見本）');
    const tables = await resident.getByRole('link', { name: /\.csv$/ }).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(tables).toHaveLength(12);
    for (const href of tables) {
      const t = await resident.request.get(`${server.baseUrl}${href}`);
      expect([href, t.status(), t.headers()['content-type']]).toEqual([href, 200, 'text/csv; charset=utf-8']);
    }
  });
});
