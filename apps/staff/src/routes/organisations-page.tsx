import { useQuery } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../api.js';
import { Loading, QueryFailure } from './query-state.js';

export function OrganisationsPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const { actor } = useRouteContext({ from: '/authed' });
  const organisations = useQuery(trpc.staff.organisation.find.queryOptions());
  const home = useQuery(trpc.staff.home.get.queryOptions());
  const municipality = home.data?.municipality.name ?? '';
  const heading = (
    <PageHeading title={t('organisations.title')} appName={t('appName')}>
      {t('organisations.title')}
    </PageHeading>
  );
  if (organisations.isPending) return <>{heading}<Loading /></>;
  if (organisations.isError) return <>{heading}<QueryFailure error={organisations.error} onRetry={() => void organisations.refetch()} /></>;
  const rows = organisations.data;

  return (
    <>
      {heading}
      {municipality ? <p>{t('organisations.lead', { municipality })}</p> : null}
      <Table
        caption={t('organisations.caption', { municipality, count: rows.length })}
        rows={rows}
        rowKey={(o) => o.id}
        empty={t('organisations.empty')}
        columns={[
          {
            key: 'name',
            header: t('organisations.name'),
            rowHeader: true,
            cell: (o) => (
              <>
                {o.name}
                {o.id === actor.organisationId ? (
                  <>
                    {' '}
                    <Badge tone="info">{t('organisations.yours')}</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          { key: 'kind', header: t('organisations.kind'), cell: (o) => t(`organisationKind.${o.kind}`, { defaultValue: o.kind }) },
          {
            key: 'parts',
            header: t('organisations.parts'),
            cell: (o) =>
              o.parts.length === 0 ? (
                t('organisations.none')
              ) : (
                <ul className="staff-parts">
                  {o.parts.map((p) => (
                    <li key={`${p.partId}:${p.mode}`}>
                      <Badge tone={p.mode === 'direct' ? 'info' : 'neutral'}>{t(`mode.${p.mode}`, { defaultValue: p.mode })}</Badge>
                      {p.name}
                    </li>
                  ))}
                </ul>
              ),
          },
          { key: 'contact', header: t('organisations.contact'), cell: (o) => [o.phone, o.address].filter(Boolean).join(' ／ ') || '—' },
        ]}
      />
    </>
  );
}
