import { useTranslation } from '../i18n/react.js';
import type { PortalWindow } from './types.js';

type Source = PortalWindow['source'];

/** Where a record's data comes from (national open data, CC BY): its credit and licence, as the licence asks. */
export function Credit({ source }: { source: Source }) {
  const { t } = useTranslation('portal');
  if (!source) return null;
  return (
    <p className="kasane-muted portal-source" data-testid="source-credit">
      {source.credit ? t('community.windows.sourceCredit', { credit: source.credit, licence: source.licence }) : t('community.windows.sourceName', { name: source.name, licence: source.licence })}
    </p>
  );
}

/** A window's department, official page and credit. */
export function SourceCredit({ w }: { w: Pick<PortalWindow, 'url' | 'department' | 'source'> }) {
  const { t } = useTranslation('portal');
  return (
    <>
      {w.department ? <p className="kasane-muted">{w.department}</p> : null}
      {w.url ? (
        <p>
          <a href={w.url} rel="noopener noreferrer">
            {t('community.windows.officialPage')}
          </a>
        </p>
      ) : null}
      <Credit source={w.source} />
    </>
  );
}
