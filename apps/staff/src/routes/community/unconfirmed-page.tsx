import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

export function UnconfirmedPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.directory.findUnconfirmed.queryOptions());
  const [done, setDone] = useState<number | null>(null);
  const confirm = useMutation(
    trpc.staff.directory.confirm.mutationOptions({
      onSuccess: (r) => {
        setDone(r.confirmed);
        void queryClient.invalidateQueries({ queryKey: trpc.staff.directory.findUnconfirmed.queryKey() });
      },
    }),
  );
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeading title={t('unconfirmed.title')} appName={t('appName')}>
        {t('unconfirmed.title')}
      </PageHeading>
      <p>{t('unconfirmed.lead')}</p>
      {done !== null ? <Alert tone="success">{t('unconfirmed.confirmed', { count: done })}</Alert> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryFailure error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          <Table
            caption={t('unconfirmed.caption', { count: items.length })}
            rows={items}
            rowKey={(i) => `${i.kind}:${i.id}`}
            empty={t('unconfirmed.empty')}
            columns={[
              { key: 'name', header: t('places.name'), rowHeader: true, cell: (i) => (i.placeName ? `${i.name}（${i.placeName}）` : i.name) },
              { key: 'kind', header: t('unconfirmed.kind'), cell: (i) => t(`unconfirmed.kinds.${i.kind}`) },
              { key: 'date', header: t('places.lastConfirmed'), cell: (i) => i.lastConfirmedAt },
              { key: 'days', header: t('unconfirmed.days'), cell: (i) => <span className="kasane-num">{i.daysSince}</span> },
            ]}
          />
          {items.length ? (
            <Button
              busy={confirm.isPending}
              onClick={() =>
                confirm.mutate({
                  places: items.filter((i) => i.kind === 'place').map((i) => i.id),
                  activities: items.filter((i) => i.kind === 'activity').map((i) => i.id),
                  windows: items.filter((i) => i.kind === 'window').map((i) => i.id),
                })
              }
            >
              {t('unconfirmed.confirm')}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
