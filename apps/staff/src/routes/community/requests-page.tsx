import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, PageHeading, Table, errorText } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDateTime } from '../../dates.js';

/** Consultation requests from the portal (相談受付の受信箱); 「自宅に連絡しないで」 always visible. */
export function PortalRequestsPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.portalRequest.findConsultations.queryOptions());
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const convert = useMutation(
    trpc.staff.portalRequest.convertToConsultation.mutationOptions({
      onSuccess: (r) => {
        setDone(t('portalRequests.converted', { reference: r.reference }));
        void queryClient.invalidateQueries({ queryKey: trpc.staff.portalRequest.findConsultations.queryKey() });
      },
      onError: (e) => setError(errorText(e, tu)),
    }),
  );
  return (
    <>
      <PageHeading title={t('portalRequests.title')} appName={t('appName')}>
        {t('portalRequests.title')}
      </PageHeading>
      <p>{t('portalRequests.lead')}</p>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryFailure error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <Table
          caption={t('portalRequests.caption', { count: list.data.length })}
          rows={list.data}
          rowKey={(r) => r.id}
          empty={t('portalRequests.empty')}
          columns={[
            {
              key: 'reference',
              header: t('portalRequests.reference'),
              rowHeader: true,
              cell: (r) => (
                <>
                  {r.reference}
                  {r.doNotContactHome ? (
                    <>
                      {' '}
                      <strong className="staff-flag" data-testid="no-home-flag">
                        <Badge tone="required">{t('portalRequests.noHome')}</Badge>
                      </strong>
                    </>
                  ) : null}
                </>
              ),
            },
            { key: 'receivedAt', header: t('portalRequests.receivedAt'), cell: (r) => formatDateTime(r.receivedAt) },
            { key: 'name', header: t('portalRequests.name'), cell: (r) => r.name ?? t('portalRequests.anonymous') },
            { key: 'contact', header: t('portalRequests.contact'), cell: (r) => `${t(`portalRequests.contactMethods.${r.contactMethod}`, { defaultValue: r.contactMethod })}${r.contact ? `：${r.contact}` : ''}${r.preferredTime ? `（${r.preferredTime}）` : ''}` },
            { key: 'message', header: t('portalRequests.message'), cell: (r) => <span className="staff-pre">{r.message}</span> },
            {
              key: 'action',
              header: '',
              cell: (r) => (
                <Button size="small" busy={convert.isPending} onClick={() => convert.mutate({ id: r.id })}>
                  {t('portalRequests.convert')}
                  <span className="kasane-visually-hidden">（{r.reference}）</span>
                </Button>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}

/** Offers and activity ideas (住民の「やりたい」), for the community coordinator. */
export function OffersPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.portalRequest.findOffers.queryOptions());
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const close = useMutation(
    trpc.staff.portalRequest.close.mutationOptions({
      onSuccess: () => {
        setMessage({ tone: 'success', text: t('offers.closed') });
        void queryClient.invalidateQueries({ queryKey: trpc.staff.portalRequest.findOffers.queryKey() });
      },
      onError: (e) => setMessage({ tone: 'error', text: errorText(e, tu) }),
    }),
  );
  return (
    <>
      <PageHeading title={t('offers.title')} appName={t('appName')}>
        {t('offers.title')}
      </PageHeading>
      <p>{t('offers.lead')}</p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryFailure error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <Table
          caption={t('offers.caption', { count: list.data.length })}
          rows={list.data}
          rowKey={(r) => r.id}
          empty={t('offers.empty')}
          columns={[
            { key: 'reference', header: t('portalRequests.reference'), rowHeader: true, cell: (r) => r.reference },
            { key: 'receivedAt', header: t('portalRequests.receivedAt'), cell: (r) => formatDateTime(r.receivedAt) },
            { key: 'name', header: t('portalRequests.name'), cell: (r) => r.name ?? t('portalRequests.anonymous') },
            { key: 'contact', header: t('portalRequests.contact'), cell: (r) => `${t(`portalRequests.contactMethods.${r.contactMethod}`, { defaultValue: r.contactMethod })}${r.contact ? `：${r.contact}` : ''}` },
            { key: 'message', header: t('portalRequests.message'), cell: (r) => <span className="staff-pre">{r.message}{r.area ? `（${r.area}）` : ''}</span> },
            {
              key: 'action',
              header: '',
              cell: (r) => (
                <Button size="small" variant="secondary" onClick={() => close.mutate({ id: r.id })}>
                  {t('offers.close')}
                  <span className="kasane-visually-hidden">（{r.reference}）</span>
                </Button>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
