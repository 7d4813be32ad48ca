import { useTranslation } from '../i18n/react.js';
import { PageHeading } from '@kasane/ui';
import { PortalLink, portalPaths } from '../navigation.js';

export function NotFoundPage() {
  const { t } = useTranslation('portal');
  return (
    <>
      <PageHeading title={t('notFound.title')} appName={t('appName')}>
        {t('notFound.title')}
      </PageHeading>
      <p>{t('notFound.body')}</p>
      <PortalLink to={portalPaths.home}>{t('nav.home')}</PortalLink>
    </>
  );
}
