import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeAppError, fakeTrpcFetch } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { municipalityStorageKey } from '../src/municipality-store.js';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const emptyGrid = () => Object.fromEntries(weekdays.map((d) => [d, { morning: [], afternoon: [], evening: [] }])) as unknown as Record<(typeof weekdays)[number], Record<'morning' | 'afternoon' | 'evening', { id: string; name: string; time: string | null; frequency: string }[]>>;

const place = {
  id: '11111111-1111-4111-8111-111111111111', name: '独居高齢者の集いの場', kana: '', kind: 'ibasho', description: '', organiserName: '社会福祉協議会', audiences: ['older_people'], accessibility: ['wheelchair'],
  feeYen: 0, feeNote: '', postalCode: '', address: '南国市見本町5-1', lat: 33.58, lng: 133.65, phone: '000-0000-0010', email: '', url: '', area: '見本中学校区', lastConfirmedAt: '2026-11-01',
  activities: [{ id: 'a1', name: '独居高齢者の集い', description: '', organiserName: '', audiences: ['older_people'], audienceNote: '65歳以上', schedule: [{ frequency: 'weekly', days: ['wed', 'fri'], start: '14:00', end: '18:00' }], scheduleText: [], feeYen: 0, feeNote: '', lastConfirmedAt: '2026-11-01' }],
};
const grid = emptyGrid();
grid.wed.afternoon.push({ id: place.id, name: '独居高齢者の集い', time: '14:00～18:00', frequency: 'weekly' });
grid.fri.afternoon.push({ id: place.id, name: '独居高齢者の集い', time: '14:00～18:00', frequency: 'weekly' });

const windowsOut = {
  municipality: { code: '392049', name: '南国市', lat: 33.57, lng: 133.64 },
  sortedBy: 'name',
  nearNotFound: false,
  today: { isoDate: '2026-11-20', isHoliday: false, time: '10:00' },
  windows: [
    {
      id: 'w1', name: '南国市役所 福祉総合相談窓口', phone: '000-0000-0001', fax: '', email: '', postalCode: '', address: '南国市見本町1-1', lat: 33.57, lng: 133.64, languages: ['ja', 'en'], topics: ['anything'], note: '',
      hours: { spans: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, open: '08:30', close: '17:15' })), closedOnHolidays: true }, hoursText: [], openNow: true, lastConfirmedAt: '2026-11-10', distanceKm: null,
    },
  ],
};

beforeEach(() => {
  localStorage.clear();
  document.cookie = 'kasane_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  localStorage.setItem(municipalityStorageKey, JSON.stringify({ code: '392049', name: '南国市', kana: 'なんこくし', prefectureCode: '390003' }));
});
afterEach(cleanup);

async function renderAt(path: string, extra: Record<string, (input: unknown) => unknown> = {}) {
  const server = fakeTrpcFetch({
    'portal.prefecture.list': () => [{ code: '390003', name: '高知県', kana: 'こうちけん', nameEn: 'Kochi' }],
    'portal.place.find': () => ({ places: [place], areas: ['見本中学校区'], timetable: grid }),
    'portal.place.get': () => place,
    'portal.window.find': () => windowsOut,
    'auth.session': () => {
      document.cookie = 'kasane_csrf=test-token';
      return { actor: null, csrfToken: 'test-token' };
    },
    ...extra,
  });
  const i18n = await createI18n();
  const view = render(<App api={createApi({ fetch: server.fetch })} i18n={i18n} initialPath={path} />);
  return { ...view, server, i18n };
}

