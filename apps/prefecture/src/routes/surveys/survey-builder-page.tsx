// 実態調査の作成 (issue #11 item 10): questions of kind choice (one or several), number or text, required or
// not, in order; sent to chosen municipalities of the prefecture with a deadline. No personal data (stated).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, SelectField, TextAreaField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { TargetPicker, checkedCodes, jstInstant } from './target-picker.js';

const kinds = ['single', 'multiple', 'number', 'text'] as const;
type Kind = (typeof kinds)[number];
interface Draft {
  key: number;
  kind: Kind;
  label: string;
  required: boolean;
  options: string;
}

const blank = (key: number): Draft => ({ key, kind: 'single', label: '', required: true, options: '' });
const text = (f: FormData, key: string): string => {
  const v = f.get(key);
  return typeof v === 'string' ? v.trim() : '';
};

export function SurveyBuilderPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [questions, setQuestions] = useState<Draft[]>([blank(1)]);
  const create = useMutation(trpc.prefecture.survey.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.prefecture.survey.pathKey() }) }));
  const change = (key: number, patch: Partial<Draft>) => setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...patch } : q)));
  const move = (i: number, by: -1 | 1) =>
    setQuestions((qs) => {
      const next = [...qs];
      const [q] = next.splice(i, 1);
      if (q) next.splice(i + by, 0, q);
      return next;
    });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    create.mutate(
      {
        title: text(f, 'title'),
        description: text(f, 'description'),
        deadline: jstInstant(text(f, 'deadlineDate'), text(f, 'deadlineTime')),
        municipalityCodes: checkedCodes(f),
        questions: questions.map((q) => ({ kind: q.kind, label: q.label, required: q.required, options: q.kind === 'single' || q.kind === 'multiple' ? q.options.split('\n') : [] })),
      },
      { onSuccess: ({ id }) => void navigate({ to: '/surveys/$surveyId', params: { surveyId: id } }) },
    );
  };
  return (
    <>
      <PageHeading title={t('surveys.builder.title')} appName={t('appName')}>
        {t('surveys.builder.title')}
      </PageHeading>
      <Alert tone="info" live={false}>{t('surveys.builder.privacy')}</Alert>
      <form onSubmit={onSubmit} className="pref-survey-builder">
        {create.error ? <Alert tone="error">{create.error.message}</Alert> : null}
        <TextField name="title" label={t('surveys.builder.name')} required maxLength={200} />
        <TextAreaField name="description" label={t('surveys.builder.description')} rows={3} />
        <TextField name="deadlineDate" type="date" label={t('surveys.builder.deadlineDate')} required />
        <TextField name="deadlineTime" type="time" label={t('surveys.builder.deadlineTime')} defaultValue="17:00" required />
        <TargetPicker legend={t('surveys.builder.targets')} />
        <h2>{t('surveys.builder.questions')}</h2>
        <ol className="pref-questions">
          {questions.map((q, i) => (
            <li key={q.key}>
              <fieldset>
                <legend>{t('surveys.builder.question', { n: i + 1 })}</legend>
                <TextField label={t('surveys.builder.label')} value={q.label} onChange={(e) => change(q.key, { label: e.target.value })} required maxLength={500} />
                <SelectField label={t('surveys.builder.kind')} value={q.kind} onChange={(e) => change(q.key, { kind: e.target.value as Kind })}>
                  {kinds.map((k) => <option key={k} value={k}>{t(`surveys.kinds.${k}`)}</option>)}
                </SelectField>
                {q.kind === 'single' || q.kind === 'multiple' ? (
                  <TextAreaField label={t('surveys.builder.options')} value={q.options} onChange={(e) => change(q.key, { options: e.target.value })} rows={4} required />
                ) : null}
                <label className="pref-check">
                  <input type="checkbox" checked={q.required} onChange={(e) => change(q.key, { required: e.target.checked })} /> {t('surveys.builder.required')}
                </label>
                <div className="pref-question-tools">
                  <Button variant="secondary" size="small" disabled={i === 0} onClick={() => move(i, -1)}>{t('surveys.builder.up')}</Button>
                  <Button variant="secondary" size="small" disabled={i === questions.length - 1} onClick={() => move(i, 1)}>{t('surveys.builder.down')}</Button>
                  <Button variant="text" size="small" disabled={questions.length === 1} onClick={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))}>{t('surveys.builder.remove')}</Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button variant="secondary" onClick={() => setQuestions((qs) => [...qs, blank(Math.max(...qs.map((x) => x.key)) + 1)])}>{t('surveys.builder.add')}</Button>
        <div>
          <Button type="submit" busy={create.isPending}>{t('surveys.builder.send')}</Button>
        </div>
      </form>
    </>
  );
}
