import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeAppError, fakeTrpcFetch } from '@kasane/ui/testing';
import { TrpcProvider, createApi } from '../src/api.js';
import { createI18n } from '../src/i18n/index.js';
import { DirectoryImportPage } from '../src/routes/community/import-page.js';
import { csvRecords, readFileText, splitImport } from '../src/routes/community/import-parts.js';

afterEach(cleanup);

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((r) => (release = r));
  return { promise, release };
}

interface PreviewInput {
  format: 'json' | 'csv';
  content: string;
  part?: { offset: number; total: number };
}

/** The server's preview, as far as this screen sees it: rows counted, names with "NG" refused, rows numbered in the whole file. */
function fakePreview(input: PreviewInput) {
  const services = (input.format === 'json' ? (JSON.parse(input.content) as { name: string }[]) : csvRecords(input.content).slice(1).map((r) => ({ name: r.split(',')[1] ?? '' })));
  const offset = input.part?.offset ?? 0;
  const errors = services.flatMap((s, i) => (s.name.includes('NG') ? [{ row: offset + i + 1, id: `svc-${offset + i}`, name: s.name, messages: ['名称: 使えない文字があります。'] }] : []));
  return { rows: services.length, valid: services.length - errors.length, errors, errorCount: errors.length, sample: [], counts: { places: 0, activities: 0, windows: 0 } };
}

async function renderPage(handlers: Parameters<typeof fakeTrpcFetch>[0]) {
  const server = fakeTrpcFetch(handlers);
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  const i18n = await createI18n();
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={api.queryClient}>
        <TrpcProvider value={api.trpc}>
          <DirectoryImportPage />
        </TrpcProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return server;
}

const services = (n: number, ng: number[] = []) => Array.from({ length: n }, (_, i) => ({ id: `svc-${i}`, name: ng.includes(i + 1) ? `NG${i + 1}` : `サロン${i + 1}` }));

describe('HSDS import progress', () => {
  it('checks a large file part by part with a real count, then imports it in one call with an indeterminate bar', async () => {
    const secondPart = deferred();
    const importing = deferred();
    const server = await renderPage({
      'staff.directory.previewImport': async (input) => {
        const i = input as PreviewInput;
        if (i.part?.offset === 500) await secondPart.promise;
        return fakePreview(i);
      },
      'staff.directory.import': async () => {
        await importing.promise;
        return { places: 120, activities: 1200, windows: 0, milliseconds: 900 };
      },
    });
    const content = JSON.stringify({ services: services(1200) });
    await userEvent.upload(screen.getByLabelText('ファイル'), new File([content], 'directory.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: '内容を確認する' }).disabled).toBe(false));
    await userEvent.click(screen.getByRole('button', { name: '内容を確認する' }));

    // the first part (500 rows) is checked; the second is on the server
    const bar = await screen.findByRole('progressbar', { name: '内容の確認' });
    await waitFor(() => expect(bar.getAttribute('value')).toBe('500'));
    expect(bar.getAttribute('max')).toBe('1200');
    expect(screen.getByRole('status').textContent).toBe('500 / 1200 件を確認しました（41%）');
    secondPart.release();
    expect(await screen.findByText('1200行のうち、1200行は取り込めます。誤り：0行')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const previews = server.calls.filter((c) => c.path === 'staff.directory.previewImport').map((c) => c.input as PreviewInput);
    expect(previews.map((p) => p.part)).toEqual([
      { offset: 0, total: 1200 },
      { offset: 500, total: 1200 },
      { offset: 1000, total: 1200 },
    ]);
    expect(previews.map((p) => (JSON.parse(p.content) as unknown[]).length)).toEqual([500, 500, 200]);

    await userEvent.click(screen.getByRole('button', { name: '取り込む' }));
    const importBar = await screen.findByRole('progressbar', { name: '取り込み' });
    expect(importBar.hasAttribute('value')).toBe(false);
    expect(screen.getByText(/^1200件を取り込んでいます/).getAttribute('role')).toBe('status');
    importing.release();
    expect(await screen.findByText(/取り込みました：居場所 120件、活動 1200件/)).toBeTruthy();
    const imports = server.calls.filter((c) => c.path === 'staff.directory.import');
    expect(imports).toHaveLength(1);
    expect((imports[0]?.input as PreviewInput).content).toBe(content);
  });

  it('numbers the errors in the whole file across parts and refuses the import button', async () => {
    await renderPage({ 'staff.directory.previewImport': (input) => fakePreview(input as PreviewInput) });
    await userEvent.upload(screen.getByLabelText('ファイル'), new File([JSON.stringify(services(1100, [3, 777]))], 'directory.json'));
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: '内容を確認する' }).disabled).toBe(false));
    await userEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    expect(await screen.findByText('1100行のうち、1098行は取り込めます。誤り：2行')).toBeTruthy();
    const table = screen.getByRole('table', { name: '誤りのある行' });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['3（NG3）', '777（NG777）']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '取り込む' }).disabled).toBe(true);
  });

  it('stops at a refused part and says why', async () => {
    await renderPage({
      'staff.directory.previewImport': (input) => {
        const i = input as PreviewInput;
        if (i.part?.offset === 500) throw new FakeAppError('VALIDATION', '一度に取り込めるのは20000件までです。');
        return fakePreview(i);
      },
    });
    await userEvent.upload(screen.getByLabelText('ファイル'), new File([JSON.stringify(services(600))], 'directory.json'));
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: '内容を確認する' }).disabled).toBe(false));
    await userEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    expect((await screen.findByRole('alert')).textContent).toContain('一度に取り込めるのは20000件までです。');
    expect(screen.queryByText(/行は取り込めます/)).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '取り込む' }).disabled).toBe(true);
  });
});