describe('居場所・活動をさがす', () => {
  it('lists places with their schedule and the 和暦/西暦 confirmed date, and filters by audience and day', async () => {
    const { server } = await renderAt('/places');
    const card = await screen.findByTestId('place');
    expect(card.textContent).toContain('毎週 水・金 14:00～18:00');
    expect(card.textContent).toContain('最終確認日：令和8年11月1日（2026年11月1日）');
    await userEvent.selectOptions(screen.getByLabelText('対象'), 'older_people');
    await userEvent.selectOptions(screen.getByLabelText('曜日'), 'wed');
    await userEvent.click(screen.getByRole('button', { name: 'この条件で探す' }));
    await screen.findByTestId('place');
    expect(server.calls.filter((c) => c.path === 'portal.place.find').at(-1)?.input).toMatchObject({ municipalityCode: '392049', audience: 'older_people', day: 'wed' });
  });

  it('shows the weekly calendar as 曜日 × 午前/午後/夜', async () => {
    await renderAt('/places');
    await screen.findByTestId('place');
    await userEvent.click(screen.getByRole('button', { name: '曜日ごと' }));
    const table = screen.getByRole('table', { name: '曜日と時間帯ごとの活動' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['月', '火', '水', '木', '金', '土', '日']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['午前', '午後', '夜']);
    expect(screen.getByTestId('cell-wed-afternoon').textContent).toContain('独居高齢者の集い 14:00～18:00');
    expect(screen.getByTestId('cell-thu-afternoon').textContent).toBe('');
  });

  it('shows a place’s detail page with its schedule', async () => {
    await renderAt(`/places/${place.id}`);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('独居高齢者の集いの場');
    expect(screen.getByTestId('activity').textContent).toContain('毎週 水・金 14:00～18:00');
    expect(screen.getByText('車いすで利用できる')).toBeTruthy();
  });

  it('asks for a municipality first when none is chosen', async () => {
    localStorage.clear();
    await renderAt('/places');
    expect(await screen.findByText('はじめに、お住まいの市区町村を選んでください。')).toBeTruthy();
  });
});

describe('どこに相談すればいい？', () => {
  it('shows hours, いま開いています and the any-window message, in Japanese and English', async () => {
    const { i18n } = await renderAt('/windows');
    const card = await screen.findByTestId('window');
    expect(card.textContent).toContain('いま開いています');
    expect(card.textContent).toContain('月～金 08:30～17:15');
    expect(card.textContent).toContain('祝日は休み');
    expect(screen.getByText(/どの窓口でも、どんな相談でも受け止めます。/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('Open now')).toBeTruthy();
    expect(screen.getByTestId('window').textContent).toContain('Mon～Fri 08:30～17:15');
    expect(i18n.language).toBe('en');
  });

  it('sorts by a typed place', async () => {
    const { server } = await renderAt('/windows');
    await screen.findByTestId('window');
    await userEvent.type(screen.getByLabelText('住所の一部・地区名・郵便番号'), '見本町');
    await userEvent.click(screen.getAllByRole('button', { name: '近い順に並べる' }).at(-1) as HTMLElement);
    await screen.findByTestId('window');
    expect(server.calls.filter((c) => c.path === 'portal.window.find').at(-1)?.input).toMatchObject({ near: '見本町' });
  });
});

describe('相談を申し込む', () => {
  it('checks the form, gets the CSRF cookie, sends 「自宅に連絡しないで」 and shows the reference number', async () => {
    const { server } = await renderAt('/request', { 'portal.request.submitConsultation': () => ({ reference: '26-ABCD-EFGH', receivedAt: '2026-11-20T01:00:00.000Z' }) });
    expect(await screen.findByText('送った内容の取り扱い')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '送信する' }));
    expect(screen.getByText('内容を入力してください。')).toBeTruthy();
    expect(screen.getByText('連絡先を入力するか、「連絡はいらない」を選んでください。')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/相談したいこと/), '<script>alert(1)</script> 家族のこと');
    await userEvent.type(screen.getByLabelText('電話番号・メールアドレス・住所'), '000-1111-2222');
    await userEvent.click(screen.getByLabelText('自宅に連絡しないでください'));
    await userEvent.click(screen.getByRole('button', { name: '送信する' }));
    const receipt = await screen.findByTestId('receipt');
    expect(receipt.textContent).toContain('26-ABCD-EFGH');
    expect(receipt.textContent).toContain('令和8年11月20日');
    const call = server.calls.find((c) => c.path === 'portal.request.submitConsultation');
    expect(call?.input).toMatchObject({ municipalityCode: '392049', doNotContactHome: true, message: '<script>alert(1)</script> 家族のこと', website: '' });
    expect(call?.headers['x-csrf-token']).toBe('test-token');
    expect(server.calls.some((c) => c.path === 'auth.session')).toBe(true);
  });

  it('shows the server’s refusal (rate limit) with its message', async () => {
    await renderAt('/request', {
      'portal.request.submitConsultation': () => {
        throw new FakeAppError('RATE_LIMITED', '送信が続いたため、受付を一時的に止めています。15分ほどたってから、もう一度お試しください。', 429);
      },
    });
    await userEvent.type(await screen.findByLabelText(/相談したいこと/), '相談です');
    await userEvent.selectOptions(screen.getByLabelText('連絡の方法'), 'none');
    await userEvent.click(screen.getByRole('button', { name: '送信する' }));
    expect(await screen.findByText(/15分ほどたってから/)).toBeTruthy();
  });

  it('offers a やりたい form without the home flag', async () => {
    await renderAt('/offer');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('地域でやってみたい・手伝いたい');
    expect(screen.queryByLabelText('自宅に連絡しないでください')).toBeNull();
  });
});

describe('home', () => {
  it('links to the municipality’s windows, places and forms once chosen', async () => {
    await renderAt('/');
    const nav = await screen.findByRole('navigation', { name: '南国市でできること' });
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/windows', '/places', '/request', '/offer']);
  });
});
