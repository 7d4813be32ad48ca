import '@kasane/ui/font.css';
import '@kasane/ui/styles.css';
import './staff.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureJapaneseZod } from '@kasane/domain';
import { createApi } from './api.js';
import { App } from './app.js';
import { createI18n } from './i18n/index.js';
import { createAppRouter } from './router.js';

// Form checks run the same zod schemas as the API: their refusals in Japanese too.
configureJapaneseZod();

async function start() {
  const i18n = await createI18n();
  const api = createApi();
  const router = createAppRouter(api);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App api={api} router={router} i18n={i18n} />
    </StrictMode>,
  );
}

void start();
