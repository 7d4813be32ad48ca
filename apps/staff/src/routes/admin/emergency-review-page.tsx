// C3: every emergency read is reviewed afterwards. The administrator or the auditor sees the reason,
// who opened it and when, the person only as the access policy allows, and records the outcome.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { AppRouter } from '@kasane/api';
import { Alert, Button, PageHeading, SelectField, Table, TextAreaField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError, fieldError, zodResolver } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDateTime } from '../../dates.js';

type Grant = inferRouterOutputs<AppRouter>['staff']['emergency']['reviewQueue']['pending'][number];

export function EmergencyReviewPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queue = useQuery(trpc.staff.emergency.reviewQueue.queryOptions());
  const heading = (
    <PageHeading title={t('emergencyReview.title')} appName={t('appName')}>
      {t('emergencyReview.title')}
    </PageHeading>
  );
  if (queue.isPending) return <>{heading}<Loading /></>;
  if (queue.isError) return <>{heading}<QueryFailure error={queue.error} onRetry={() => void queue.refetch()} /></>;
  const person = (g: Grant) => g.personName ?? `${g.personId.slice(0, 8)}… ${t('emergencyReview.personHidden')}`;

  return (
    <>
      {heading}
      <p>{t('emergencyReview.lead')}</p>
      <section aria-labelledby="er-pending">
        <h2 id="er-pending">{t('emergencyReview.pending')}</h2>
        {queue.data.pending.length === 0 ? <p>{t('emergencyReview.noPending')}</p> : null}
        {queue.data.pending.map((g) => (
          <article key={g.id} className="kasane-card staff-emergency" aria-label={`${formatDateTime(g.openedAt)} ${g.openedBy}`}>
            <dl className="kasane-dl">
              <dt>{t('emergencyReview.openedAt')}</dt>
              <dd>{formatDateTime(g.openedAt)}</dd>
              <dt>{t('emergencyReview.openedBy')}</dt>
              <dd>{`${g.openedBy}（${g.organisationName}）`}</dd>
              <dt>{t('emergencyReview.person')}</dt>
              <dd>{person(g)}</dd>
              <dt>{t('emergencyReview.reason')}</dt>
              <dd>{g.reason}</dd>
              <dt>{t('emergencyReview.state')}</dt>
              <dd>{g.active ? t('emergencyReview.active', { until: formatDateTime(g.expiresAt) }) : t('emergencyReview.expired')}</dd>
            </dl>
            <ReviewForm grantId={g.id} />
          </article>
        ))}
      </section>
      <section aria-labelledby="er-reviewed">
        <h2 id="er-reviewed">{t('emergencyReview.reviewed')}</h2>
        <Table<Grant>
          caption={t('emergencyReview.reviewed')}
          rows={queue.data.reviewed}
          rowKey={(g) => g.id}
          empty={t('emergencyReview.noReviewed')}
          columns={[
            { key: 'opened', header: t('emergencyReview.openedAt'), rowHeader: true, cell: (g) => formatDateTime(g.openedAt) },
            { key: 'by', header: t('emergencyReview.openedBy'), cell: (g) => `${g.openedBy}（${g.organisationName}）` },
            { key: 'person', header: t('emergencyReview.person'), cell: person },
            { key: 'reason', header: t('emergencyReview.reason'), cell: (g) => g.reason },
            { key: 'outcome', header: t('emergencyReview.outcome'), cell: (g) => [g.outcomeLabel, g.reviewNote].filter(Boolean).join('：') },
            { key: 'reviewer', header: t('emergencyReview.reviewedBy'), cell: (g) => `${g.reviewedBy ?? ''} ${g.reviewedAt ? formatDateTime(g.reviewedAt) : ''}` },
          ]}
        />
      </section>
    </>
  );
}

function ReviewForm({ grantId }: { grantId: string }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const review = useMutation(trpc.staff.emergency.review.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.emergency.pathKey() }) }));
  const schema = z.object({ outcome: z.enum(['justified', 'not_justified']), note: z.string().trim().max(1000) });
  const { register, handleSubmit, formState } = useForm<{ outcome: 'justified' | 'not_justified'; note: string }>({ resolver: zodResolver(schema), defaultValues: { outcome: 'justified', note: '' } });
  return (
    <form noValidate className="staff-form" onSubmit={(ev) => void handleSubmit((values) => review.mutate({ grantId, ...values }))(ev)}>
      <ActionError error={review.error} />
      {review.isSuccess ? <Alert tone="success">{t('emergencyReview.recorded')}</Alert> : null}
      <SelectField label={t('emergencyReview.outcome')} required error={fieldError(formState.errors.outcome)} {...register('outcome')}>
        <option value="justified">{t('emergencyReview.justified')}</option>
        <option value="not_justified">{t('emergencyReview.notJustified')}</option>
      </SelectField>
      <TextAreaField label={t('emergencyReview.note')} rows={2} error={fieldError(formState.errors.note)} {...register('note')} />
      <Button type="submit" busy={review.isPending}>
        {t('emergencyReview.submit')}
      </Button>
    </form>
  );
}
