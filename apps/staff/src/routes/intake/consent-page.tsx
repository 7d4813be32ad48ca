// 同意 for one person (C12): what is recorded and what covers what now, recording (C2, C7),
// withdrawing (C6), the disclosure ledger (C11) and, for the administrator or auditor, the export.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { ConsentWithdrawDialog } from './consent-withdraw-dialog.js';
import { ConsentRecordForm } from './consent-record-form.js';
import '../coordination/meetings.css';
import { formatDate, formatDateTime } from '../../dates.js';

export function ConsentPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const { personId } = useParams({ from: '/authed/persons/$personId/consents' });
  const { actor } = useRouteContext({ from: '/authed' });
  const consents = useQuery(trpc.staff.consent.find.queryOptions({ personId }));
  const ledger = useQuery(trpc.staff.disclosure.find.queryOptions({ personId }));
  const organisations = useQuery(trpc.staff.organisation.find.queryOptions());
  const vocabulary = useQuery(trpc.staff.intake.vocabulary.queryOptions());
  // C7: a consent may be limited to named meetings; the municipality's meetings to choose from.
  const meetings = useQuery(trpc.staff.meeting.find.queryOptions());
  const invalidate = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.staff.consent.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.staff.disclosure.pathKey() });
  };
  const [recording, setRecording] = useState(false);
  const record = useMutation(trpc.staff.consent.recordConsent.mutationOptions({ onSuccess: async () => (setRecording(false), invalidate()) }));
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const withdraw = useMutation(trpc.staff.consent.withdrawConsent.mutationOptions({ onSuccess: async () => (setWithdrawing(null), invalidate()) }));
  const exportPerson = useMutation(trpc.staff.disclosure.exportPerson.mutationOptions());

  const title = consents.data?.person ? t('consentRecord.titleFor', { name: consents.data.person.name }) : t('consent.title');
  const heading = (
    <PageHeading title={title} appName={t('appName')}>
      {title}
    </PageHeading>
  );
  if (consents.isPending || organisations.isPending || vocabulary.isPending) return <>{heading}<Loading /></>;
  if (consents.isError) return <>{heading}<QueryFailure error={consents.error} onRetry={() => void consents.refetch()} /></>;
  if (organisations.isError || vocabulary.isError) return <>{heading}<QueryFailure error={organisations.error ?? vocabulary.error} onRetry={() => void organisations.refetch()} /></>;
  type Item = (typeof consents.data.items)[number];
  type Coverage = (typeof consents.data.coverage)[number];
  const purposeLabel = (id: string) => vocabulary.data.purposes.find((p) => p.id === id)?.label ?? id;
  const meetingLabel = (m: { title: string; kindLabel: string; scheduledAt: Date | string }) => `${m.title}（${m.kindLabel}・${formatDate(m.scheduledAt)}）`;
  const meetingName = (id: string) => {
    const m = meetings.data?.find((x) => x.id === id);
    return m ? meetingLabel(m) : id;
  };

  return (
    <>
      {heading}
      <p>{t('consent.lead')}</p>

      <section aria-labelledby="consent-list-h">
        <h2 id="consent-list-h">{t('consent.listTitle')}</h2>
        {withdraw.isSuccess ? <Alert tone="success">{t('consent.withdrawn')}</Alert> : null}
        <ActionError error={withdraw.error} />
        <Table<Item>
          caption={t('consent.listTitle')}
          rows={consents.data.items}
          rowKey={(c) => c.id}
          empty={t('consent.empty')}
          columns={[
            { key: 'status', nowrap: true, header: t('consent.status'), rowHeader: true, cell: (c) => c.statusLabel },
            { key: 'orgs', header: t('consent.organisations'), cell: (c) => c.organisations.map((o) => o.name).join('、') },
            { key: 'purposes', header: t('consent.purposes'), cell: (c) => c.purposes.map((p) => p.label).join('、') },
            { key: 'meetings', header: t('consent.meetingsColumn'), cell: (c) => (c.meetingIds.length ? c.meetingIds.map(meetingName).join('、') : t('consent.meetingsAny')) },
            { key: 'method', nowrap: true, header: t('consent.method'), cell: (c) => c.methodLabel },
            { key: 'obtained', nowrap: true, header: t('consent.obtainedAt'), cell: (c) => `${formatDate(c.obtainedAt)}（${c.obtainedBy}）` },
            { key: 'expires', nowrap: true, header: t('consent.expiresAt'), cell: (c) => (c.expiresAt ? formatDate(c.expiresAt) : t('consent.noExpiry')) },
            { key: 'signer', header: t('consentRecord.signerColumn'), cell: (c) => (c.signer.kind === 'self' ? c.signer.label : `${c.signer.label}：${c.signer.name ?? ''}（${c.signer.relation ?? ''}）`) },
            { key: 'withdrawn', header: t('consentRecord.withdrawnColumn'), cell: (c) => (c.withdrawnAt ? `${formatDate(c.withdrawnOn ?? c.withdrawnAt)}${c.withdrawalMethodLabel ? `（${c.withdrawalMethodLabel}）` : ''}${c.withdrawalNote ? `：${c.withdrawalNote}` : ''}` : '—') },
            { key: 'guardian', header: t('consent.guardian'), cell: (c) => (c.guardian ? `${c.guardian.name}（${c.guardian.relationship}）${c.guardian.childView ? `／${t('consent.childView')}：${c.guardian.childView}` : ''}` : '—') },
            {
              key: 'actions',
              header: '',
              cell: (c) => (
                <span className="staff-row-actions">
                  <Link to="/consents/$consentId/print" params={{ consentId: c.id }}>
                    {t('consent.print')}
                  </Link>
                  {c.status === 'active' ? (
                    <Button variant="danger" size="small" busy={withdraw.isPending && withdrawing === c.id} onClick={() => (withdraw.reset(), record.reset(), setWithdrawing(c.id))}>
                      {t('consent.withdraw')}
                    </Button>
                  ) : null}
                </span>
              ),
            },
          ]}
        />
      </section>

      <ConsentWithdrawDialog
        key={withdrawing ?? 'none'}
        open={withdrawing !== null}
        busy={withdraw.isPending}
        onCancel={() => setWithdrawing(null)}
        onConfirm={(v) => {
          if (withdrawing) withdraw.mutate({ consentId: withdrawing, withdrawnOn: v.withdrawnOn, method: v.method, note: v.note.trim() });
        }}
      />

      <section aria-labelledby="consent-coverage-h">
        <h2 id="consent-coverage-h">{t('consent.coverageTitle')}</h2>
        <Table<Coverage>
          caption={t('consent.coverageTitle')}
          rows={consents.data.coverage}
          rowKey={(c) => c.organisationId}
          columns={[
            { key: 'org', header: t('consent.coverageOrganisation'), rowHeader: true, cell: (c) => c.name },
            { key: 'purposes', header: t('consent.coveragePurposes'), cell: (c) => (c.purposes.length ? c.purposes.map(purposeLabel).join('、') : t('consent.coverageNone')) },
          ]}
        />
      </section>

      <section className="kasane-card" aria-labelledby="consent-record-h">
        <h2 id="consent-record-h">{t('consent.recordTitle')}</h2>
        {record.isSuccess && !recording ? <Alert tone="success">{t('consent.recorded')}</Alert> : null}
        {recording ? (
          <ConsentRecordForm
            personId={personId}
            birthDate={consents.data.person?.birthDate ?? null}
            organisations={organisations.data}
            purposes={vocabulary.data.purposes}
            meetings={meetings}
            meetingLabel={meetingLabel}
            record={record}
            onCancel={() => setRecording(false)}
          />
        ) : (
          <Button
            variant="secondary"
            onClick={() => {
              record.reset();
              withdraw.reset();
              setRecording(true);
            }}
          >
            {t('consent.openForm')}
          </Button>
        )}
      </section>

      <section aria-labelledby="ledger-h">
        <h2 id="ledger-h">{t('consent.ledgerTitle')}</h2>
        {ledger.isError ? <QueryFailure error={ledger.error} onRetry={() => void ledger.refetch()} /> : null}
        {ledger.data ? (
          <Table<(typeof ledger.data.items)[number]>
            caption={t('consent.ledgerTitle')}
            rows={ledger.data.items}
            rowKey={(e) => e.id}
            empty={t('consent.ledgerEmpty')}
            columns={[
              { key: 'when', nowrap: true, header: t('consent.ledgerWhen'), rowHeader: true, cell: (e) => formatDateTime(e.disclosedAt) },
              { key: 'to', header: t('consent.ledgerTo'), cell: (e) => e.recipient },
              { key: 'what', header: t('consent.ledgerWhat'), cell: (e) => e.recordTypeLabel },
              { key: 'purpose', header: t('consent.ledgerPurpose'), cell: (e) => e.purpose },
              { key: 'basis', header: t('consent.ledgerBasis'), cell: (e) => e.legalBasisLabel },
            ]}
          />
        ) : null}
      </section>

      {actor.role === 'municipal_admin' || actor.role === 'auditor' ? (
        <section className="kasane-card" aria-labelledby="export-h">
          <h2 id="export-h">{t('consent.exportTitle')}</h2>
          <p>{t('consent.exportLead')}</p>
          <ActionError error={exportPerson.error} />
          <div className="staff-row-actions">
            <Button
              variant="secondary"
              busy={exportPerson.isPending}
              onClick={() =>
                exportPerson.mutate(
                  { personId },
                  {
                    onSuccess: (data) => {
                      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
                      const a = document.createElement('a');
                      a.href = URL.createObjectURL(blob);
                      a.download = `kaiji-${personId}.json`;
                      a.click();
                      URL.revokeObjectURL(a.href);
                    },
                  },
                )
              }
            >
              {t('consent.exportJson')}
            </Button>
            <Link to="/persons/$personId/export" params={{ personId }}>
              {t('consent.exportPrint')}
            </Link>
          </div>
        </section>
      ) : null}
    </>
  );
}
