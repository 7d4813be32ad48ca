// C10: the 保護の実施機関's queue — urgent referrals first, visible as soon as they are made.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge, Button, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDateTime } from '../../dates.js';

export function ProtectionPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const queue = useQuery({ ...trpc.staff.protection.find.queryOptions({ includeAcknowledged: false }), refetchInterval: 30_000 });
  const ack = useMutation(trpc.staff.protection.acknowledge.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.protection.pathKey() }) }));
  const heading = (
    <PageHeading title={t('protection.title')} appName={t('appName')}>
      {t('protection.title')}
    </PageHeading>
  );
  if (queue.isPending) return <>{heading}<Loading /></>;
  if (queue.isError) return <>{heading}<QueryFailure error={queue.error} onRetry={() => void queue.refetch()} /></>;
  return (
    <>
      {heading}
      <p>{t('protection.lead')}</p>
      <ActionError error={ack.error} />
      <Table<(typeof queue.data.items)[number]>
        caption={t('protection.caption', { count: queue.data.items.length })}
        rows={queue.data.items}
        rowKey={(r) => r.id}
        empty={t('protection.empty')}
        columns={[
          { key: 'urgent', header: t('protection.urgent'), rowHeader: true, cell: (r) => (r.urgent ? <Badge tone="required">{t('protection.urgent')}</Badge> : t('protection.normal')) },
          {
            key: 'person',
            header: t('protection.person'),
            cell: (r) => (
              <Link to="/households/$householdId" params={{ householdId: r.householdId }}>
                {r.personName ?? '—'}
              </Link>
            ),
          },
          { key: 'address', header: t('protection.address'), cell: (r) => r.address },
          { key: 'reason', header: t('protection.reason'), cell: (r) => r.reason },
          { key: 'from', header: t('protection.from'), cell: (r) => `${r.referredBy}${r.referredByUser ? `（${r.referredByUser}）` : ''}` },
          { key: 'at', nowrap: true, header: t('protection.at'), cell: (r) => formatDateTime(r.referredAt) },
          {
            key: 'ack',
            header: '',
            cell: (r) => (
              <Button size="small" variant="secondary" busy={ack.isPending} onClick={() => ack.mutate({ referralId: r.id })}>
                {t('protection.acknowledge')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
