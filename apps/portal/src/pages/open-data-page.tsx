import { useTranslation } from '../i18n/react.js';
import { PageHeading } from '@kasane/ui';
import { WithMunicipality } from '../community/municipality.js';

/** The server's plain downloads of the published directory (ADR 0029): the HSDS 3.0 document and one CSV per table. */
export const exportUrl = (code: string): string => `/api/open-data/${code}/hsds.json`;
const tables = ['organization', 'service', 'location', 'service_at_location', 'address', 'phone', 'contact', 'language', 'schedule', 'service_area', 'taxonomy_term', 'attribute'] as const;

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
              <a href={exportUrl(m.code)} download>
                {t('community.export.link', { name: m.name })}
              </a>
            </p>
            <ul className="portal-plain-list" lang="en">
              {tables.map((table) => (
                <li key={table}>
                  <a href={`/api/open-data/${m.code}/hsds/${table}.csv`} download>{`${table}.csv`}</a>
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
