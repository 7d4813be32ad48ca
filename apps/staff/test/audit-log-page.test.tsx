// アクセス記録 against a fake server: the auditor filters, pages and downloads; bad input is named.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeTrpcFetch } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';
import { fakeSession, homeData, worker } from './harness.js';

afterEach(cleanup);

const row = (seq: number) => ({
  seq: String(seq),
  at: new Date('2026-11-20T01:00:00Z'),
  atWareki: '令和8年11月20日',
  actor: '見本 社協（tsuchiura.outreach）',
  actorRole: 'アウトリーチ支援員',
  organisation: '土浦市社会福祉協議会',
  action: 'read',
  actionLabel: '閲覧',
  recordType: 'Person',
  recordLabel: '氏名・生年月日・連絡先などの基本情報',
  recordId: '11111111-1111-4111-8111-111111111111',
  legalBasis: 'consent',
  legalBasisLabel: '本人の同意',
  basisRef: 'c-1',
});

describe('アクセス記録', () => {
  it('shows the log in Japanese, filters by staff member, refuses a malformed person id, and downloads a CSV', async () => {
    const finds: unknown[] = [];
    const server = fakeTrpcFetch({
      'auth.session': () => ({ ...fakeSession({ ...worker, role: 'auditor' }), staffAreas: ['home', 'auditLog'] }),
      'staff.home.get': () => ({ ...homeData, user: { ...homeData.user, role: 'auditor' } }),
      'staff.auditLog.options': () => ({ users: [{ id: 'u-outreach', label: '見本 社協（tsuchiura.outreach）' }], actions: [{ id: 'read', label: '閲覧' }, { id: 'denied', label: '拒否されたアクセス' }] }),
      'staff.auditLog.find': (input) => {
        finds.push(input);
        return { total: 1, page: 1, pageSize: 50, items: [row(7)] };
      },
      'staff.auditLog.exportCsv': () => ({ filename: 'access-log-082031.csv', csv: '\uFEFF番号,日時\r\n7,2026-11-20\r\n', rows: 1, truncated: false }),
    });
    document.cookie = 'kasane_csrf=csrf-1; path=/';
    const api = createApi({ fetch: server.fetch });
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    render(<App api={api} router={createAppRouter(api, { initialPath: '/staff/audit-log' })} i18n={await createI18n()} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'アクセス記録' })).toBeTruthy();
    expect(await screen.findByText('本人の同意：c-1')).toBeTruthy();
    expect(screen.getByRole('table', { name: /アクセス記録（1件中 1〜1件）/ })).toBeTruthy();

    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /人物ID/ }), 'not-an-id');
    await user.click(screen.getByRole('button', { name: '表示する' }));
    expect(await screen.findByText('人物IDの形式が正しくありません。')).toBeTruthy();

    await user.clear(screen.getByRole('textbox', { name: /人物ID/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: '利用者' }), 'u-outreach');
    await user.click(screen.getByRole('button', { name: '表示する' }));
    await waitFor(() => expect(finds.at(-1)).toMatchObject({ actorUserId: 'u-outreach', page: 1 }));

    await user.click(screen.getByRole('button', { name: /CSVで書き出す/ }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
  });
});
