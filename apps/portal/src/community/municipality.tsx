import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react.js';
import { Alert } from '@kasane/ui';
import { loadChosenMunicipality } from '../municipality-store.js';
import type { ChosenMunicipality } from '../municipality-store.js';
import { formatDate } from './format.js';
import type { PortalWindow } from './types.js';
import { PortalLink, portalPaths } from '../navigation.js';

/** The pages below need the resident's municipality (chosen on the home page, kept on the device). */
export function WithMunicipality({ children }: { children: (m: ChosenMunicipality) => ReactNode }) {
  const { t } = useTranslation('portal');
  const chosen = loadChosenMunicipality();
  if (!chosen) {
    return (
      <Alert tone="info">
        {t('community.needMunicipality')} <PortalLink to={portalPaths.home}>{t('community.chooseMunicipality')}</PortalLink>
      </Alert>
    );
  }
  return <>{children(chosen)}</>;
}

export function LastConfirmed({ isoDate }: { isoDate: string }) {
  const { t, i18n } = useTranslation('portal');
  return <p className="portal-confirmed kasane-muted">{t('community.lastConfirmed', { date: formatDate(isoDate, i18n.language) })}</p>;
}

// The credit lives here, beside LastConfirmed, so it loads in the chunk the directory pages already
// share: a module of its own became one more chunk named in the first load's map (ADR 0007 budget).
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
