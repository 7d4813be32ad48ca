import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LoginForm } from '../src/components/login-form.js';
import { setupI18n } from './i18n.js';

let i18nInstance: i18n;
beforeAll(async () => {
  i18nInstance = await setupI18n();
});
afterEach(cleanup);

function renderForm(props: Partial<Parameters<typeof LoginForm>[0]> = {}) {
  const onSubmit = vi.fn();
  render(
    <I18nextProvider i18n={i18nInstance}>
      <LoginForm onSubmit={onSubmit} {...props} />
    </I18nextProvider>,
  );
  return { onSubmit };
}

describe('LoginForm', () => {
  it('labels both inputs and marks them 必須', () => {
    renderForm();
    const loginId = screen.getByLabelText(/ログインID/);
    const password = screen.getByLabelText(/パスワード/);
    expect(loginId.getAttribute('aria-required')).toBe('true');
    expect(password.getAttribute('type')).toBe('password');
    expect(screen.getAllByText('必須')).toHaveLength(2);
  });

  it('refuses empty fields with Japanese messages beside each field, and does not submit', async () => {
    const { onSubmit } = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'ログイン' }));
    const loginId = screen.getByLabelText(/ログインID/);
    expect(await screen.findByText('ログインIDを入力してください。')).toBeTruthy();
    expect(screen.getByText('パスワードを入力してください。')).toBeTruthy();
    expect(loginId.getAttribute('aria-invalid')).toBe('true');
    // the message is tied to its input, so a screen reader reads it with the field
    const describedBy = loginId.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('ログインIDを入力してください。');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('treats a login ID of spaces as empty', async () => {
    const { onSubmit } = renderForm();
    await userEvent.type(screen.getByLabelText(/ログインID/), '   ');
    await userEvent.type(screen.getByLabelText(/パスワード/), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'ログイン' }));
    expect(await screen.findByText('ログインIDを入力してください。')).toBeTruthy();
    expect(screen.queryByText('パスワードを入力してください。')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits trimmed values when both are filled', async () => {
    const { onSubmit } = renderForm();
    await userEvent.type(screen.getByLabelText(/ログインID/), ' tsuchiura.worker ');
    await userEvent.type(screen.getByLabelText(/パスワード/), 'kasane-demo');
    await userEvent.click(screen.getByRole('button', { name: 'ログイン' }));
    expect(onSubmit).toHaveBeenCalledWith({ loginId: 'tsuchiura.worker', password: 'kasane-demo' });
  });

  it('shows a refusal as an alert and moves focus to it', () => {
    renderForm({ error: 'ログインIDまたはパスワードが正しくありません。' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('ログインIDまたはパスワードが正しくありません。');
    expect(document.activeElement).toBe(alert);
  });
});
