import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuickExitButton } from '../src/components/quick-exit-button.js';
import { TranslatorProvider } from '../src/i18n/react.js';
import { createI18n, languageStorageKey } from '../src/i18n/index.js';
import { ESCAPE_TWICE_MS, QUICK_EXIT_URL, listenForEscapeTwice, quickExit } from '../src/quick-exit.js';
import { renderPortal } from './harness.js';

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'ja';
});
afterEach(cleanup);

describe('language switch', () => {
  it('is on every page, with each language named in itself', async () => {
    for (const path of ['/', '/accessibility', '/no-such-page']) {
      await renderPortal(path);
      const nav = screen.getByRole('navigation', { name: '表示言語' });
      expect(nav.querySelector('button[lang="en"]')?.textContent).toBe('English');
      expect(screen.getByRole('button', { name: /^すぐに閉じる/ })).toBeTruthy();
      cleanup();
    }
  });

  it('switches to English: text, html lang, pressed state, and remembers it', async () => {
    await renderPortal();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('どの窓口でも、どんな相談でも受け止めます');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect((await screen.findByRole('heading', { level: 1, name: /Whichever desk you go to/ })).textContent).toContain('we will listen');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed')).toBe('false');
    expect(localStorage.getItem(languageStorageKey)).toBe('en');
    // the shared components follow too
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();

    cleanup();
    await renderPortal();
    expect(await screen.findByRole('heading', { level: 1, name: /Whichever desk/ })).toBeTruthy();
  });

  it('switches to やさしい日本語 and keeps html lang="ja"', async () => {
    await renderPortal();
    await userEvent.click(screen.getByRole('button', { name: 'やさしい にほんご' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'どこの まどぐちでも、どんな そうだんでも ききます' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    expect(screen.getByRole('button', { name: /すぐに とじる/ })).toBeTruthy();
  });
});

describe('quick exit', () => {
  it('replaces the page (no history entry) with the neutral site', () => {
    const replace = vi.fn();
    quickExit({ replace });
    expect(replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
    expect(QUICK_EXIT_URL).toMatch(/^https:\/\//);
  });

  it('forgets what the portal stored on the device, and nothing else', () => {
    localStorage.setItem('kasane.portal.municipality', '{"code":"082031"}');
    localStorage.setItem('kasane.portal.language', 'en');
    sessionStorage.setItem('kasane.portal.draft', 'x');
    localStorage.setItem('other.site', 'kept');
    quickExit({ replace: vi.fn() });
    expect([localStorage.getItem('kasane.portal.municipality'), localStorage.getItem('kasane.portal.language'), sessionStorage.getItem('kasane.portal.draft')]).toEqual([null, null, null]);
    expect(localStorage.getItem('other.site')).toBe('kept');
    localStorage.removeItem('other.site');
  });

  it('leaves on Esc pressed twice in quick succession, not on one press or two far apart', () => {
    let now = 0;
    const exit = vi.fn();
    const stop = listenForEscapeTwice(document, exit, () => now);
    const esc = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    esc();
    now += ESCAPE_TWICE_MS + 1;
    esc();
    expect(exit).not.toHaveBeenCalled();
    now += 300;
    esc();
    expect(exit).toHaveBeenCalledTimes(1);
    stop();
  });

  it('runs from the button', async () => {
    const onExit = vi.fn();
    render(
      <TranslatorProvider translator={await createI18n('ja')}>
        <QuickExitButton onExit={onExit} />
      </TranslatorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: /すぐに閉じる/ }));
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});
