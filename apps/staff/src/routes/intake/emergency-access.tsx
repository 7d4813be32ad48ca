// C3's emergency exception on the household screen: for a member the worker has no basis for, an
// explicit, reasoned act that opens the record for 24 hours — recorded and reviewed afterwards.
import { useLayoutEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert, Button, TextAreaField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError, fieldError, zodResolver } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDate, formatDateTime } from '../../dates.js';

/** Only roles that support people may open one (the session's intake area is the same set). */
export function useMayOpenEmergency(): boolean {
  const trpc = useTrpc();
  const session = useQuery(trpc.auth.session.queryOptions());
  return session.data?.staffAreas.includes('intake') ?? false;
}

export function EmergencyAccess({ personId, label }: { personId: string; label: string }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  // a grant still open shows the record again instead of asking for a new one
  const mine = useQuery(trpc.staff.emergency.mine.queryOptions());
  const open = useMutation(trpc.staff.emergency.open.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.emergency.mine.queryKey() }) }));
  const schema = z.object({ reason: z.string().trim().min(10, t('emergency.reasonTooShort')).max(500, t('emergency.reasonTooLong')) });
  const { register, handleSubmit, formState } = useForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const dialog = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (asking) dialog.current?.querySelector('textarea')?.focus();
  }, [asking]);

  if (open.isSuccess || mine.data?.items.some((g) => g.personId === personId)) return <EmergencyPersonView personId={personId} />;
  if (!asking) {
    return (
      <Button size="small" variant="secondary" onClick={() => setAsking(true)}>
        {t('emergency.action')}
        <span className="kasane-visually-hidden">（{label}）</span>
      </Button>
    );
  }
  const titleId = `emergency-title-${personId}`;
  return (
    <div ref={dialog} role="dialog" aria-modal="false" aria-labelledby={titleId} className="kasane-card staff-emergency">
      <h3 id={titleId}>{t('emergency.dialogTitle')}</h3>
      <p>{t('emergency.explain')}</p>
      <ActionError error={open.error} />
      <form noValidate className="staff-form" onSubmit={(ev) => void handleSubmit((values) => open.mutate({ personId, reason: values.reason }))(ev)}>
        <TextAreaField label={t('emergency.reason')} hint={t('emergency.reasonHint')} required rows={3} error={fieldError(formState.errors.reason)} {...register('reason')} />
        <span className="staff-actions">
          <Button type="submit" busy={open.isPending}>
            {t('emergency.open')}
          </Button>
          <Button variant="secondary" onClick={() => setAsking(false)}>
            {t('emergency.cancel')}
          </Button>
        </span>
      </form>
    </div>
  );
}

/** The record read on the grant, under a banner saying so and until when. */
function EmergencyPersonView({ personId }: { personId: string }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const person = useQuery(trpc.staff.person.get.queryOptions({ personId }));
  if (person.isPending) return <Loading />;
  if (person.isError) return <QueryFailure error={person.error} onRetry={() => void person.refetch()} />;
  const p = person.data;
  return (
    <section className="kasane-card staff-emergency" aria-label={t('emergency.person')}>
      {p.emergency ? (
        <Alert tone="warning" live title={t('emergency.banner', { until: formatDateTime(p.emergency.expiresAt) })}>
          {t('emergency.bannerNote')}
        </Alert>
      ) : null}
      <dl className="kasane-dl">
        <dt>{t('emergency.name')}</dt>
        <dd>{`${p.familyName} ${p.givenName}`}</dd>
        <dt>{t('emergency.kana')}</dt>
        <dd>{`${p.familyNameKana} ${p.givenNameKana}`}</dd>
        <dt>{t('emergency.birthDate')}</dt>
        <dd>{p.birthDate ? formatDate(p.birthDate) : '—'}</dd>
        <dt>{t('emergency.relationship')}</dt>
        <dd>{p.relationship ?? '—'}</dd>
        <dt>{t('emergency.phone')}</dt>
        <dd>{p.phone ?? '—'}</dd>
        <dt>{t('emergency.address')}</dt>
        <dd>{p.household.address}</dd>
      </dl>
      <EmergencyAccessList items={p.emergencyAccesses} />
    </section>
  );
}

/** The mark in the person's record: every emergency access, by whom, reviewed or not. */
export function EmergencyAccessList({ items }: { items: { at: Date | string; organisationName: string; reviewed: boolean }[] }) {
  const { t } = useTranslation('staff');
  if (items.length === 0) return null;
  return (
    <>
      <h4>{t('emergency.pastAccesses')}</h4>
      <ul>
        {items.map((e, i) => (
          <li key={i}>
            {t('emergency.pastAccess', { at: formatDateTime(e.at), organisation: e.organisationName, status: e.reviewed ? t('emergency.reviewed') : t('emergency.notReviewed') })}
          </li>
        ))}
      </ul>
    </>
  );
}
