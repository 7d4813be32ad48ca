import { Suspense, lazy } from 'react';
import { Loading } from '@kasane/ui';
import { TranslatorProvider } from './i18n/react.js';
import type { Translator } from './i18n/translator.js';
import type { Api } from './api.js';
import { ApiProvider } from './api.js';
import { PortalLayout } from './components/portal-layout.js';
import { NavigationProvider, portalPaths, useNavigation } from './navigation.js';
import { AccessibilityPage } from './pages/accessibility-page.js';
import { HomePage } from './pages/home-page.js';
import { NotFoundPage } from './pages/not-found-page.js';

// The pages beyond the home page load when opened: the first load stays small (STACK: < 100 KB gzipped).
const OpenDataPage = lazy(() => import('./pages/open-data-page.js').then((m) => ({ default: m.OpenDataPage })));
const PlacePage = lazy(() => import('./pages/place-page.js').then((m) => ({ default: m.PlacePage })));
const PlacesPage = lazy(() => import('./pages/places-page.js').then((m) => ({ default: m.PlacesPage })));
const RequestPage = lazy(() => import('./pages/request-page.js').then((m) => ({ default: m.RequestPage })));
const WindowsPage = lazy(() => import('./pages/windows-page.js').then((m) => ({ default: m.WindowsPage })));

function CurrentPage() {
  const { path } = useNavigation();
  if (path === portalPaths.home) return <HomePage />;
  if (path === portalPaths.accessibility) return <AccessibilityPage />;
  if (path === portalPaths.windows) return <WindowsPage />;
  if (path === portalPaths.places) return <PlacesPage />;
  if (path.startsWith(`${portalPaths.places}/`)) return <PlacePage key={path} id={decodeURIComponent(path.slice(portalPaths.places.length + 1))} />;
  if (path === portalPaths.request) return <RequestPage key="consultation" kind="consultation" />;
  if (path === portalPaths.offer) return <RequestPage key="offer" kind="offer" />;
  if (path === portalPaths.openData) return <OpenDataPage />;
  return <NotFoundPage />;
}

export function App({ api, i18n, initialPath }: { api: Api; i18n: Translator; initialPath?: string }) {
  return (
    <TranslatorProvider translator={i18n}>
      <ApiProvider value={api}>
          <NavigationProvider {...(initialPath ? { initialPath } : {})}>
            <PortalLayout>
              <Suspense fallback={<Loading />}>
                <CurrentPage />
              </Suspense>
            </PortalLayout>
          </NavigationProvider>
      </ApiProvider>
    </TranslatorProvider>
  );
}
