// 実態調査の一覧 (issue #11 item 10): the surveys sent, with how many municipalities have submitted.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading, Table, formatDateTimeJst } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

export function SurveysPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const surveys = useQuery(trpc.prefecture.survey.list.queryOptions());
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
      <p>
        <Link to="/surveys/new" className="kasane-button kasane-button--primary">{t('surveys.new')}</Link>
      </p>
      <Table
        caption={t('surveys.list')}
        rows={surveys.data}
        rowKey={(s) => s.id}
        empty={t('surveys.empty')}
        columns={[
          { key: 'title', header: t('surveys.name'), rowHeader: true, cell: (s) => <Link to="/surveys/$surveyId" params={{ surveyId: s.id }}>{s.title}</Link> },
          { key: 'deadline', header: t('surveys.deadline'), cell: (s) => `${formatDateTimeJst(s.deadline)}（${s.cancelledAt ? t('surveys.cancelled') : s.closed ? t('surveys.closed') : t('surveys.open')}）` },
          { key: 'progress', header: t('surveys.progress'), cell: (s) => t('surveys.answered', { submitted: s.submitted, addressed: s.addressed }) },
        ]}
      />
    </>
  );
}
