import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppHeader, PageHeading, PageLayout } from '@kasane/ui';

export function NotFoundPage() {
  const { t } = useTranslation('staff');
  return (
    <PageLayout header={<AppHeader brand={t('appName')} />}>
      <PageHeading title={t('notFound.title')} appName={t('appName')}>
        {t('notFound.title')}
      </PageHeading>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('notFound.back')}</Link>
    </PageLayout>
  );
}
