// ホーム「あなたの仕事」: new intakes, cases still without consent, 保護の実施機関 referrals,
// meetings coming, outreach contacts due, plans due for review.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDate, formatDateTime } from '../../dates.js';

export function MyWork() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const work = useQuery(trpc.staff.work.get.queryOptions());
  if (work.isPending) return <Loading />;
  if (work.isError) return <QueryFailure error={work.error} onRetry={() => void work.refetch()} />;
  const w = work.data;
  return (
    <section aria-labelledby="my-work-h" className="staff-work">
      <h2 id="my-work-h">{t('work.title')}</h2>
      <p>
        <Link to="/caseload">{t('casework.caseloadLink')}</Link>
      </p>
      {w.protection ? (
        <div className="kasane-card">
          <h3>{t('work.protection')}</h3>
          <p>
            <Link to="/protection">{t('work.protectionCount', { count: w.protection.open, urgent: w.protection.urgent })}</Link>
          </p>
        </div>
      ) : null}
      <div className="kasane-card">
        <h3>{t('work.intakes')}</h3>
        {w.intakes.length === 0 ? (
          <p>{t('work.intakesEmpty')}</p>
        ) : (
          <ul>
            {w.intakes.map((i) => (
              <li key={i.id}>
                {formatDate(i.receivedAt)}{' '}
                {i.householdId ? (
                  <Link to="/households/$householdId" params={{ householdId: i.householdId }}>
                    {i.name ?? i.summary}
                  </Link>
                ) : (
                  i.summary
                )}{' '}
                {i.complex ? <Badge tone="required">{t('intake.complex')}</Badge> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="kasane-card">
        <h3>{t('work.consentsMissing')}</h3>
        {w.consentsMissing.length === 0 ? (
          <p>{t('work.consentsMissingEmpty')}</p>
        ) : (
          <ul>
            {w.consentsMissing.map((c) => (
              <li key={c.caseId}>
                <Link to="/persons/$personId/consents" params={{ personId: c.personId }}>
                  {c.name ?? '—'}
                </Link>
                （{c.status}）
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="kasane-card">
        <h3>{t('work.meetings')}</h3>
        {w.meetings.length === 0 ? (
          <p>{t('work.meetingsEmpty')}</p>
        ) : (
          <ul>
            {w.meetings.map((m) => (
              <li key={m.id}>
                {formatDateTime(m.scheduledAt)} {m.title}（{m.type}）
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="kasane-card">
        <h3>{t('work.outreach')}</h3>
        {w.outreach.length === 0 ? (
          <p>{t('work.outreachEmpty')}</p>
        ) : (
          <ul>
            {w.outreach.map((o) => (
              <li key={o.id}>
                {o.label}（{o.lastContactAt ? formatDate(o.lastContactAt) : '—'}）
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="kasane-card">
        <h3>{t('work.plans')}</h3>
        {w.plans.length === 0 ? (
          <p>{t('work.plansEmpty')}</p>
        ) : (
          <ul>
            {w.plans.map((p) => (
              <li key={p.caseId}>
                <Link to="/coordination/$caseId" params={{ caseId: p.caseId }}>
                  {t('work.planItem', { date: formatDate(p.reviewDate), version: p.version })}
                </Link>{' '}
                {p.overdue ? <Badge tone="info">{t('work.planOverdue')}</Badge> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
