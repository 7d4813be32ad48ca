// C10: every change of the household's 被保護 flag — set or cleared, by whom, with which office.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

export function PublicAssistanceHistory({ householdId }: { householdId: string }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const history = useQuery(trpc.staff.household.publicAssistanceHistory.queryOptions({ householdId }));
  if (history.isPending) return <Loading />;
  if (history.isError) return <QueryFailure error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <>
      <h3>{t('publicAssistanceHistory.title')}</h3>
      {history.data.items.length === 0 ? (
        <p>{t('publicAssistanceHistory.none')}</p>
      ) : (
        <ol className="staff-timeline">
          {history.data.items.map((c, i) => (
            <li key={i}>
              <time dateTime={new Date(c.changedAt).toISOString()}>{c.changedAtWareki}</time>{' '}
              {c.onPublicAssistance ? t('publicAssistanceHistory.set', { office: c.office ?? '' }) : t('publicAssistanceHistory.clear', { office: c.office ?? '' })}
              {' — '}
              {t('publicAssistanceHistory.by', { user: c.changedBy, organisation: c.changedByOrganisation })}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
