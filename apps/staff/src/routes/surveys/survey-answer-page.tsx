// 実態調査への回答 (issue #11 item 10): the administrator saves drafts and submits; after the deadline or a
// submission the answers are shown read-only, until the prefecture asks for a new submission.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, RequiredBadge, TextAreaField, TextField } from '@kasane/ui';
import type { SurveyAnswer, SurveyQuestion } from '@kasane/domain';
import { formatSurveyAnswer } from '@kasane/domain';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDateTime } from '../../dates.js';

type Answers = Record<string, SurveyAnswer>;

function QuestionInput({ q, n, value, onChange }: { q: SurveyQuestion; n: number; value: SurveyAnswer | undefined; onChange: (v: SurveyAnswer | undefined) => void }) {
  const label = <>問{n} {q.label}{q.required ? <> <RequiredBadge /></> : null}</>;
  if (q.kind === 'single' || q.kind === 'multiple') {
    const picked = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const toggle = (option: string, on: boolean) => (q.kind === 'single' ? onChange(option) : onChange(on ? [...picked, option] : picked.filter((p) => p !== option)));
    return (
      <fieldset className="staff-survey-choice">
        <legend>{label}</legend>
        {q.options.map((option) => (
          <label key={option} className="staff-check">
            <input type={q.kind === 'single' ? 'radio' : 'checkbox'} name={q.id} value={option} checked={picked.includes(option)} onChange={(e) => toggle(option, e.target.checked)} /> {option}
          </label>
        ))}
      </fieldset>
    );
  }
  if (q.kind === 'number') {
    return <TextField label={label} type="number" inputMode="decimal" step="any" value={typeof value === 'number' ? String(value) : ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} />;
  }
  return <TextAreaField label={label} rows={3} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} maxLength={4000} />;
}

export function SurveyAnswerPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const { surveyId } = useParams({ from: '/authed/surveys/$surveyId' });
  const survey = useQuery(trpc.staff.survey.get.queryOptions({ surveyId }));
  const [edited, setEdited] = useState<Answers | null>(null);
  const [done, setDone] = useState<'saved' | 'submitted' | null>(null);
  const answer = useMutation(trpc.staff.survey.answer.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.survey.pathKey() }) }));
  const title = survey.data?.title ?? t('surveys.title');
  const heading = (
    <PageHeading title={title} appName={t('appName')}>
      {title}
    </PageHeading>
  );
  if (survey.isPending) return <>{heading}<Loading /></>;
  if (survey.isError) return <>{heading}<QueryFailure error={survey.error} onRetry={() => void survey.refetch()} /></>;
  const s = survey.data;
  const answers: Answers = edited ?? s.answers;
  const send = (submit: boolean) => {
    setDone(null);
    const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined && !(typeof v === 'number' && Number.isNaN(v))));
    answer.mutate({ surveyId, answers: given, submit }, { onSuccess: () => { setDone(submit ? 'submitted' : 'saved'); setEdited(null); } });
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    send(true);
  };
  return (
    <>
      {heading}
      <p><Link to="/surveys">{t('surveys.back')}</Link></p>
      {s.description ? <p>{s.description}</p> : null}
      <p>{t('surveys.deadline')}: {formatDateTime(s.deadline)}</p>
      {done ? <Alert tone="success">{t(`surveys.${done}`)}</Alert> : null}
      <ActionError error={answer.error} />
      {s.cancelledAt ? <Alert tone="warning" live={false} title={t('surveys.cancelled', { at: formatDateTime(s.cancelledAt) })}>{t('surveys.cancelReason', { reason: s.cancelReason })}</Alert> : null}
      {s.status === 'submitted' && s.submittedAt ? <Alert tone="info" live={false}>{t('surveys.submittedNote', { at: formatDateTime(s.submittedAt) })}</Alert> : null}
      {!s.cancelledAt && s.status !== 'submitted' && !s.editable && new Date(s.deadline) < new Date() ? <Alert tone="warning" live={false}>{t('surveys.closedNote')}</Alert> : null}
      {s.reopened && s.status !== 'submitted' ? <Alert tone="info" live={false}>{t('surveys.reopenedNote')}</Alert> : null}
      {s.editable ? (
        <form onSubmit={onSubmit} className="staff-survey-form">
          <p>{t('surveys.noPersonal')}</p>
          {s.savedAt && s.status === 'draft' ? <p>{t('surveys.savedAt', { at: formatDateTime(s.savedAt) })}</p> : null}
          {s.questions.map((q, i) => (
            <QuestionInput key={q.id} q={q} n={i + 1} value={answers[q.id]} onChange={(v) => setEdited((cur) => {
              const next = { ...(cur ?? s.answers) };
              if (v === undefined) delete next[q.id];
              else next[q.id] = v;
              return next;
            })} />
          ))}
          <div className="staff-survey-actions">
            <Button variant="secondary" onClick={() => send(false)} busy={answer.isPending}>{t('surveys.saveDraft')}</Button>{' '}
            <Button type="submit" busy={answer.isPending}>{t('surveys.submit')}</Button>
          </div>
        </form>
      ) : (
        <>
          {s.status !== 'submitted' && new Date(s.deadline) >= new Date() ? <p>{t('surveys.readOnlyRole')}</p> : null}
          <dl className="staff-survey-answers">
            {s.questions.map((q, i) => (
              <div key={q.id}>
                <dt>問{i + 1} {q.label}</dt>
                <dd>{formatSurveyAnswer(s.answers[q.id]) || t('surveys.notAnswered')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </>
  );
}
