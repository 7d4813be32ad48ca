import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeTrpcFetch } from '@kasane/ui/testing';
import { TrpcProvider, createApi } from '../src/api.js';
import { createI18n } from '../src/i18n/index.js';
import { DirectoryImportPage } from '../src/routes/community/import-page.js';
import { secondsLeft } from '../src/routes/community/import-upload.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** XMLHttpRequest as far as the screen uses it: each send waits for the test to report bytes and answer. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  responseType = '';
  response: unknown = null;
  upload: { onprogress: ((e: { loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total });
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

async function renderPage() {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const server = fakeTrpcFetch({ 'staff.directory.publishImported': () => ({ published: 3 }) });
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  render(
    <I18nextProvider i18n={await createI18n()}>
      <QueryClientProvider client={api.queryClient}>
        <TrpcProvider value={api.trpc}>
          <DirectoryImportPage />
        </TrpcProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return server;
}

const check = {
  rows: 5, valid: 3, errorCount: 1, errors: [{ row: 2, id: 'w2', name: '窓口, 2', messages: ['名称: 使えない文字があります。'] }],
  elsewhereCount: 1, elsewhereMunicipalities: 1, elsewhere: [{ row: 5, id: 'w5', name: '水戸の窓口', municipalityCode: '082015', municipalityName: '水戸市' }],
};

describe('HSDS import screen', () => {
  it('sends the file itself to the import route with a measured bar and time left, lists refused and other municipalities’ rows, imports the valid rows and publishes', async () => {
    const server = await renderPage();
    const file = new File(['x'.repeat(4096)], 'national.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('ファイル'), file);
    await userEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    const first = FakeXhr.sent[0];
    expect(first?.url).toBe('/api/directory/import?format=json&target=windows&mode=check');
    expect(first?.body).toBe(file);
    expect(first?.headers['x-csrf-token']).toBe('csrf-1');
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 2000);
    first?.progress(1024, 4096);
    const bar = await screen.findByRole('progressbar', { name: 'ファイルの送信' });
    expect(bar.getAttribute('value')).toBe('1024');
    expect(screen.getByRole('status').textContent).toMatch(/^ファイルを送っています：1 \/ 4 KB（25%）\u3000あと約\d+秒$/);
    first?.progress(4096, 4096);
    expect((await screen.findByRole('progressbar', { name: 'サーバーでの処理' })).getAttribute('value')).toBeNull();
    first?.answer(200, check);
    expect(await screen.findByText('5行のうち、3行は取り込めます。誤り：1行')).toBeTruthy();
    expect(screen.getByText('ほかの市区町村の行：1行（1市区町村）。取り込みません。')).toBeTruthy();
    expect(screen.getByRole('cell', { name: '水戸市' })).toBeTruthy();
    const run = screen.getByRole<HTMLButtonElement>('button', { name: '3件を取り込む' });
    expect(run.disabled).toBe(true);
    await userEvent.click(screen.getByLabelText('誤りのある行を除いて、正しい3行だけ取り込む'));
    await userEvent.click(run);
    const second = FakeXhr.sent[1];
    expect(second?.url).toBe('/api/directory/import?format=json&target=windows&mode=import&validOnly=1');
    second?.answer(200, { places: 0, activities: 0, windows: 3, updated: 0, refused: 1, elsewhere: 1, milliseconds: 40 });
    expect(await screen.findByText(/窓口 3件（更新 0件、除いた行 1件、ほかの市区町村 1件/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '取り込んだ窓口をまとめて公開する' }));
    expect(await screen.findByText('3件の窓口を公開しました。')).toBeTruthy();
    expect(server.calls.map((c) => c.path)).toContain('staff.directory.publishImported');
  });

  it('saves the rows not imported as the server gives them back (each row as uploaded, with its reason): the file goes again with mode=refused', async () => {
    await renderPage();
    const file = new File(['{"services":[]}'], 'national.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('ファイル'), file);
    await userEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    FakeXhr.sent[0]?.answer(200, check);
    const created: Blob[] = [];
    const names: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:refused'), revokeObjectURL: () => undefined }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await userEvent.click(await screen.findByRole('button', { name: '取り込まない行を保存（元の行と理由）' }));
    const refused = FakeXhr.sent[1];
    if (!refused) throw new Error('no request');
    expect(refused.url).toBe('/api/directory/import?format=json&target=windows&mode=refused');
    expect(refused.responseType).toBe('blob');
    expect(refused.body).toBe(file);
    const blob = new Blob(['{"services":[{"id":"w2","kasane_refusal_reason":"名称"}]}'], { type: 'application/json' });
    refused.status = 200;
    refused.response = blob;
    refused.onload?.();
    await waitFor(() => expect(names).toEqual(['取り込まない行.json']));
    expect(created).toEqual([blob]);
    click.mockRestore();
  });

  it('shows the server’s refusal in Japanese', async () => {
    await renderPage();
    await userEvent.upload(screen.getByLabelText('ファイル'), new File(['{'], 'x.json', { type: 'application/json' }));
    await userEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    FakeXhr.sent[0]?.answer(400, { error: { message: 'JSONとして読めません: Unexpected end', code: 'VALIDATION' } });
    await waitFor(() => expect(screen.getByText('JSONとして読めません: Unexpected end')).toBeTruthy());
  });
});

describe('import helpers', () => {
  it('estimates the time left from the measured rate', () => {
    expect(secondsLeft(1000, 4000, 2000)).toBe(6);
    expect(secondsLeft(0, 4000, 2000)).toBeNull();
    expect(secondsLeft(4000, 4000, 2000)).toBe(0);
  });

});
