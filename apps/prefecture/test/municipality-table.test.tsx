import { cleanup, render, screen, within } from '@testing-library/react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../src/i18n/index.js';
import { MunicipalityTable, suppressionNoteId } from '../src/routes/municipality-table.js';
import { overview } from './fixtures.js';

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await createI18n();
});
afterEach(cleanup);

function renderTable(data = overview) {
  render(
    <I18nextProvider i18n={i18nInstance}>
      <MunicipalityTable overview={data} />
    </I18nextProvider>,
  );
  return screen.getByRole('table');
}

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const header = within(table).getByRole('rowheader', { name: new RegExp(name) });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('MunicipalityTable', () => {
  it('heads the columns with 和暦 fiscal years', () => {
    const table = renderTable();
    expect(within(table).getByRole('columnheader', { name: '令和4年度の実施状況' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: '令和3年度の実施状況' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: '令和8年度の実施状況' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: '令和7年度の相談受付件数' })).toBeTruthy();
  });

  it('shows a suppressed count as 「秘匿」, never as a number, tied to the explanation', () => {
    const table = renderTable();
    const koga = rowOf(table, '古河市');
    const cells = within(koga).getAllByRole('cell');
    const consultations = cells.at(-1);
    expect(consultations?.textContent).toBe('秘匿');
    expect(consultations?.querySelector('[aria-describedby]')?.getAttribute('aria-describedby')).toBe(suppressionNoteId);
  });

  it('shows a published count as a number', () => {
    const table = renderTable();
    const tsuchiura = rowOf(table, '土浦市');
    expect(within(tsuchiura).getAllByRole('cell').at(-1)?.textContent).toBe('1,234');
  });

  it('shows zero organisations as 0 and a municipality with no submitted report as 未提出, not 秘匿', () => {
    const table = renderTable();
    const daigo = rowOf(table, '大子町');
    const cells = within(daigo).getAllByRole('cell');
    expect(cells.at(-2)?.textContent).toBe('0');
    expect(cells.at(-1)?.textContent).toBe('未提出');
  });

  it('suppresses the total when the API does, and shows it when it does not', () => {
    let table = renderTable();
    let total = within(table).getByRole('rowheader', { name: '合計' }).closest('tr');
    expect(total?.lastElementChild?.textContent).toBe('秘匿');
    expect(total?.textContent).toContain('16');
    cleanup();
    table = renderTable({ ...overview, consultationsTotal: 1250 });
    total = within(table).getByRole('rowheader', { name: '合計' }).closest('tr');
    expect(total?.lastElementChild?.textContent).toBe('1,250');
  });

  it('labels each status and points to its partial source', () => {
    const table = renderTable();
    expect(within(rowOf(table, '土浦市')).getByText('実施')).toBeTruthy();
    expect(within(rowOf(table, '古河市')).getByText('移行準備')).toBeTruthy();
    expect(within(rowOf(table, '大子町')).getAllByText('記載なし（不明）').length).toBe(6);
    expect(screen.getByText(/※1 令和4年度 実施・移行準備事業 自治体一覧（部分的な復元）/)).toBeTruthy();
    expect(screen.getByText(/事業を実施していないことを意味するとは限りません/)).toBeTruthy();
  });

  it('marks a status the municipality declared itself as 「市町村の申告」 with its date (ADR 0026)', () => {
    const declared = { fiscalYear: 2026, status: 'implementing', source: '市町村の申告', sourceDate: '2026-11-20', origin: 'municipality' as const };
    const data = { ...overview, municipalities: overview.municipalities.map((m) => (m.code === '082031' ? { ...m, statuses: [...m.statuses, declared] } : m)) };
    const table = renderTable(data);
    const cell = within(rowOf(table, '土浦市')).getAllByRole('cell').find((c) => c.textContent?.includes('市町村の申告'));
    expect(cell?.textContent).toContain('実施');
    expect(cell?.textContent).toContain('市町村の申告 令和8年11月20日');
  });
});
