// 同意 for one person (C12): what is recorded and what covers what now, recording (C2, C7),
// withdrawing (C6), the disclosure ledger (C11) and, for the administrator or auditor, the export.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert, Button, PageHeading, SelectField, Table, TextAreaField, TextField, formatDateTimeJst } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError, fieldError, zodResolver } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { dateJa } from './household-page.js';
import { ConsentWithdrawDialog } from './consent-withdraw-dialog.js';
import '../coordination/meetings.css';

interface ConsentValues {
  organisationIds: string[];
  purposes: string[];
  meetingIds: string[];
  method: string;
  obtainedAt: string;
  expiresAt: string;
  guardianName: string;
  guardianRelationship: string;
  childView: string;
  signerKind: 'self' | 'representative' | 'adult_guardian';
  signerName: string;
  signerRelation: string;
  note: string;
}

/** C2: the guardian block only for a person under 18 on the day the consent is given (age from the birth date). */
const isMinorOn = (birthDate: string | null | undefined, day: string): boolean => {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  const age = (y ?? 0) - (by ?? 0) - ((m ?? 0) < (bm ?? 0) || ((m ?? 0) === (bm ?? 0) && (d ?? 0) < (bd ?? 0)) ? 1 : 0);
  return age < 18;
};

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });

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
  const record = useMutation(trpc.staff.consent.recordConsent.mutationOptions({ onSuccess: invalidate }));
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const withdraw = useMutation(trpc.staff.consent.withdrawConsent.mutationOptions({ onSuccess: async () => (setWithdrawing(null), invalidate()) }));
  const exportPerson = useMutation(trpc.staff.disclosure.exportPerson.mutationOptions());

  const schema = z.object({
    organisationIds: z.array(z.string()).min(1, t('consent.errors.organisations')),
    purposes: z.array(z.string()).min(1, t('consent.errors.purposes')),
    meetingIds: z.array(z.string()),
    method: z.string(),
    obtainedAt: z.iso.date(t('consent.errors.obtainedAt')),
    expiresAt: z.union([z.literal(''), z.iso.date(t('consent.errors.expiresAt'))]),
    guardianName: z.string(),
    guardianRelationship: z.string(),
    childView: z.string(),
    signerKind: z.enum(['self', 'representative', 'adult_guardian']),
    signerName: z.string(),
    signerRelation: z.string(),
    note: z.string(),
  });
  const { register, handleSubmit, formState, reset, watch } = useForm<ConsentValues>({
    resolver: zodResolver(schema),
    defaultValues: { organisationIds: [], purposes: [], meetingIds: [], method: 'written', obtainedAt: today(), expiresAt: '', guardianName: '', guardianRelationship: '', childView: '', signerKind: 'self', signerName: '', signerRelation: '', note: '' },
  });

  const title = consents.data?.person ? t('consentRecord.titleFor', { name: consents.data.person.name }) : t('consent.title');
  const heading = (
    <PageHeading title={title} appName={t('appName')}>
      {title}
    </PageHeading>
  );
  const minor = isMinorOn(consents.data?.person?.birthDate, watch('obtainedAt'));
  const signerKind = watch('signerKind');
  if (consents.isPending || organisations.isPending || vocabulary.isPending) return <>{heading}<Loading /></>;
  if (consents.isError) return <>{heading}<QueryFailure error={consents.error} onRetry={() => void consents.refetch()} /></>;
  if (organisations.isError || vocabulary.isError) return <>{heading}<QueryFailure error={organisations.error ?? vocabulary.error} onRetry={() => void organisations.refetch()} /></>;
  type Item = (typeof consents.data.items)[number];
  type Coverage = (typeof consents.data.coverage)[number];
  const purposeLabel = (id: string) => vocabulary.data.purposes.find((p) => p.id === id)?.label ?? id;
  const meetingLabel = (m: { title: string; kindLabel: string; scheduledAt: Date | string }) => `${m.title}（${m.kindLabel}・${dateJa(m.scheduledAt)}）`;
  const meetingName = (id: string) => {
    const m = meetings.data?.find((x) => x.id === id);
    return m ? meetingLabel(m) : id;
  };

  const onSubmit = handleSubmit((v) => {
    record.mutate(
      {
        personId,
        organisationIds: v.organisationIds,
        purposes: v.purposes as never[],
        meetingIds: v.meetingIds,
        method: v.method as 'written' | 'oral',
        obtainedAt: new Date(`${v.obtainedAt}T00:00:00+09:00`),
        ...(v.expiresAt ? { expiresAt: new Date(`${v.expiresAt}T00:00:00+09:00`) } : {}),
        signer: v.signerKind === 'self' || minor ? { kind: 'self' } : { kind: v.signerKind, name: v.signerName, relation: v.signerRelation },
        ...(minor && (v.guardianName || v.guardianRelationship) ? { guardian: { name: v.guardianName, relationship: v.guardianRelationship, ...(v.childView ? { childView: v.childView } : {}) } } : {}),
        ...(v.note ? { note: v.note } : {}),
      },
      { onSuccess: () => reset() },
    );
  });

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
            { key: 'status', header: t('consent.status'), rowHeader: true, cell: (c) => c.statusLabel },
            { key: 'orgs', header: t('consent.organisations'), cell: (c) => c.organisations.map((o) => o.name).join('、') },
            { key: 'purposes', header: t('consent.purposes'), cell: (c) => c.purposes.map((p) => p.label).join('、') },
            { key: 'meetings', header: t('consent.meetingsColumn'), cell: (c) => (c.meetingIds.length ? c.meetingIds.map(meetingName).join('、') : t('consent.meetingsAny')) },
            { key: 'method', header: t('consent.method'), cell: (c) => c.methodLabel },
            { key: 'obtained', header: t('consent.obtainedAt'), cell: (c) => `${dateJa(c.obtainedAt)}（${c.obtainedBy}）` },
            { key: 'expires', header: t('consent.expiresAt'), cell: (c) => (c.expiresAt ? dateJa(c.expiresAt) : t('consent.noExpiry')) },
            { key: 'signer', header: t('consentRecord.signerColumn'), cell: (c) => (c.signer.kind === 'self' ? c.signer.label : `${c.signer.label}：${c.signer.name ?? ''}（${c.signer.relation ?? ''}）`) },
            { key: 'withdrawn', header: t('consentRecord.withdrawnColumn'), cell: (c) => (c.withdrawnAt ? `${dateJa(c.withdrawnOn ?? c.withdrawnAt)}${c.withdrawalMethodLabel ? `（${c.withdrawalMethodLabel}）` : ''}${c.withdrawalNote ? `：${c.withdrawalNote}` : ''}` : '—') },
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
                    <Button variant="danger" size="small" busy={withdraw.isPending && withdrawing === c.id} onClick={() => (withdraw.reset(), setWithdrawing(c.id))}>
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
        {record.isSuccess ? <Alert tone="success">{t('consent.recorded')}</Alert> : null}
        <ActionError error={record.error} />
        <form noValidate className="staff-form" onSubmit={(ev) => void onSubmit(ev)}>
          <fieldset className="staff-fieldset" aria-describedby={formState.errors.organisationIds ? 'consent-orgs-error' : undefined}>
            <legend>
              {t('consent.organisations')} <span className="kasane-badge kasane-badge--required">必須</span>
            </legend>
            <div className="staff-checks">
              {organisations.data.map((o) => (
                <label key={o.id} className="staff-check">
                  <input type="checkbox" value={o.id} {...register('organisationIds')} /> {o.name}
                </label>
              ))}
            </div>
            {formState.errors.organisationIds ? (
              <p className="kasane-field__error" id="consent-orgs-error">
                {formState.errors.organisationIds.message}
              </p>
            ) : null}
          </fieldset>
          <fieldset className="staff-fieldset" aria-describedby={formState.errors.purposes ? 'consent-purposes-error' : undefined}>
            <legend>
              {t('consent.purposes')} <span className="kasane-badge kasane-badge--required">必須</span>
            </legend>
            <div className="staff-checks">
              {vocabulary.data.purposes
                .filter((p) => p.id !== 'audit' && p.id !== 'intake' && p.id !== 'statistics')
                .map((p) => (
                  <label key={p.id} className="staff-check">
                    <input type="checkbox" value={p.id} {...register('purposes')} /> {p.label}
                  </label>
                ))}
            </div>
            {formState.errors.purposes ? (
              <p className="kasane-field__error" id="consent-purposes-error">
                {formState.errors.purposes.message}
              </p>
            ) : null}
          </fieldset>
          <fieldset className="staff-fieldset" aria-describedby="consent-meetings-hint">
            <legend>{t('consent.meetingsTitle')}</legend>
            <p className="kasane-field__hint" id="consent-meetings-hint">
              {t('consent.meetingsHint')}
            </p>
            {meetings.isError ? <QueryFailure error={meetings.error} onRetry={() => void meetings.refetch()} /> : null}
            {meetings.isPending ? <Loading /> : null}
            {meetings.data ? (
              meetings.data.length ? (
                <div className="staff-checks">
                  {meetings.data.map((m) => (
                    <label key={m.id} className="staff-check">
                      <input type="checkbox" value={m.id} {...register('meetingIds')} /> {meetingLabel(m)}
                    </label>
                  ))}
                </div>
              ) : (
                <p>{t('consent.meetingsNone')}</p>
              )
            ) : null}
          </fieldset>
          <div className="staff-grid">
            <SelectField label={t('consent.method')} required {...register('method')}>
              <option value="written">{t('consent.methodWritten')}</option>
              <option value="oral">{t('consent.methodOral')}</option>
            </SelectField>
            <TextField label={t('consent.obtainedAt')} required type="date" error={fieldError(formState.errors.obtainedAt)} {...register('obtainedAt')} />
            <TextField label={t('consent.expiresAt')} type="date" error={fieldError(formState.errors.expiresAt)} {...register('expiresAt')} />
          </div>
          {minor ? (
          <fieldset className="staff-fieldset">
            <legend>{t('consent.guardianTitle')}</legend>
            <p>{t('consentRecord.minorLead')}</p>
            <div className="staff-grid">
              <TextField label={t('consent.guardianName')} autoComplete="off" {...register('guardianName')} />
              <TextField label={t('consent.guardianRelationship')} autoComplete="off" {...register('guardianRelationship')} />
            </div>
            <TextAreaField label={t('consent.guardianChildView')} rows={2} {...register('childView')} />
          </fieldset>
          ) : (
            <fieldset className="staff-fieldset">
              <legend>{t('consentRecord.signerTitle')}</legend>
              <SelectField label={t('consentRecord.signerKind')} {...register('signerKind')}>
                <option value="self">{t('consentRecord.self')}</option>
                <option value="representative">{t('consentRecord.representative')}</option>
                <option value="adult_guardian">{t('consentRecord.adult_guardian')}</option>
              </SelectField>
              {signerKind !== 'self' ? (
                <div className="staff-grid">
                  <TextField label={t('consentRecord.signerName')} required autoComplete="off" {...register('signerName')} />
                  <TextField label={t('consentRecord.signerRelation')} required autoComplete="off" {...register('signerRelation')} />
                </div>
              ) : null}
            </fieldset>
          )}
          <TextAreaField label={t('consent.note')} rows={2} {...register('note')} />
          <Button type="submit" busy={record.isPending}>
            {t('consent.submit')}
          </Button>
        </form>
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
              { key: 'when', nowrap: true, header: t('consent.ledgerWhen'), rowHeader: true, cell: (e) => formatDateTimeJst(e.disclosedAt) },
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
