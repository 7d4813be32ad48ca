// The form for a new consent (C2, C7), opened on demand below the consents already recorded: organisations,
// purposes, meetings, method and day, and the signer (本人・代理人・成年後見人) or, for a minor, the guardian.
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { UseQueryResult } from '@tanstack/react-query';
import type { AppRouter } from '@kasane/api';
import type { inferRouterInputs } from '@trpc/server';
import { SelectField, TextAreaField, TextField } from '@kasane/ui';
import { ActionError, SubmitCancel, fieldError, zodResolver } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { todayInJapan, fromJapanDate } from '../../dates.js';

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



type RecordInput = inferRouterInputs<AppRouter>['staff']['consent']['recordConsent'];
type Meeting = { id: string; title: string; kindLabel: string; scheduledAt: Date | string };

export function ConsentRecordForm({
  personId,
  birthDate,
  organisations,
  purposes,
  meetings,
  meetingLabel,
  record,
  onCancel,
}: {
  personId: string;
  birthDate: string | null;
  organisations: readonly { id: string; name: string }[];
  purposes: readonly { id: string; label: string }[];
  meetings: UseQueryResult<Meeting[], unknown>;
  meetingLabel: (m: Meeting) => string;
  record: { isPending: boolean; error: unknown; mutate: (input: RecordInput, options: { onSuccess: () => void }) => void };
  onCancel: () => void;
}) {
  const { t } = useTranslation('staff');
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
    defaultValues: { organisationIds: [], purposes: [], meetingIds: [], method: 'written', obtainedAt: todayInJapan(), expiresAt: '', guardianName: '', guardianRelationship: '', childView: '', signerKind: 'self', signerName: '', signerRelation: '', note: '' },
  });

  const minor = isMinorOn(birthDate, watch('obtainedAt'));
  const signerKind = watch('signerKind');
  const onSubmit = handleSubmit((v) => {
    record.mutate(
      {
        personId,
        organisationIds: v.organisationIds,
        purposes: v.purposes as never[],
        meetingIds: v.meetingIds,
        method: v.method as 'written' | 'oral',
        obtainedAt: fromJapanDate(v.obtainedAt),
        ...(v.expiresAt ? { expiresAt: fromJapanDate(v.expiresAt) } : {}),
        signer: v.signerKind === 'self' || minor ? { kind: 'self' } : { kind: v.signerKind, name: v.signerName, relation: v.signerRelation },
        ...(minor && (v.guardianName || v.guardianRelationship) ? { guardian: { name: v.guardianName, relationship: v.guardianRelationship, ...(v.childView ? { childView: v.childView } : {}) } } : {}),
        ...(v.note ? { note: v.note } : {}),
      },
      { onSuccess: () => reset() },
    );
  });

  return (
    <>
        <ActionError error={record.error} />
        <form noValidate className="staff-form" onSubmit={(ev) => void onSubmit(ev)}>
          <fieldset className="staff-fieldset" aria-describedby={formState.errors.organisationIds ? 'consent-orgs-error' : undefined}>
            <legend>
              {t('consent.organisations')} <span className="kasane-badge kasane-badge--required">必須</span>
            </legend>
            <div className="staff-checks">
              {organisations.map((o) => (
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
              {purposes
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
          <SubmitCancel label={t('consent.submit')} busy={record.isPending} onCancel={onCancel} />
        </form>
    </>
  );
}