describe('splitting a file into parts', () => {
  it('keeps CSV records whole: quoted commas, line breaks and doubled quotes; CRLF; blank lines and BOM dropped', () => {
    const csv = '\uFEFFid,name,note\r\nw1,"窓口 ""A""","1行目\r\n2行目"\r\n\r\n,,\r\nw2,窓口B,"a,b"\nw3,窓口C,';
    expect(csvRecords(csv)).toEqual(['id,name,note', 'w1,"窓口 ""A""","1行目\r\n2行目"', 'w2,窓口B,"a,b"', 'w3,窓口C,']);
    const split = splitImport('csv', csv, 2);
    expect(split?.total).toBe(3);
    expect(split?.parts.map((p) => [p.offset, p.rows])).toEqual([
      [0, 2],
      [2, 1],
    ]);
    expect(split?.parts[1]?.content).toBe('id,name,note\r\nw3,窓口C,\r\n');
    expect(split?.parts[0]?.content.split('\r\n')[0]).toBe('id,name,note');
  });

  it('reads the file as UTF-8 text, reporting the bytes read up to the whole file', async () => {
    const text = `${'居場所,'.repeat(5000)}終わり`;
    const file = new File([text], 'directory.csv');
    const seen: [number, number][] = [];
    expect(await readFileText(file, (done, total) => seen.push([done, total]))).toBe(text);
    expect(seen.at(-1)).toEqual([file.size, file.size]);
    expect(seen.every(([done], i) => i === 0 || done >= (seen[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('slices the JSON service list in its three accepted shapes, and leaves what it cannot read to the server', () => {
    expect(splitImport('json', JSON.stringify(services(3)), 2)?.parts.map((p) => JSON.parse(p.content) as unknown[]).map((a) => a.length)).toEqual([2, 1]);
    expect(splitImport('json', JSON.stringify({ services: services(3) }), 2)?.total).toBe(3);
    expect(splitImport('json', JSON.stringify({ service: { id: 'one' } }))?.parts[0]?.content).toBe('[{"id":"one"}]');
    expect(splitImport('json', '{ not json')).toBeNull();
    expect(splitImport('json', '{"items":[]}')).toBeNull();
    expect(splitImport('csv', 'id,name\r\n')).toBeNull();
  });
});
