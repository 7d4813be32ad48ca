import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react.js';
import { AppHeader, PageLayout } from '@kasane/ui';
import { PortalLink, portalPaths } from '../navigation.js';
import { LanguageMenu } from './language-menu.js';
import { QuickExitButton } from './quick-exit-button.js';
import { listenForEscapeTwice, quickExit } from '../quick-exit.js';

/** Every portal page: the quick exit and the language switch are always in the header. */
export function PortalLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('portal');
  useEffect(() => listenForEscapeTwice(document, () => quickExit()), []);
  return (
    <PageLayout
      header={
        <AppHeader
          brand={
            <PortalLink to={portalPaths.home} className="kasane-header__app">
              {t('brand')} <span className="portal-brand-sub">{t('brandSub')}</span>
            </PortalLink>
          }
          tools={
            <>
              <LanguageMenu />
              <QuickExitButton />
            </>
          }
        />
      }
      footer={
        <>
          <nav aria-label={t('nav.footer')}>
            <ul className="portal-footer-links">
              <li>
                <PortalLink to={portalPaths.home}>{t('nav.home')}</PortalLink>
              </li>
              <li>
                <PortalLink to={portalPaths.windows}>{t('community.nav.windows')}</PortalLink>
              </li>
              <li>
                <PortalLink to={portalPaths.places}>{t('community.nav.places')}</PortalLink>
              </li>
              <li>
                <PortalLink to={portalPaths.request}>{t('community.nav.request')}</PortalLink>
              </li>
              <li>
                <PortalLink to={portalPaths.offer}>{t('community.nav.offer')}</PortalLink>
              </li>
              <li>
                <PortalLink to={portalPaths.openData}>{t('community.nav.export')}</PortalLink>
              </li>
              <li>
                <PortalLink to={portalPaths.accessibility}>{t('nav.accessibility')}</PortalLink>
              </li>
            </ul>
          </nav>
          <p>{t('footer')}</p>
          <p data-testid="quick-exit-note" className="portal-quick-exit-note">{t('quickExitNote')}</p>
        </>
      }
    >
      {children}
    </PageLayout>
  );
}
