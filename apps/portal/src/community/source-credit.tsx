import { useTranslation } from '../i18n/react.js';
import type { PortalWindow } from './types.js';

/** Where a window's data comes from (national open data, CC BY): its credit, licence and the official page. */
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
      {w.source ? (
        <p className="kasane-muted portal-source" data-testid="source-credit">
          {w.source.credit ? t('community.windows.sourceCredit', { credit: w.source.credit, licence: w.source.licence }) : t('community.windows.sourceName', { name: w.source.name, licence: w.source.licence })}
        </p>
      ) : null}
    </>
  );
}
