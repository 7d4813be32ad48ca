import { useTranslation } from '../i18n/react.js';
import { PageHeading } from '@kasane/ui';
import { WithMunicipality } from '../community/municipality.js';

/** The documented public URL of the HSDS 3.0 export (a plain GET of the tRPC query). */
export const exportUrl = (code: string): string => `/api/trpc/portal.directory.export?input=${encodeURIComponent(JSON.stringify({ json: { municipalityCode: code } }))}`;

export function OpenDataPage() {
  const { t } = useTranslation('portal');
  return (
    <>
      <PageHeading title={t('community.export.title')} appName={t('appName')}>
        {t('community.export.title')}
      </PageHeading>
      <p>{t('community.export.body')}</p>
      <WithMunicipality>
        {(m) => (
          <p>
            <a href={exportUrl(m.code)}>{t('community.export.link', { name: m.name })}</a>
          </p>
        )}
      </WithMunicipality>
      <p className="kasane-muted">{t('community.export.licence')}</p>
    </>
  );
}
