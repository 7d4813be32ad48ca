import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStaffApp } from './harness.js';

afterEach(cleanup);

describe('機関一覧', () => {
  it('lists each organisation with the parts it delivers, direct or entrusted, and marks the current one', async () => {
    await renderStaffApp({ path: '/staff/organisations' });
    await userEvent.type(await screen.findByLabelText(/ログインID/), 'tsuchiura.worker');
    await userEvent.type(screen.getByLabelText(/パスワード/), 'kasane-demo');
    await userEvent.click(screen.getByRole('button', { name: 'ログイン' }));

    expect(await screen.findByRole('heading', { level: 1, name: '機関一覧' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '機関一覧' }).getAttribute('aria-current')).toBe('page');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const shakyo = rows.find((r) => r.textContent?.includes('土浦市社会福祉協議会'));
    expect(shakyo?.textContent).toContain('あなたの所属');
    expect(shakyo?.textContent).toContain('委託生活困窮者自立相談支援事業');
    expect(shakyo?.textContent).toContain('直営多機関協働事業');
    const npo = rows.find((r) => r.textContent?.includes('NPO法人'));
    expect(npo?.textContent).toContain('なし');
    expect(npo?.textContent).not.toContain('あなたの所属');
  });
});
