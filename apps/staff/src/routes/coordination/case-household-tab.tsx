import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CaseView } from './case-view.js';

/** 世帯 and the organisations involved; the members and their relationships are kept on the household page. */
export function CaseHouseholdTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <h2>{t('caseTabs.household')}</h2>
      <dl className="staff-facts">
        <dt>{t('coordination.address')}</dt>
        <dd>{c.address}</dd>
        <dt>{t('coordination.owner')}</dt>
        <dd>{c.owner.name}</dd>
        <dt>{t('coordination.lead2')}</dt>
        <dd>{c.lead?.name ?? '—'}</dd>
        <dt>{t('coordination.participants')}</dt>
        <dd>
          <ul className="staff-parts">
            {c.participants.map((p) => (
              <li key={p.organisationId}>
                {p.name}
                {p.role ? `（${t('coordination.role')}：${p.role}）` : ''}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p>
        <Link to="/households/$householdId" params={{ householdId: c.householdId }}>
          {t('caseTabs.openHousehold')}
        </Link>
      </p>
    </>
  );
}
