import { useTranslation } from '../i18n/react.js';
import { PageHeading } from '@kasane/ui';

export function AccessibilityPage() {
  const { t } = useTranslation('portal');
  return (
    <>
      <PageHeading title={t('accessibility.title')} appName={t('appName')}>
        {t('accessibility.title')}
      </PageHeading>
      <p>{t('accessibility.body')}</p>
      <p>{t('accessibility.measures')}</p>
      <p>{t('accessibility.contact')}</p>
    </>
  );
}
