import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../components/app-header.js';
import { PageHeading } from '../components/page-heading.js';
import { PageLayout } from '../components/page-layout.js';

/** An unknown address in a signed-in app: its own page, with the way back the app gives (`back`). */
export function NotFoundPage({ appName, back }: { appName: string; back: ReactNode }) {
  const { t } = useTranslation('shell');
  return (
    <PageLayout header={<AppHeader brand={appName} />}>
      <PageHeading title={t('notFound.title')} appName={appName}>
        {t('notFound.title')}
      </PageHeading>
      <p>{t('notFound.body')}</p>
      {back}
    </PageLayout>
  );
}
