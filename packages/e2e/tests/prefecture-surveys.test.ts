// 実態調査 and 後方支援の予定 end to end (issue #11 items 10, 11): 茨城県's official builds a survey and sends it
// to 土浦市; 土浦市's administrator saves a draft and submits; the official sees the answer, the aggregate and
// the CSV. Then an event: the official records it, 土浦市 replies 出席 by role, the official sees the reply.
// Changes after sending (ADR 0025): the survey's deadline moved and 古河市 added, then cancelled with a reason
// (古河市 sees it cancelled and cannot answer); the event moved to another place, then cancelled (土浦市 sees
// the change, then the cancellation, and can no longer reply).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, seriousViolations, signIn, useBrowserSuite } from '../src/index.js';

const { server, freshPage, staffAs } = useBrowserSuite();

const official = async (): Promise<Page> => {
  const page = await freshPage();
  await signIn(page, server.baseUrl, 'prefecture', 'ibaraki.pref');
  return page;
};
const menu = (page: Page, name: string) => page.getByRole('navigation', { name: '主なメニュー' }).getByRole('link', { name, exact: true }).click();
/** A date some days from today, as a date input takes it (JST). */
const dayAfter = (days: number) => new Date(Date.now() + days * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
const title = 'E2E 包括的支援体制実態調査';
let surveyPath = '';

describe('実態調査', () => {
  it('the official builds a survey and sends it to 土浦市', async () => {
    const page = await official();
    await menu(page, '実態調査');
    await page.getByRole('heading', { level: 1, name: '実態調査' }).waitFor();
    await page.getByRole('link', { name: '新しい調査を作る' }).click();
    await page.getByText('この調査では個人情報を集めないでください。', { exact: false }).waitFor();
    await page.getByLabel('調査名').fill(title);
    await page.getByLabel('回答期限の日付').fill(dayAfter(30));
    await page.getByRole('checkbox', { name: '土浦市', exact: true }).check();
    await page.getByLabel('設問文').first().fill('重層的支援体制整備事業の実施状況');
    await page.getByLabel('選択肢（1行に1つ）').fill('実施\n移行準備\n未実施');
    await page.getByRole('button', { name: '設問を追加' }).click();
    await page.getByLabel('回答の形式').nth(1).selectOption('number');
    await page.getByLabel('設問文').nth(1).fill('専任職員数');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-survey-builder');
    await page.getByRole('button', { name: '調査を送付する' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    surveyPath = new URL(page.url()).pathname;
    expect((await page.getByRole('row').filter({ hasText: '土浦市' }).first().textContent()) ?? '').toContain('未回答');
  });

  it('土浦市\'s administrator saves a draft, then submits', async () => {
    const page = await staffAs('tsuchiura.admin');
    await menu(page, '県の実態調査');
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('radio', { name: '実施', exact: true }).check();
    await page.getByRole('button', { name: '下書き保存' }).click();
    await page.getByText('下書きを保存しました。', { exact: true }).waitFor();
    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByText(/専任職員数」は必須です/).waitFor();
    await page.getByLabel(/専任職員数/).fill('3');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-survey-answer');
    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByText('提出しました。', { exact: true }).waitFor();
    await page.getByText(/に提出しました。変更が必要な場合は県に再提出を依頼してください。/).waitFor();
    expect(await page.getByRole('button', { name: '提出する' }).count()).toBe(0);
  });

  it('the official sees the answer, the aggregate and the CSV', async () => {
    const page = await official();
    await page.goto(`${server.baseUrl}${surveyPath}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const status = page.getByRole('table', { name: '回答状況' }).getByRole('row').filter({ hasText: '土浦市' });
    expect(await status.textContent()).toContain('提出済み');
    const answers = page.getByRole('table', { name: '市町村ごとの回答（提出済みのみ）' }).getByRole('row').filter({ hasText: '土浦市' });
    expect(await answers.textContent()).toContain('実施');
    expect(await answers.textContent()).toContain('3');
    expect(await page.getByRole('table', { name: '問1 重層的支援体制整備事業の実施状況' }).getByRole('row', { name: /^実施/ }).textContent()).toContain('1');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-survey-results');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで書き出す' }).click()]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF市町村コード,市町村,状況,提出日時,問1 重層的支援体制整備事業の実施状況,問2 専任職員数\r\n')).toBe(true);
    expect(csv).toMatch(/\r\n082031,土浦市,提出済み,[^,]+,実施,3\r\n/);
  });
});

describe('実態調査 changed after sending', () => {
  it('the official moves the deadline and adds 古河市, then cancels with a reason; 古河市 sees it cancelled and cannot answer', async () => {
    let page = await official();
    await page.goto(`${server.baseUrl}${surveyPath}`);
    const change = page.getByRole('region', { name: '送付した調査を変更する' });
    await change.getByLabel('回答期限の日付').fill(dayAfter(45));
    await change.getByRole('checkbox', { name: '古河市', exact: true }).check();
    await change.getByRole('button', { name: '変更を保存する' }).click();
    await change.getByText('変更を保存しました（追加で送付した市町村：1）。').waitFor();
    await page.getByRole('table', { name: '回答状況' }).getByRole('row').filter({ hasText: '古河市' }).getByText('未回答').waitFor();
    // the form is drawn again from the saved survey
    await expect.poll(() => change.getByLabel('回答期限の日付').inputValue()).toBe(dayAfter(45));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-survey-change');

    await change.getByLabel('取り消しの理由').fill('設問の選択肢に誤りがあったため');
    await change.getByRole('button', { name: '調査を取り消す' }).click();
    await page.getByText(/この調査は.+に取り消しました。市町村は回答できません。/).waitFor();
    await page.getByText('理由：設問の選択肢に誤りがあったため').waitFor();
    expect(await page.getByRole('region', { name: '送付した調査を変更する' }).count()).toBe(0);

    page = await staffAs('koga.admin');
    await menu(page, '県の実態調査');
    expect(await page.getByRole('row').filter({ hasText: title }).textContent()).toContain('取り消し');
    await page.getByRole('link', { name: title }).click();
    await page.getByText(/県がこの調査を.+に取り消しました。回答はできません。/).waitFor();
    await page.getByText('取り消しの理由：設問の選択肢に誤りがあったため').waitFor();
    expect(await page.getByRole('button', { name: '提出する' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '下書き保存' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('後方支援の予定', () => {
  const event = 'E2E 第1回 情報交換会';
  it('the official records an event for 土浦市, which replies 出席 by role, and the official sees it', async () => {
    let page = await official();
    await menu(page, '後方支援の予定');
    await page.getByRole('heading', { level: 1, name: '後方支援の予定' }).waitFor();
    // each event already listed has its own change form folded away: the new one is this form
    const form = page.getByRole('form', { name: '予定を登録する' });
    await form.getByLabel('種類').selectOption('exchange_meeting');
    await form.getByLabel('名称').fill(event);
    await form.getByLabel('日付').fill(dayAfter(14));
    await form.getByLabel('会場').fill('茨城県庁 会議室');
    await form.getByRole('checkbox', { name: '土浦市', exact: true }).check();
    await form.getByRole('button', { name: '登録する' }).click();
    await page.getByText('予定を登録しました。').waitFor();
    await page.getByRole('table', { name: `${event}の出欠` }).waitFor();

    page = await staffAs('tsuchiura.admin');
    await menu(page, '県の後方支援の予定');
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: `【情報交換会】${event}` }) });
    await card.waitFor();
    await card.getByLabel('出席者数').fill('2');
    await card.getByLabel('出席者の所属・役職').fill('福祉総務課 2名');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-support-events');
    await card.getByRole('button', { name: '回答する' }).click();
    await card.getByText('回答しました。').waitFor();
    await card.getByText('回答：出席（2名・福祉総務課 2名）').waitFor();

    page = await official();
    await menu(page, '後方支援の予定');
    const row = page.getByRole('table', { name: `${event}の出欠` }).getByRole('row').filter({ hasText: '土浦市' });
    await row.waitFor();
    expect(await row.textContent()).toContain('出席');
    expect(await row.textContent()).toContain('福祉総務課 2名');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-calendar');
  });

  it('the official moves the event to another place, then cancels it; 土浦市 sees the change, then the cancellation, and can no longer reply', async () => {
    let page = await official();
    await menu(page, '後方支援の予定');
    const own = page.getByRole('region', { name: event });
    await own.getByText(`${event}の変更・取り消し`).click();
    const form = own.getByRole('form', { name: 'この予定を変更する' });
    expect(await form.getByLabel('名称').inputValue()).toBe(event);
    await form.getByLabel('会場').fill('土浦合同庁舎 大会議室');
    await form.getByRole('button', { name: '変更を保存する' }).click();
    await own.getByText('予定を変更しました（追加で招いた市町村：0）。').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'prefecture-calendar-change');

    page = await staffAs('tsuchiura.admin');
    await menu(page, '県の後方支援の予定');
    let card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: `【情報交換会】${event}` }) });
    await card.getByText('土浦合同庁舎 大会議室').waitFor();
    await card.getByText(/県が.+に予定を変更しました。/).waitFor();

    page = await official();
    await menu(page, '後方支援の予定');
    await page.getByRole('region', { name: event }).getByText(`${event}の変更・取り消し`).click();
    await page.getByRole('region', { name: event }).getByLabel('取り消しの理由').fill('講師の都合により延期');
    await page.getByRole('region', { name: event }).getByRole('button', { name: '予定を取り消す' }).click();
    await page.getByText(/^取り消し（.+）理由：講師の都合により延期$/).waitFor();

    page = await staffAs('tsuchiura.admin');
    await menu(page, '県の後方支援の予定');
    card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: `【情報交換会】${event}（取り消し）` }) });
    await card.getByText(/県がこの予定を.+に取り消しました。出欠の回答はできません。/).waitFor();
    await card.getByText('取り消しの理由：講師の都合により延期').waitFor();
    expect(await card.getByRole('button', { name: '回答する' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-support-event-cancelled');
  });
});
