// 実態調査の結果 (issue #11 item 10): who answered, the submitted answers per municipality, aggregates per
// question and the CSV; a submitted answer can be reopened for a new submission.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, Table, formatDateTimeJst } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { download } from '../backoffice/statistics-page.js';
import { Loading, QueryFailure } from '../query-state.js';
import { SurveyCancelled, SurveyChange } from './survey-change.js';

const number = (n: number | null) => (n === null ? '—' : n.toLocaleString('ja-JP', { maximumFractionDigits: 2 }));

export function SurveyPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const { surveyId } = useParams({ from: '/authed/surveys/$surveyId' });
  const survey = useQuery(trpc.prefecture.survey.get.queryOptions({ id: surveyId }));
  const reopen = useMutation(trpc.prefecture.survey.reopen.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.prefecture.survey.pathKey() }) }));
  const csv = useMutation(trpc.prefecture.survey.exportCsv.mutationOptions({ onSuccess: (f) => download(f.filename, f.csv) }));
  const title = survey.data?.title ?? t('surveys.title');
  const heading = (
    <PageHeading title={title} appName={t('appName')}>
      {title}
    </PageHeading>
  );
  if (survey.isPending) return <>{heading}<Loading /></>;
  if (survey.isError) return <>{heading}<QueryFailure error={survey.error} onRetry={() => void survey.refetch()} /></>;
  const s = survey.data;
  const submitted = s.municipalities.filter((m) => m.status === 'submitted');
  return (
    <>
      {heading}
      <p><Link to="/surveys">{t('surveys.back')}</Link></p>
      <SurveyCancelled survey={s} />
      {s.description ? <p>{s.description}</p> : null}
      <p>{t('surveys.deadline')}: {formatDateTimeJst(s.deadline)}（{s.closed ? t('surveys.closed') : t('surveys.open')}）</p>
      <Button variant="secondary" onClick={() => csv.mutate({ id: s.id })} busy={csv.isPending}>{t('surveys.csv')}</Button>
      {reopen.error ? <Alert tone="error">{reopen.error.message}</Alert> : null}
      <Table
        caption={t('surveys.statusTitle')}
        rows={s.municipalities}
        rowKey={(m) => m.code}
        columns={[
          { key: 'name', header: t('surveys.municipality'), rowHeader: true, cell: (m) => m.name },
          { key: 'status', header: t('surveys.status'), cell: (m) => `${t(`surveys.statusLabels.${m.status}`)}${m.reopenCount > 0 ? `（${t('surveys.reopenCount', { count: m.reopenCount })}）` : ''}` },
          { key: 'at', header: t('surveys.submittedAt'), cell: (m) => (m.submittedAt ? formatDateTimeJst(m.submittedAt) : '—') },
          {
            key: 'reopen',
            header: t('surveys.reopen'),
            cell: (m) => (m.status === 'submitted' ? <Button variant="secondary" size="small" aria-label={`${m.name} ${t('surveys.reopen')}`} onClick={() => reopen.mutate({ id: s.id, municipalityCode: m.code })}>{t('surveys.reopen')}</Button> : '—'),
          },
        ]}
      />
      <Table
        caption={t('surveys.answersTitle')}
        rows={submitted}
        rowKey={(m) => m.code}
        empty={t('surveys.noText')}
        columns={[
          { key: 'name', header: t('surveys.municipality'), rowHeader: true, cell: (m) => m.name },
          ...s.questions.map((q, i) => ({ key: q.id, header: `問${i + 1} ${q.label}`, cell: (m: (typeof submitted)[number]) => m.answers[i]?.text || '—' })),
        ]}
      />
      <SurveyChange survey={s} />
      <h2>{t('surveys.aggregatesTitle')}</h2>
      {s.aggregates.map((a, i) => (
        <section key={a.questionId} aria-labelledby={`agg-${a.questionId}`}>
          <h3 id={`agg-${a.questionId}`}>問{i + 1} {a.label}（{t(`surveys.kinds.${a.kind}`)}・{t('surveys.answeredCount', { count: a.answered })}）</h3>
          {a.kind === 'single' || a.kind === 'multiple' ? (
            <Table caption={`問${i + 1} ${a.label}`} rows={a.choices} rowKey={(c) => c.option} columns={[
              { key: 'option', header: t('surveys.option'), rowHeader: true, cell: (c) => c.option },
              { key: 'count', header: t('surveys.count'), numeric: true, cell: (c) => c.count },
            ]} />
          ) : a.kind === 'number' ? (
            <dl className="pref-number-stats">
              <dt>{t('surveys.sum')}</dt><dd>{number(a.sum)}</dd>
              <dt>{t('surveys.mean')}</dt><dd>{number(a.mean)}</dd>
              <dt>{t('surveys.min')}</dt><dd>{number(a.min)}</dd>
              <dt>{t('surveys.max')}</dt><dd>{number(a.max)}</dd>
            </dl>
          ) : a.texts.length === 0 ? (
            <p>{t('surveys.noText')}</p>
          ) : (
            <ul>{a.texts.map((x) => <li key={x.municipalityCode}><strong>{x.municipalityName}</strong>：{x.text}</li>)}</ul>
          )}
        </section>
      ))}
    </>
  );
}
