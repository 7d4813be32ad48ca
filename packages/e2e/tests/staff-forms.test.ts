// The national forms on paper (issue #10 items 4 and 7): the 地域包括 worker records the structured assessment
// of the 8050 case (見本町1-1) with relatives above and below (the late father, a daughter living elsewhere), sees the genogram of three generations (SVG hidden
// from screen readers, the same facts as a list), and prints every form to A4 PDF with chromium.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations, useBrowserSuite } from '../src/index.js';

const { server, staffAs: as } = useBrowserSuite();
const ichiro = '見本 一郎';
let caseUrl = '';

async function printed(page: Page, path: string, title: string): Promise<string> {
  await page.goto(`${server.baseUrl}/staff${path}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
  // what the printed page carries: the app's chrome is gone, the form's text is there
  const text = await page.locator('article.staff-print').innerText();
  expect(await page.locator('nav').first().isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  return text;
}

describe('アセスメントシート and the genogram', () => {
  it('records the sheet with 本人の意向, 強み and relatives, keeping line breaks', async () => {
    const page = await as('tsuchiura.worker');
    await page.goto(`${server.baseUrl}/staff/coordination`);
    await page.getByRole('link', { name: ichiro }).click();
    await page.getByRole('heading', { level: 1, name: ichiro }).waitFor();
    caseUrl = new URL(page.url()).pathname.replace(/^\/staff/, '');
    await page.getByRole('tab', { name: 'アセスメント' }).click();
    await page.getByRole('button', { name: 'アセスメントシートを記録する' }).click();
    await page.getByLabel('主訴').fill('父の介護と、同居の息子の今後が心配。');
    await page.getByLabel('本人の意向').fill('自宅で暮らし続けたい。\n息子を急がせたくない。');
    await page.getByLabel('介護', { exact: true }).fill('入浴に介助が必要。');
    await page.getByLabel('本人（見本 一郎）：性別').selectOption({ label: '男性' });
    await page.getByLabel('本人（見本 一郎）：介護').fill('介護サービス未利用');
    await page.getByRole('button', { name: '家族（世帯外）を追加' }).click();
    await page.getByLabel('家族1（呼び方）').fill('父（故人）');
    await page.getByLabel('続柄', { exact: true }).first().selectOption({ label: '親' });
    await page.getByLabel('性別', { exact: true }).first().selectOption({ label: '男性' });
    await page.getByLabel('死亡').first().check();
    await page.getByRole('button', { name: '家族（世帯外）を追加' }).click();
    await page.getByLabel('家族2（呼び方）').fill('長女');
    await page.getByLabel('続柄', { exact: true }).nth(1).selectOption({ label: '子' });
    await page.getByLabel('強み', { exact: true }).fill('近所の友人が毎日声をかけている。');
    await page.getByRole('button', { name: 'アセスメントを保存（新しい版）' }).click();
    await page.getByText(/^第1版/).waitFor();
    await page.getByText('近所の友人が毎日声をかけている。').waitFor();
  });

  it('draws three generations: the SVG hidden from screen readers, the list saying the same', async () => {
    const page = await as('tsuchiura.worker');
    await page.goto(`${server.baseUrl}/staff${caseUrl}?tab=assessment`);
    const figure = page.getByTestId('genogram');
    await figure.waitFor();
    expect(await figure.locator('svg').getAttribute('aria-hidden')).toBe('true');
    const items = await figure.locator('li').allInnerTexts();
    expect(items).toEqual(expect.arrayContaining([
      expect.stringMatching(/^見本 一郎（本人・男性・第2世代・同居）/),
      '父（故人）（本人の親・男性・第1世代・別居・死亡）',
      '長女（本人の子・性別不明・第3世代・別居）、親：見本 一郎',
    ]));
    expect(await figure.locator('svg rect, svg circle, svg polygon').count()).toBeGreaterThanOrEqual(3);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-assessment-genogram');
  });
});

describe('every form prints on A4', () => {
  const forms: [string, string, string[]][] = [
    ['intake', '相談受付・申込票（同意あり）', ['土浦市', '令和', '受付日時', '相談内容（本人の言葉）', '支援を申し込みます', '本人署名']],
    ['intakeNoConsent', '相談受付票（同意なし）', ['本人の同意は得ていません']],
    ['assessment', 'インテーク・アセスメントシート', ['主訴', '自宅で暮らし続けたい。\n息子を急がせたくない。', '強み', '近所の友人が毎日声をかけている。', '父（故人）（本人の親・男性・第1世代・別居・死亡）']],
    ['plan', '支援プラン（プラン兼事業等利用申込書）', ['土浦市']],
    ['progress', '支援経過記録（経過一覧）', ['土浦市']],
    ['evaluation', '評価シート', ['達成状況', '終結の理由／継続の理由', '確認印']],
  ];
  it.each(forms)('%s: %s', async (form, title, expected) => {
    const page = await as('tsuchiura.worker');
    const caseId = caseUrl.split('/').at(-1) ?? '';
    const text = await printed(page, `/cases/${caseId}/forms/${form}`, title);
    for (const e of ['取扱注意（個人情報）', '記録の根拠：', '印刷日：令和', ...expected]) expect(text).toContain(e);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    if (form === 'assessment') await screenshot(page, 'staff-form-assessment');
  });

  it('prints the own-record document for a disclosure request, third parties marked, with no ids', async () => {
    const worker = await as('tsuchiura.worker');
    await worker.goto(`${server.baseUrl}/staff${caseUrl}`);
    const href = await worker.locator('a[href*="/persons/"][href$="/timeline"]').first().getAttribute('href');
    const person = href?.match(/persons\/([0-9a-f-]{36})/)?.[1] ?? '';
    expect(person).not.toBe('');
    const page = await as('tsuchiura.auditor');
    const text = await printed(page, `/persons/${person}/export`, `保有個人情報開示（${ichiro}）`);
    for (const e of ['本人', '世帯員', '相談受付', '支援経過記録', 'アセスメント', '支援プラン', '会議', '同意', '提供の記録（開示記録）', '第三者情報（不開示の検討）']) expect(text).toContain(e);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(text).not.toMatch(/Consultation|ProgressRecord|SupportPlan/);
  });
});
