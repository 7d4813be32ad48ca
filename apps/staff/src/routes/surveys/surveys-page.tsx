// 県からの実態調査 (issue #11 item 10): the surveys addressed to the municipality, soonest deadline first.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDateTime } from '../../dates.js';

export function SurveysPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const surveys = useQuery(trpc.staff.survey.list.queryOptions());
  const heading = (
    <PageHeading title={t('surveys.title')} appName={t('appName')}>
      {t('surveys.title')}
    </PageHeading>
  );
  if (surveys.isPending) return <>{heading}<Loading /></>;
  if (surveys.isError) return <>{heading}<QueryFailure error={surveys.error} onRetry={() => void surveys.refetch()} /></>;
  return (
    <>
      {heading}
      <p>{t('surveys.lead')}</p>
      <Table
        caption={t('surveys.list')}
        rows={surveys.data}
        rowKey={(s) => s.id}
        empty={t('surveys.empty')}
        columns={[
          { key: 'title', header: t('surveys.name'), rowHeader: true, cell: (s) => <Link to="/surveys/$surveyId" params={{ surveyId: s.id }}>{s.title}</Link> },
          { key: 'deadline', header: t('surveys.deadline'), cell: (s) => `${formatDateTime(s.deadline)}${s.overdue ? `（${t('surveys.overdue')}）` : ''}` },
          { key: 'status', header: t('surveys.status'), cell: (s) => (s.cancelled ? t('surveys.cancelledStatus') : t(`surveys.statusLabels.${s.status as 'pending' | 'draft' | 'submitted'}`)) },
        ]}
      />
    </>
  );
}
