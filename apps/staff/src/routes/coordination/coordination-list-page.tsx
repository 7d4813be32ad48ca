import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDate } from '../../dates.js';

export function CoordinationListPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const cases = useQuery(trpc.staff.coordination.find.queryOptions());
  const heading = (
    <PageHeading title={t('coordination.title')} appName={t('appName')}>
      {t('coordination.title')}
    </PageHeading>
  );
  if (cases.isPending) return <>{heading}<Loading /></>;
  if (cases.isError) return <>{heading}<QueryFailure error={cases.error} onRetry={() => void cases.refetch()} /></>;
  return (
    <>
      {heading}
      <p>{t('coordination.lead')}</p>
      <Table
        caption={t('coordination.caption', { count: cases.data.length })}
        rows={cases.data}
        rowKey={(c) => c.id}
        empty={t('coordination.empty')}
        columns={[
          {
            key: 'name',
            header: t('coordination.name'),
            rowHeader: true,
            cell: (c) => (
              <Link to="/coordination/$caseId" params={{ caseId: c.id }}>
                {c.name}
              </Link>
            ),
          },
          {
            key: 'status',
            header: t('coordination.status'),
            cell: (c) => (
              <>
                {c.statusLabel}
                {c.onPublicAssistance ? (
                  <>
                    {' '}
                    <Badge tone="required">生活保護</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          { key: 'opened', nowrap: true, header: t('coordination.at'), cell: (c) => formatDate(c.openedAt) },
        ]}
      />
    </>
  );
}
