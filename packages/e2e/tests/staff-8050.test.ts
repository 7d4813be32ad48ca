// The 8050 walk-through of issue #10, end to end in the running app: an 80-year-old mother (介護) comes to
// the 地域包括 with her 50-year-old son (ひきこもり, 困窮) living with her. Her consent is signed by her
// 成年後見人; the son joins the SAME household (親子) and gives his own consent; the case goes to 多機関協働,
// gets a 担当者, a dated 支援決定, a structured assessment with both in the genogram, a plan with roles; a
// 重層的支援会議 with attendance and a ケアマネ as guest approves it; progress is recorded (訪問, 電話); the son
// is matched to 参加支援; the case summary shows it all; a form prints; the case closes with its 終結理由.
// Every step is reached by links from the screen before (sign-in aside). Fictional people and address.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { approvePlanAndStartSupport, noSeriousViolations, screenshot, useBrowserSuite } from '../src/index.js';

const suite = useBrowserSuite();
const as = (loginId: string): Promise<Page> => suite.staffAs(loginId, { acceptDialogs: true });

const mother = '試験 トメ';
const son = '試験 一男';
const city = '土浦市役所 福祉総合相談課';
const houkatsu = '土浦市中央地域包括支援センター';
const meetingTitle = '重層的支援会議（試験 トメさん世帯）';
const japanDay = (offsetDays = 0): string => new Date(Date.now() + offsetDays * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
let casePath = '';

/** From the menu to the case, as a worker does every day. */
async function openCase(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name: '多機関協働・支援プラン' }).click();
  await page.getByRole('link', { name: mother }).click();
  await page.getByRole('heading', { level: 1, name: mother }).waitFor();
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

async function progressEntry(page: Page, method: string, counterpart: string, content: string): Promise<void> {
  await page.getByRole('button', { name: '支援経過を記録する' }).click();
  await page.getByLabel(/^実施日時/).fill(`${japanDay()}T10:00`);
  await page.getByLabel(/^方法/).selectOption({ label: method });
  await page.getByLabel(/^相手/).fill(counterpart);
  await page.getByLabel(/^対応者/).fill('地域包括 相談員');
  await page.getByLabel(/^内容/).fill(content);
  await page.getByRole('button', { name: '記録する', exact: true }).click();
  await page.getByText(content).first().waitFor();
}

