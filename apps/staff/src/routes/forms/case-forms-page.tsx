// The national forms of a case on A4 (FORMS.md): 相談受付票 (同意あり・なし), アセスメントシート, 支援プラン,
// 支援経過記録 and 評価シート — one page component per form over one query and one print layout.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { Genogram } from './genogram.js';
import { FormRow, PrintSheet } from './print-sheet.js';

type Forms = inferRouterOutputs<AppRouter>['staff']['forms']['ofCase'];
export const caseForms = ['intake', 'intakeNoConsent', 'assessment', 'plan', 'progress', 'evaluation'] as const;
export type CaseForm = (typeof caseForms)[number];

function PersonBlock({ f }: { f: Forms }) {
  const { t } = useTranslation('staff');
  if (!f.person) return null;
  return (
    <dl className="kasane-dl">
      <FormRow label={t('forms.person.kana')} value={f.person.kana} />
      <FormRow label={t('forms.person.name')} value={f.person.name} />
      <FormRow label={t('forms.person.birthDate')} value={f.person.birthDateWareki} />
      <FormRow label={t('forms.person.address')} value={f.person.address} />
      <FormRow label={t('forms.person.phone')} value={f.person.phone} />
    </dl>
  );
}

/** A two-column table of a form: a label per row and its text (line breaks kept). */
function PairTable({ heads, rows }: { heads: [string, string]; rows: [string, string][] }) {
  return (
    <table className="forms-table">
      <thead>
        <tr>
          <th scope="col">{heads[0]}</th>
          <th scope="col">{heads[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([head, body]) => (
          <tr key={head}>
            <th scope="row">{head}</th>
            <td>{body}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function IntakeForm({ f, withConsent }: { f: Forms; withConsent: boolean }) {
  const { t } = useTranslation('staff');
  const i = f.intake;
  return (
    <>
      <PersonBlock f={f} />
      {i ? (
        <dl className="kasane-dl">
          <FormRow label={t('forms.intake.receivedAt')} value={i.receivedAtWareki} />
          <FormRow label={t('forms.intake.receivedBy')} value={`${i.receivedBy}（${i.organisation}）`} />
          <FormRow label={t('forms.intake.channel')} value={i.channel} />
          <FormRow label={t('forms.intake.consulter')} value={i.consulter} />
          <FormRow label={t('forms.intake.issues')} value={i.issues.join('、')} strong />
          <FormRow label={t('forms.intake.summary')} value={i.summary} />
          <FormRow label={t('forms.intake.triage')} value={i.triage} />
        </dl>
      ) : (
        <p>{t('forms.none')}</p>
      )}
      <p>{withConsent ? t('forms.intake.consentText') : t('forms.intake.noConsentText')}</p>
      {withConsent ? <p className="staff-print__sign">{t('forms.signature')}：＿＿＿＿＿＿＿＿＿＿＿＿</p> : null}
    </>
  );
}

function AssessmentForm({ f, caseId }: { f: Forms; caseId: string }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const genogram = useQuery(trpc.staff.assessment.genogram.queryOptions({ caseId }));
  const a = f.assessment;
  return (
    <>
      <PersonBlock f={f} />
      {a ? (
        <>
          <p>{t('forms.assessment.version', { version: a.version, date: a.writtenAtWareki, by: `${a.writtenBy}（${a.writtenByOrganisation}）` })}</p>
          <dl className="kasane-dl">
            <FormRow label={t('forms.assessment.chiefComplaint')} value={a.chiefComplaint} />
            <FormRow label={t('forms.assessment.wishes')} value={a.wishes} />
            <FormRow label={t('forms.assessment.issues')} value={a.issues.map((i) => i.label).join('、')} strong />
            <FormRow label={t('forms.assessment.employment')} value={a.employment?.label ?? ''} strong />
            <FormRow label={t('forms.assessment.housing')} value={a.housing?.label ?? ''} strong />
          </dl>
          <h2>{t('forms.assessment.situations')}</h2>
          <PairTable heads={[t('forms.assessment.field'), t('forms.assessment.situation')]} rows={a.situations.map((x) => [x.fieldLabel, x.situation])} />
          <h2>{t('forms.assessment.memberIssues')}</h2>
          {a.memberIssues.map((m) => (
            <section key={m.personId}>
              <h3>{m.label}</h3>
              <ul>
                {m.issues.map((x) => (
                  <li key={`${x.field}${x.issue}`} className="forms-text">
                    {x.fieldLabel}：{x.issue}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {a.hiddenMemberIssues > 0 ? <p>{t('forms.assessment.hiddenMemberIssues', { count: a.hiddenMemberIssues })}</p> : null}
          <dl className="kasane-dl">
            <FormRow label={t('forms.assessment.strengths')} value={a.strengths} />
            <FormRow label={t('forms.assessment.urgency')} value={[a.urgency.label, a.urgencyNote].filter(Boolean).join('\n')} />
          </dl>
        </>
      ) : (
        <p>{t('forms.assessment.noSheet')}</p>
      )}
      <h2>{t('forms.assessment.genogram')}</h2>
      {genogram.data ? <Genogram persons={genogram.data.persons} relations={genogram.data.relations} organisations={genogram.data.organisations} /> : <Loading />}
    </>
  );
}

function PlanForm({ f }: { f: Forms }) {
  const { t } = useTranslation('staff');
  const p = f.plan;
  if (!p) return <p>{t('forms.none')}</p>;
  return (
    <>
      <PersonBlock f={f} />
      <p>{t('forms.plan.version', { version: p.version })}</p>
      <h2>{t('forms.plan.goals')}</h2>
      <ol>
        {p.goals.map((g) => (
          <li key={g} className="forms-text">
            {g}
          </li>
        ))}
      </ol>
      <h2>{t('forms.plan.roles')}</h2>
      <PairTable heads={[t('forms.plan.organisation'), t('forms.plan.role')]} rows={p.roles.map((r) => [r.organisation, r.role])} />
      <dl className="kasane-dl">
        <FormRow label={t('forms.plan.direction')} value={p.direction} />
        <FormRow label={t('forms.plan.reviewDate')} value={p.reviewDateWareki} />
        <FormRow label={t('forms.plan.approvedAt')} value={p.approvedAtWareki ?? t('forms.plan.notApproved')} />
      </dl>
      <p>{t('forms.plan.agreement')}</p>
      <p className="staff-print__sign">{t('forms.signature')}：＿＿＿＿＿＿＿＿＿＿＿＿</p>
    </>
  );
}

function ProgressForm({ f }: { f: Forms }) {
  const { t } = useTranslation('staff');
  if (f.progress.length === 0) return <p>{t('forms.none')}</p>;
  const cols = ['occurredAt', 'method', 'counterpart', 'actedBy', 'content', 'next'] as const;
  return (
    <>
      <p>{f.person ? `${f.person.name}（${f.person.kana}）` : ''}</p>
      <table className="forms-table">
        <thead>
          <tr>
            {cols.map((c) => (
              <th key={c} scope="col">
                {t(`forms.progress.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {f.progress.map((p, i) => (
            <tr key={i}>
              <td className="forms-nowrap">{p.occurredAtWareki}</td>
              <td className="forms-nowrap">{p.method}</td>
              <td>{p.counterpart}</td>
              <td>{`${p.actedBy}\n（${p.organisation}）`}</td>
              <td>
                {p.content}
                {p.corrected ? t('forms.progress.corrected') : ''}
              </td>
              <td>{p.next}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function EvaluationForm({ f }: { f: Forms }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <PersonBlock f={f} />
      <table className="forms-table">
        <thead>
          <tr>
            <th scope="col">{t('forms.evaluation.goal')}</th>
            <th scope="col">{t('forms.evaluation.attainment')}</th>
          </tr>
        </thead>
        <tbody>
          {(f.plan?.goals ?? []).map((g) => (
            <tr key={g}>
              <td>{g}</td>
              <td className="forms-blank" />
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="kasane-dl">
        <dt>{t('forms.evaluation.change')}</dt>
        <dd className="forms-blank" />
        <dt>{t('forms.evaluation.reason')}</dt>
        <dd className="forms-blank" />
        <dt>{t('forms.evaluation.judgement')}</dt>
        <dd className="forms-blank" />
      </dl>
      <h2>{t('forms.evaluation.events')}</h2>
      {f.evaluation.events.length === 0 ? <p>{t('forms.none')}</p> : (
        <ul>
          {f.evaluation.events.map((e, i) => (
            <li key={i} className="forms-text">{`${e.atWareki} ${e.label}${e.note ? `：${e.note}` : ''}`}</li>
          ))}
        </ul>
      )}
      <h2>{t('forms.evaluation.decisions')}</h2>
      {f.evaluation.decisions.length === 0 ? <p>{t('forms.none')}</p> : (
        <ul>
          {f.evaluation.decisions.map((d, i) => (
            <li key={i} className="forms-text">{`${d.atWareki} ${d.meeting}（${d.kind}）${d.decision}${d.note ? `：${d.note}` : ''}`}</li>
          ))}
        </ul>
      )}
      <p className="staff-print__sign">{t('forms.seal')}：＿＿＿＿＿＿</p>
    </>
  );
}

export function CaseFormPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const { caseId, form } = useParams({ from: '/authed/cases/$caseId/forms/$form' });
  const chosen: CaseForm = (caseForms as readonly string[]).includes(form) ? (form as CaseForm) : 'intake';
  const q = useQuery(trpc.staff.forms.ofCase.queryOptions({ caseId }));
  const title = t(`forms.titles.${chosen}`);
  if (q.isPending) return <Loading />;
  if (q.isError) return <QueryFailure error={q.error} onRetry={() => void q.refetch()} />;
  const f = q.data;
  const back = (
    <Link to="/coordination/$caseId" params={{ caseId }}>
      {t('forms.back')}
    </Link>
  );
  return (
    <PrintSheet title={title} header={f.header} actions={back}>
      {chosen === 'intake' || chosen === 'intakeNoConsent' ? <IntakeForm f={f} withConsent={chosen === 'intake'} /> : null}
      {chosen === 'assessment' ? <AssessmentForm f={f} caseId={caseId} /> : null}
      {chosen === 'plan' ? <PlanForm f={f} /> : null}
      {chosen === 'progress' ? <ProgressForm f={f} /> : null}
      {chosen === 'evaluation' ? <EvaluationForm f={f} /> : null}
    </PrintSheet>
  );
}
