import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Api } from './api.js';
import { ApiProvider } from './api.js';
import { PortalLayout } from './components/portal-layout.js';
import { NavigationProvider, portalPaths, useNavigation } from './navigation.js';
import { AccessibilityPage } from './pages/accessibility-page.js';
import { HomePage } from './pages/home-page.js';
import { NotFoundPage } from './pages/not-found-page.js';

function CurrentPage() {
  const { path } = useNavigation();
  if (path === portalPaths.home) return <HomePage />;
  if (path === portalPaths.accessibility) return <AccessibilityPage />;
  return <NotFoundPage />;
}

export function App({ api, i18n, initialPath }: { api: Api; i18n: i18n; initialPath?: string }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider value={api}>
          <NavigationProvider {...(initialPath ? { initialPath } : {})}>
            <PortalLayout>
              <CurrentPage />
            </PortalLayout>
          </NavigationProvider>
      </ApiProvider>
    </I18nextProvider>
  );
}