describe('the 8050 household, from the intake to the closure', () => {
  it('地域包括 takes the mother’s intake; her 成年後見人 signs the consent', async () => {
    const page = await as('tsuchiura.worker');
    await page.getByRole('link', { name: '相談受付' }).first().click();
    await page.getByRole('heading', { level: 1, name: '相談受付' }).waitFor();
    await page.getByLabel('受付の方法').selectOption({ label: '窓口' });
    await page.getByLabel(/^姓/).fill('試験');
    await page.getByLabel(/^名/).fill('トメ');
    await page.getByLabel('セイ（フリガナ）').fill('しけん');
    await page.getByLabel('メイ（フリガナ）').fill('とめ');
    await page.getByLabel('生年月日').fill('1946-04-01');
    await page.getByRole('textbox', { name: /^住所/ }).fill('土浦市試験町80-50（架空の住所）');
    await page.getByLabel('介護', { exact: true }).check();
    await page.getByLabel('8050').check();
    await page.getByLabel('相談の概要').fill('物忘れが進み介護が必要。同居の息子は長くひきこもり、家計も苦しい。成年後見人と来所。');
    await page.getByLabel('受付後の対応（トリアージ）').selectOption({ label: '多機関協働につなぐ' });
    await page.getByRole('button', { name: '受け付ける', exact: true }).click();
    await page.getByText('相談を受け付けました。').waitFor();
    casePath = (await page.getByRole('link', { name: /ケースを開く/ }).getAttribute('href')) ?? '';
    expect(casePath).toMatch(/\/staff\/coordination\//);

    await page.getByRole('link', { name: '同意を記録する' }).click();
    await page.getByRole('heading', { level: 1, name: `${mother}さんの同意と開示記録` }).waitFor();
    await page.getByRole('button', { name: '新しい同意を記録する' }).click();
    for (const org of [city, houkatsu]) await page.getByLabel(org, { exact: true }).check();
    for (const purpose of ['多機関協働（支援の調整）', '支援の実施', '会議での検討']) await page.getByLabel(purpose, { exact: true }).check();
    // an 81-year-old: no child-guardian block, the signer is her 成年後見人
    expect(await page.getByText('保護者の同意が必要です').count()).toBe(0);
    await page.getByLabel('署名者', { exact: true }).selectOption({ label: '成年後見人' });
    await page.getByLabel(/^署名者の氏名/).fill('後見 守');
    await page.getByLabel(/^本人との関係/).fill('成年後見人（司法書士）');
    await page.getByRole('button', { name: '同意を記録する' }).click();
    await page.getByText('同意を記録しました。').waitFor();
    await page.getByRole('row').filter({ hasText: '後見 守' }).filter({ hasText: '有効' }).first().waitFor();
    await noSeriousViolations(page);
  });

  it('the son joins the same household as 子 and gives his own consent', async () => {
    const page = await as('tsuchiura.worker');
    await openCase(page);
    await page.getByRole('region', { name: 'ケースの概要' }).getByRole('link', { name: /土浦市試験町80-50/ }).click();
    await page.getByRole('heading', { name: '世帯の構成' }).waitFor();
    await page.getByLabel(/^姓/).fill('試験');
    await page.getByLabel(/^名/).fill('一男');
    await page.getByLabel(/^セイ（フリガナ）/).fill('しけん');
    await page.getByLabel(/^メイ（フリガナ）/).fill('かずお');
    await page.getByLabel(/^生年月日/).fill('1976-06-01');
    await page.getByLabel('続柄の相手').selectOption({ label: mother });
    await page.getByLabel('相手から見た続柄').selectOption({ label: '子' });
    await page.getByRole('button', { name: '追加する', exact: true }).click();
    await page.getByText('世帯員を追加しました。').waitFor();
    // one household with both, no second one at the same address
    const members = page.getByRole('table', { name: '世帯員' });
    await members.getByRole('row').filter({ hasText: son }).waitFor();
    expect(await members.getByRole('row').filter({ hasText: mother }).count()).toBe(1);
    await page.getByText(new RegExp(`${mother}から見て${son}は「子」`)).waitFor();

    await members.getByRole('row').filter({ hasText: son }).getByRole('link', { name: /^有効 / }).click();
    await page.getByRole('heading', { level: 1, name: `${son}さんの同意と開示記録` }).waitFor();
    await page.getByRole('button', { name: '新しい同意を記録する' }).click();
    for (const org of [city, houkatsu]) await page.getByLabel(org, { exact: true }).check();
    for (const purpose of ['多機関協働（支援の調整）', '支援の実施', '会議での検討']) await page.getByLabel(purpose, { exact: true }).check();
    await page.getByRole('button', { name: '同意を記録する' }).click();
    await page.getByText('同意を記録しました。').waitFor();
    await noSeriousViolations(page);
  });

  it('goes to 多機関協働; the coordinator names the 担当者 and records a dated 支援決定', async () => {
    const worker = await as('tsuchiura.worker');
    await openCase(worker);
    await worker.getByRole('button', { name: '多機関協働につなぐ' }).click();
    const refer = worker.getByRole('dialog', { name: '多機関協働につなぐ' });
    await refer.getByLabel('多機関協働を行う機関').selectOption({ label: city });
    await refer.getByRole('button', { name: '多機関協働につなぐ' }).click();
    await worker.getByText('同意あり（支援決定待ち）').first().waitFor();

    const page = await as('tsuchiura.coordinator');
    await openCase(page);
    await page.getByRole('button', { name: '担当者を変更する' }).click();
    const assign = page.getByRole('dialog', { name: '担当者・副担当' });
    await assign.getByLabel(/^職員/).selectOption({ index: 1 });
    const worker1 = (await assign.getByLabel(/^職員/).locator('option:checked').innerText()).trim();
    await assign.getByRole('button', { name: '設定する' }).click();
    await page.getByRole('region', { name: 'ケースの概要' }).getByText(worker1).waitFor();
    await page.getByRole('button', { name: '支援決定する' }).click();
    const decide = page.getByRole('dialog', { name: '支援決定' });
    await decide.getByLabel('支援決定日').fill(japanDay(-3));
    await decide.getByRole('button', { name: '支援決定を記録する' }).click();
    await page.getByText('支援決定済み').first().waitFor();
    await page.getByRole('button', { name: 'アセスメントを始める' }).click();
    await page.getByText('アセスメント中').first().waitFor();
  });

  it('records the structured assessment with 本人の意向, both in the genogram, and a plan with roles', async () => {
    const page = await as('tsuchiura.coordinator');
    await openCase(page);
    await tab(page, 'アセスメント');
    await page.getByRole('button', { name: 'アセスメントシートを記録する' }).click();
    await page.getByLabel('主訴').fill('母の介護と、同居の息子の生活と家計が心配。');
    await page.getByLabel('本人の意向').fill('この家で息子と暮らし続けたい。');
    await page.getByLabel('介護', { exact: true }).fill('物忘れが進み、入浴と服薬に介助が必要。');
    await page.getByLabel(`本人（${mother}）：性別`).selectOption({ label: '女性' });
    await page.getByLabel(`${son}：性別`).selectOption({ label: '男性' });
    await page.getByLabel(`${son}：就労`).fill('20年以上ひきこもり、就労経験は短い。');
    await page.getByLabel(`${son}：家計・債務`).fill('母の年金のみで困窮。');
    await page.getByLabel('強み', { exact: true }).fill('息子は母の見守りを続けてきた。');
    await page.getByRole('button', { name: 'アセスメントを保存（新しい版）' }).click();
    await page.getByText('この家で息子と暮らし続けたい。').waitFor();
    const figure = page.getByTestId('genogram');
    await figure.getByText(new RegExp(`^${mother}（本人・女性`)).waitFor();
    await figure.getByText(new RegExp(`^${son}（本人の子・男性`)).waitFor();

    await tab(page, 'プラン');
    await page.getByRole('button', { name: '支援プランを作成する（新しい版）' }).click();
    await page.getByLabel('目標 1').fill('母が介護サービスを使い、自宅で暮らし続ける');
    await page.getByRole('button', { name: '目標を追加' }).click();
    await page.getByLabel('目標 2').fill('息子が週に一度、家の外の居場所に通う');
    await page.getByLabel('機関 1').selectOption({ label: houkatsu });
    await page.getByLabel('役割 1').fill('母の介護サービスの調整（ケアマネと連携）');
    await page.getByRole('button', { name: '役割を追加' }).click();
    await page.getByLabel('機関 2').selectOption({ label: city });
    await page.getByLabel('役割 2').fill('全体の調整（多機関協働）、息子の参加支援と家計の相談');
    await page.getByLabel('支援の方向性').fill('母の在宅生活を支えながら、息子のペースで社会とのつながりを作る');
    await page.getByLabel('見直し予定日').fill(japanDay(90));
    await page.getByRole('button', { name: '支援プランを保存する' }).click();
    await page.getByText('支援プラン作成済み（会議待ち）').first().waitFor();
    await noSeriousViolations(page);
  });

  it('a 重層的支援会議 with attendance and a ケアマネ as guest approves the plan', async () => {
    const page = await as('tsuchiura.coordinator');
    await page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name: '会議', exact: true }).click();
    await page.getByLabel('会議の種類').selectOption({ label: '重層的支援会議（重層的支援会議）' });
    await page.getByLabel('会議名').fill(meetingTitle);
    await page.getByLabel('日時').fill(`${japanDay(-2)}T14:00`);
    await page.getByRole('button', { name: '会議を登録する' }).click();
    await page.getByRole('heading', { level: 1, name: meetingTitle }).waitFor();
    await page.getByLabel('ケース', { exact: true }).selectOption({ label: `${mother}（支援プラン作成済み（会議待ち））` });
    await page.getByLabel('検討の要点').fill('支援プラン第1版の適切性');
    await page.getByRole('button', { name: 'ケースを検討に加える' }).click();
    await page.getByText('息子が週に一度、家の外の居場所に通う').waitFor();
    const guests = page.locator('form').filter({ has: page.getByRole('button', { name: '出席者を追加する' }) });
    await guests.getByLabel(/^氏名/).fill('介護 支子');
    await guests.getByLabel(/^所属/).fill('試験居宅介護支援事業所');
    await guests.getByLabel(/^役割/).fill('ケアマネジャー');
    await guests.getByRole('button', { name: '出席者を追加する' }).click();
    await page.getByRole('table', { name: '職員以外の出席者' }).getByText('介護 支子').waitFor();
    const attendance = page.locator('form').filter({ has: page.getByRole('button', { name: '出欠を記録する' }) });
    for (const select of await attendance.getByRole('combobox').all()) await select.selectOption({ label: '出席' });
    await attendance.getByRole('button', { name: '出欠を記録する' }).click();
    await page.getByText('出欠を記録しました。').waitFor();
    await approvePlanAndStartSupport(page, openCase);
  });

  it('progress is recorded (訪問, 電話) and the son is matched to 参加支援', async () => {
    const page = await as('tsuchiura.worker');
    await openCase(page);
    await tab(page, '経過');
    await progressEntry(page, '訪問', '本人・長男', 'デイサービスの利用が始まった。息子は玄関先まで出てきた。');
    await progressEntry(page, '電話', '長男', '居場所の見学の日程を相談した。');

    // 参加支援 for the son, from his row in the household the case links to
    await page.getByRole('navigation', { name: 'このケースの関連記録' }).getByRole('link', { name: '世帯を開く' }).click();
    await page.getByRole('table', { name: /世帯員/ }).getByRole('row').filter({ hasText: son }).getByRole('link', { name: /^参加支援/ }).click();
    await page.getByRole('heading', { level: 1, name: '参加支援' }).waitFor();
    await page.getByLabel('参加支援の資源').selectOption({ index: 1 });
    await page.getByLabel(/^つなぐ理由/).fill('本人のペースで通える居場所から始める');
    await page.getByLabel('既存事業の活用を検討した').check();
    await page.getByLabel(/^既存事業を検討した内容/).fill('就労準備支援事業は本人の希望で後日検討');
    await page.getByRole('button', { name: 'つなぐ', exact: true }).click();
    await page.getByText('参加支援の資源につなぎました。').waitFor();
  });

  it('the case summary shows it all, each tab is shown, and a form prints', async () => {
    const page = await as('tsuchiura.coordinator');
    await page.setViewportSize({ width: 1366, height: 900 });
    await openCase(page);
    const summary = page.getByRole('region', { name: 'ケースの概要' });
    for (const text of [new RegExp(`^${mother}（`), '土浦市試験町80-50', '本人の同意', '支援・モニタリング中', /^令和/]) await summary.getByText(text).first().waitFor();
    await noSeriousViolations(page);
    await screenshot(page, 'staff-case-summary');
    const tabs: [string, string][] = [['世帯', 'household'], ['同意', 'consent'], ['アセスメント', 'assessment'], ['プラン', 'plan'], ['経過', 'progress'], ['会議', 'meetings'], ['書式', 'forms'], ['履歴', 'history']];
    for (const [name, id] of tabs) {
      await tab(page, name);
      expect(new URL(page.url()).searchParams.get('tab')).toBe(id);
      await noSeriousViolations(page);
      await screenshot(page, `staff-case-${id}`);
    }
    // narrow columns keep headings, dates and statuses on one line at 1024 px too (issue #10)
    await page.setViewportSize({ width: 1024, height: 800 });
    await tab(page, '履歴');
    // the lines a cell's text takes (a row grows with its longest cell, so the cell's own box does not tell)
    const lines = await page.locator('.kasane-table thead th, .kasane-table .kasane-nowrap').evaluateAll((cells) =>
      cells.map((c) => {
        const range = document.createRange();
        range.selectNodeContents(c);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(Math.max(...lines)).toBe(1);
    await screenshot(page, 'staff-case-history-1024');
    await page.setViewportSize({ width: 1366, height: 900 });
    await tab(page, '会議');
    await page.getByText('適切と判断。3か月後に見直す').waitFor();

    await tab(page, '書式');
    await page.getByRole('link', { name: 'インテーク・アセスメントシート' }).click();
    await page.getByRole('heading', { level: 1, name: 'インテーク・アセスメントシート' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await page.locator('article.staff-print').innerText();
    for (const e of ['土浦市', '令和', 'この家で息子と暮らし続けたい。', '息子は母の見守りを続けてきた。', son]) expect(text).toContain(e);
    await page.emulateMedia({ media: 'screen' });
  });

  it('closes with its 終結理由 after the meeting’s evaluation', async () => {
    const page = await as('tsuchiura.coordinator');
    await page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name: '会議', exact: true }).click();
    await page.getByRole('link', { name: meetingTitle }).click();
    await page.getByLabel('決定', { exact: true }).selectOption({ label: '支援プラン終結時の評価' });
    await page.getByLabel('決定の内容・評価').fill('目標を達成。今後は地域包括と居場所が見守る');
    await page.getByRole('button', { name: '決定を記録する' }).click();
    await page.getByText('目標を達成。今後は地域包括と居場所が見守る').waitFor();
    await openCase(page);
    await page.getByText('終結評価済み').first().waitFor();
    await page.getByRole('button', { name: '終結する' }).click();
    const close = page.getByRole('dialog', { name: '終結' });
    await close.getByLabel('終結理由の詳細').fill('母は介護サービスで在宅生活が安定し、息子は居場所に通い始めた');
    await close.getByRole('button', { name: '終結を記録する' }).click();
    await page.getByRole('region', { name: 'ケースの概要' }).getByText(/母は介護サービスで在宅生活が安定し/).waitFor();
    await noSeriousViolations(page);
    await screenshot(page, 'staff-case-closed');
  });
});
