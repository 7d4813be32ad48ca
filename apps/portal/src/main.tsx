import '@kasane/ui/styles.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api.js';
import { App } from './app.js';
import { createI18n } from './i18n/index.js';
import { saveChosenMunicipality } from './municipality-store.js';
import type { ChosenMunicipality } from './municipality-store.js';

/**
 * The server's pages for one municipality (/m/<code>/windows, /m/<code>/places) carry it: the app
 * takes it as the resident's choice and shows its own page of the same name. The lists under /m/
 * are plain links and stay as the server sent them.
 */
function takeServerPage(): boolean {
  const page = /^\/m\/\d{6}\/(windows|places)$/.exec(window.location.pathname);
  if (!page) return !/^\/m(?:\/|$)/.test(window.location.pathname);
  const carried = document.getElementById('kasane-municipality')?.textContent;
  // A 404 for an unknown code carries none: the server's page stays.
  if (!carried) return false;
  saveChosenMunicipality(JSON.parse(carried) as ChosenMunicipality);
  window.history.replaceState(null, '', `/${page[1]}`);
  return true;
}

async function start() {
  if (!takeServerPage()) return;
  const i18n = await createI18n();
  const api = createApi();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App api={api} i18n={i18n} />
    </StrictMode>,
  );
}

void start();
