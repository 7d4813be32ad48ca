import { useTranslation } from '../i18n/react.js';
import { PageHeading } from '@kasane/ui';
import { WithMunicipality } from '../community/municipality.js';

/** The documented public URLs of the HSDS 3.0 export: the JSON document, and the tabular form (one CSV per table). */
export const exportUrl = (code: string): string => `/api/open-data/${code}/hsds.json`;
const tabularTables = ['organization', 'service', 'location', 'service_at_location', 'address', 'phone', 'contact', 'language', 'schedule', 'service_area', 'taxonomy_term', 'attribute'];
const tableUrl = (code: string, table: string): string => `/api/open-data/${code}/hsds/${table}.csv`;

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
          <>
            <p>
              <a href={exportUrl(m.code)}>{t('community.export.link', { name: m.name })}</a>
            </p>
            <p>{t('community.export.tabular')}</p>
            <ul>
              {tabularTables.map((table) => (
                <li key={table}>
                  <a href={tableUrl(m.code, table)}>{table}.csv</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </WithMunicipality>
      <p className="kasane-muted">{t('community.export.licence')}</p>
    </>
  );
}
