// A survey changed after it was sent (ADR 0025): title, deadline, more municipalities; the questions only
// while no municipality has saved an answer (the API refuses otherwise); or 取り消し with a reason.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextField, formatDateTimeJst } from '@kasane/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';
import { useTrpc } from '../../api.js';
import { CancelForm } from './cancel-form.js';
import { TargetPicker, checkedCodes, jstInputs, jstInstant } from './target-picker.js';

type Survey = inferRouterOutputs<AppRouter>['prefecture']['survey']['get'];
const text = (f: FormData, key: string): string => {
  const v = f.get(key);
  return typeof v === 'string' ? v.trim() : '';
};

export function SurveyCancelled({ survey }: { survey: Survey }) {
  const { t } = useTranslation('prefecture');
  if (!survey.cancelledAt) return null;
  return <Alert tone="warning" live={false} title={t('change.surveyCancelled', { at: formatDateTimeJst(survey.cancelledAt) })}>{t('change.reasonShown', { reason: survey.cancelReason })}</Alert>;
}

export function SurveyChange({ survey }: { survey: Survey }) {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.prefecture.survey.pathKey() });
  const update = useMutation(trpc.prefecture.survey.update.mutationOptions({ onSuccess: refresh }));
  const cancel = useMutation(trpc.prefecture.survey.cancel.mutationOptions({ onSuccess: refresh }));
  if (survey.cancelledAt) return null;
  const deadline = jstInputs(survey.deadline);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setDone(null);
    update.mutate(
      { id: survey.id, title: text(f, 'title'), description: survey.description, deadline: jstInstant(text(f, 'deadlineDate'), text(f, 'deadlineTime')), addMunicipalityCodes: checkedCodes(f) },
      { onSuccess: (r) => setDone(t('change.surveySaved', { count: r.added })) },
    );
  };
  return (
    <section aria-labelledby="survey-change" className="pref-change">
      <form key={survey.updatedAt?.toISOString() ?? 'sent'} onSubmit={onSubmit} aria-labelledby="survey-change">
        <h2 id="survey-change">{t('change.surveyTitle')}</h2>
        {done ? <Alert tone="success">{done}</Alert> : null}
        {update.error ? <Alert tone="error">{update.error.message}</Alert> : null}
        <TextField name="title" label={t('surveys.builder.name')} required maxLength={200} defaultValue={survey.title} />
        <TextField name="deadlineDate" type="date" label={t('surveys.builder.deadlineDate')} required defaultValue={deadline.date} />
        <TextField name="deadlineTime" type="time" label={t('surveys.builder.deadlineTime')} defaultValue={deadline.time} />
        <TargetPicker legend={t('change.addTargets')} exclude={survey.municipalities.map((m) => m.code)} />
        <p>{survey.questionsEditable ? t('change.questionsOpen') : t('change.questionsLocked')}</p>
        <Button type="submit" busy={update.isPending}>{t('change.save')}</Button>
      </form>
      <CancelForm title={t('change.surveyCancel')} button={t('change.surveyCancelButton')} busy={cancel.isPending} error={cancel.error?.message ?? null} onCancel={(reason) => cancel.mutate({ id: survey.id, reason })} />
    </section>
  );
}
