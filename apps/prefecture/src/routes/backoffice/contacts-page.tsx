// 市町村の担当 (issue #11 item 12): each municipality's contact from its 体制 profile.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

export function ContactsPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const contacts = useQuery(trpc.prefecture.contact.find.queryOptions());
  const heading = (
    <PageHeading title={t('contacts.title')} appName={t('appName')}>
      {t('contacts.title')}
    </PageHeading>
  );
  if (contacts.isPending) return <>{heading}<Loading /></>;
  if (contacts.isError) return <>{heading}<QueryFailure error={contacts.error} onRetry={() => void contacts.refetch()} /></>;
  return (
    <>
      {heading}
      <p>{t('contacts.lead')}</p>
      <Table
        caption={t('contacts.title')}
        rows={contacts.data}
        rowKey={(c) => c.code}
        columns={[
          { key: 'name', header: t('contacts.municipality'), rowHeader: true, cell: (c) => <a href={c.url}>{c.name}</a> },
          { key: 'contact', header: t('contacts.contact'), cell: (c) => c.contactName || t('contacts.none') },
          { key: 'phone', header: t('contacts.phone'), cell: (c) => c.contactPhone || '—' },
          { key: 'email', header: t('contacts.email'), cell: (c) => (c.contactEmail ? <a href={`mailto:${c.contactEmail}`}>{c.contactEmail}</a> : '—') },
        ]}
      />
    </>
  );
}
