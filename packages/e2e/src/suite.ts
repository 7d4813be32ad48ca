// The set-up every browser test file shares: one server (fresh embedded database) and one chromium
// for the file, pages in Japanese at 1280×900 unless a test asks otherwise, all closed afterwards.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startServer } from './server.js';
import type { RunningServer } from './server.js';
import { signIn } from './sign-in.js';

export interface BrowserSuiteOptions {
  /** Extra environment for the server (its data folder is always a fresh temporary one). */
  env?: Record<string, string>;
}

export interface BrowserSuite {
  /** The running server; read its fields inside tests and hooks (it starts in beforeAll). */
  server: Pick<RunningServer, 'baseUrl' | 'dataDir' | 'output'>;
  /** A page in a new context of its own, kept open until the file ends. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** A new context, closed when the file ends (closing it earlier is fine). */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A page in a fresh context that replaces the previous fresh one: nothing of the last user survives. */
  freshPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** A fresh page signed in to the staff app (dialogs accepted first, when asked). */
  staffAs: (loginId: string, options?: { acceptDialogs?: boolean }) => Promise<Page>;
}

const defaults: BrowserContextOptions = { locale: 'ja-JP', viewport: { width: 1280, height: 900 } };

/** Registers beforeAll/afterAll for the file; call it once, at the top level of a test file. */
export function useBrowserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let running: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let fresh: BrowserContext | undefined;

  beforeAll(async () => {
    running = await startServer(options.env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await running?.stop();
  });

  const started = (): RunningServer => {
    if (!running) throw new Error('the server starts in beforeAll: use it inside a test or hook');
    return running;
  };
  const newContext = async (overrides: BrowserContextOptions = {}): Promise<BrowserContext> => {
    if (!browser) throw new Error('the browser starts in beforeAll: use it inside a test or hook');
    const context = await browser.newContext({ ...defaults, ...overrides });
    contexts.push(context);
    return context;
  };
  const freshPage = async (overrides?: BrowserContextOptions): Promise<Page> => {
    await fresh?.close();
    fresh = await newContext(overrides);
    return fresh.newPage();
  };

  return {
    server: {
      get baseUrl() {
        return started().baseUrl;
      },
      get dataDir() {
        return started().dataDir;
      },
      output: () => started().output(),
    },
    newContext,
    newPage: async (overrides) => (await newContext(overrides)).newPage(),
    freshPage,
    staffAs: async (loginId, { acceptDialogs = false } = {}) => {
      const page = await freshPage();
      if (acceptDialogs) page.on('dialog', (d) => void d.accept());
      await signIn(page, started().baseUrl, 'staff', loginId);
      return page;
    },
  };
}
