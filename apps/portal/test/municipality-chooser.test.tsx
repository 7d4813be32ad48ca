import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { municipalityStorageKey } from '../src/municipality-store.js';
import { renderPortal } from './harness.js';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('municipality chooser', () => {
  it('finds a municipality by kana, remembers the choice, and shows it again on the next visit', async () => {
    const first = await renderPortal();
    await userEvent.type(screen.getByLabelText(/市区町村の名前またはよみがな/), 'つちうら');
    await userEvent.click(screen.getByRole('button', { name: '検索する' }));
    expect(await screen.findByText('1件見つかりました。')).toBeTruthy();
    const search = first.server.calls.find((c) => c.path === 'portal.municipality.find');
    expect(search?.input).toMatchObject({ query: 'つちうら', page: 1 });

    await userEvent.click(screen.getByRole('button', { name: /土浦市/ }));
    const chosen = await screen.findByTestId('chosen-municipality');
    expect(chosen.textContent).toContain('茨城県 土浦市');
    expect(JSON.parse(localStorage.getItem(municipalityStorageKey) ?? 'null')).toMatchObject({ code: '082031', name: '土浦市' });

    cleanup();
    await renderPortal();
    const again = await screen.findByTestId('chosen-municipality');
    expect(again.textContent).toContain('土浦市');
    await screen.findByText(/茨城県 土浦市/);
    // the chooser itself is folded away until the resident asks to choose again
    expect(screen.queryByLabelText(/市区町村の名前またはよみがな/)).toBeNull();
  });

  it('chooses through prefecture then municipality', async () => {
    await renderPortal();
    await userEvent.selectOptions(await screen.findByLabelText('都道府県'), await screen.findByRole('option', { name: '長野県' }));
    const municipality = screen.getByLabelText('市区町村');
    await within(municipality).findByRole('option', { name: '松本市（まつもとし）' });
    expect(within(municipality).queryByRole('option', { name: /土浦市/ })).toBeNull();
    await userEvent.selectOptions(municipality, '202029');
    await userEvent.click(screen.getByRole('button', { name: 'この市区町村にする' }));
    expect((await screen.findByTestId('chosen-municipality')).textContent).toContain('長野県 松本市');
    expect(JSON.parse(localStorage.getItem(municipalityStorageKey) ?? 'null')).toMatchObject({ code: '202029' });
  });

  it('asks for a municipality beside the field instead of choosing nothing', async () => {
    await renderPortal();
    await userEvent.click(await screen.findByRole('button', { name: 'この市区町村にする' }));
    expect(await screen.findByText('市区町村を選んでください。')).toBeTruthy();
    expect(localStorage.getItem(municipalityStorageKey)).toBeNull();
  });

  it('forgets the choice when asked', async () => {
    localStorage.setItem(municipalityStorageKey, JSON.stringify({ code: '082040', name: '古河市', kana: 'こがし', prefectureCode: '080004' }));
    await renderPortal();
    expect((await screen.findByTestId('chosen-municipality')).textContent).toContain('古河市');
    await userEvent.click(screen.getByRole('button', { name: '選択を取り消す' }));
    expect(screen.queryByTestId('chosen-municipality')).toBeNull();
    expect(localStorage.getItem(municipalityStorageKey)).toBeNull();
  });

  it('ignores a tampered stored value', async () => {
    localStorage.setItem(municipalityStorageKey, JSON.stringify({ code: '<script>', name: 'x' }));
    await renderPortal();
    expect(screen.queryByTestId('chosen-municipality')).toBeNull();
  });
});
