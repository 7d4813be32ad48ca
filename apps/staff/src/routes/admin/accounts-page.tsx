import { useQuery } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { AccountCreateForm } from './account-create-form.js';
import { AccountEditor } from './account-editor.js';
import { formatSignIn } from './account-types.js';
import type { Account } from './account-types.js';
import { GeneratedPassword } from './generated-password.js';
import { MfaPolicySection } from './mfa-admin.js';
import { OrganisationForm } from './organisation-form.js';

/** アカウント管理: the municipality's accounts, for its administrators (issue #2). */
export function AccountsPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const { actor } = useRouteContext({ from: '/authed' });
  const list = useQuery(trpc.staff.account.find.queryOptions());
  const home = useQuery(trpc.staff.home.get.queryOptions());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [created, setCreated] = useState<{ loginId: string; displayName: string; generatedPassword: string | null } | null>(null);
  const municipality = home.data?.municipality.name ?? '';
  const heading = (
    <PageHeading title={t('accounts.title')} appName={t('appName')}>
      {t('accounts.title')}
    </PageHeading>
  );
  if (list.isPending) return <>{heading}<Loading /></>;
  if (list.isError) return <>{heading}<QueryFailure error={list.error} onRetry={() => void list.refetch()} /></>;
  const data = list.data;
  const selected = data.accounts.find((a) => a.id === selectedId) ?? null;

  return (
    <>
      {heading}
      {municipality ? <p>{t('accounts.lead', { municipality })}</p> : null}
      {created ? (
        created.generatedPassword ? (
          <GeneratedPassword loginId={created.loginId} password={created.generatedPassword} onDismiss={() => setCreated(null)} />
        ) : (
          <Alert tone="success">{t('accounts.created', { name: created.displayName })}</Alert>
        )
      ) : null}
      <Table<Account>
        caption={t('accounts.caption', { municipality, count: data.accounts.length })}
        rows={data.accounts}
        rowKey={(a) => a.id}
        empty={t('accounts.empty')}
        columns={[
          {
            key: 'name',
            header: t('accounts.displayName'),
            rowHeader: true,
            cell: (a) => (
              <>
                {a.displayName}
                {a.id === actor.userId ? (
                  <>
                    {' '}
                    <Badge tone="info">{t('accounts.you')}</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          { key: 'loginId', header: t('accounts.loginId'), cell: (a) => <code>{a.loginId}</code> },
          { key: 'role', header: t('accounts.role'), cell: (a) => a.roleLabel },
          { key: 'organisation', header: t('accounts.organisation'), cell: (a) => a.organisationName ?? '—' },
          {
            key: 'status',
            header: t('accounts.status'),
            cell: (a) => (
              <>
                <Badge tone={a.active ? 'info' : 'neutral'}>{a.active ? t('accounts.active') : t('accounts.disabled')}</Badge>
                {a.active && a.mustChangePassword ? (
                  <>
                    {' '}
                    <Badge tone="neutral">{t('accounts.mustChange')}</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          { key: 'lastSignIn', header: t('accounts.lastSignIn'), cell: (a) => formatSignIn(a.lastSignInAt, t('accounts.never')) },
          {
            key: 'actions',
            header: t('accounts.actions'),
            cell: (a) => (
              <Button variant="secondary" size="small" className="staff-nowrap" aria-label={t('accounts.edit', { name: a.displayName })} onClick={() => setSelectedId(a.id)}>
                {t('accounts.editShort')}
              </Button>
            ),
          },
        ]}
      />
      {selected ? <AccountEditor key={selected.id} account={selected} list={data} onClose={() => setSelectedId(null)} /> : null}
      <MfaPolicySection />
      <section className="staff-section" aria-labelledby="account-create-heading">
        <h2 id="account-create-heading">{t('accounts.createTitle')}</h2>
        <AccountCreateForm list={data} onCreated={setCreated} />
      </section>
      <section className="staff-section" aria-labelledby="organisation-create-heading">
        <h2 id="organisation-create-heading">{t('accounts.organisationsTitle')}</h2>
        <p>{t('accounts.organisationsLead')}</p>
        <OrganisationForm />
      </section>
    </>
  );
}
