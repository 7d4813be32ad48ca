import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react.js';
import { Alert } from '@kasane/ui';
import { loadChosenMunicipality } from '../municipality-store.js';
import type { ChosenMunicipality } from '../municipality-store.js';
import { formatDate } from './format.js';
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
