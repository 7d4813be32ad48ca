import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CaseView } from './case-view.js';

/** Whose consent the case rests on and to whom it lets the record be shown; recorded on the person's consent page. */
export function CaseConsentTab({ c, organisations }: { c: CaseView; organisations: { id: string; name: string }[] }) {
  const { t } = useTranslation('staff');
  const names = organisations.filter((o) => c.consentCoveredOrganisationIds.includes(o.id)).map((o) => o.name);
  return (
    <>
      <h2>{t('caseTabs.consentOf', { name: c.person?.name ?? '' })}</h2>
      {names.length ? (
        <>
          <p>{t('caseTabs.consentCovers')}</p>
          <ul>
            {names.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('caseTabs.noConsent')}</p>
      )}
      {c.person ? (
        <p>
          <Link to="/persons/$personId/consents" params={{ personId: c.person.id }}>
            {t('caseTabs.openConsents')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
