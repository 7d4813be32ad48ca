import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert, Badge, Button, PageHeading, SelectField, Table, TextAreaField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { ActionError, fieldError, zodResolver } from './form-kit.js';
import { PlanForm } from './plan-form.js';
import { CloseCaseDialog, DecideSupportDialog } from './case-decision-dialogs.js';
import './meetings.css';
import { AssignmentSection } from '../casework/assignment-section.js';
import { ProgressSection } from '../casework/progress-section.js';
import type { PlanValues } from './plan-form.js';
import { AssessmentSection } from '../forms/assessment-section.js';
import { CaseFormsSection } from '../forms/case-forms-section.js';
import { CaseLinks } from '../casework/case-links.js';
import { formatDate, formatDateTime } from '../../dates.js';

const simple = ['decide_support', 'start_assessment', 'start_monitoring', 'start_review', 'continue_monitoring', 'close'] as const;
type Simple = (typeof simple)[number];
const isSimple = (type: string): type is Simple => (simple as readonly string[]).includes(type);

export function CoordinationCasePage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const { caseId } = useParams({ from: '/authed/coordination/$caseId' });
  const view = useQuery(trpc.staff.coordination.get.queryOptions({ caseId }));
  const organisations = useQuery(trpc.staff.organisation.find.queryOptions());
  const [done, setDone] = useState<string | null>(null);
  const refresh = async (message: string) => {
    setDone(message);
    await queryClient.invalidateQueries({ queryKey: trpc.staff.coordination.pathKey() });
  };
  const refer = useMutation(trpc.staff.coordination.referToCoordination.mutationOptions({ onSuccess: () => refresh(t('coordination.done')) }));
  const advance = useMutation(trpc.staff.coordination.advance.mutationOptions({ onSuccess: () => refresh(t('coordination.done')) }));
  const assess = useMutation(trpc.staff.coordination.recordAssessment.mutationOptions({ onSuccess: () => refresh(t('coordination.done')) }));
  const draft = useMutation(trpc.staff.coordination.draftPlan.mutationOptions({ onSuccess: () => refresh(t('coordination.done')) }));
  const update = useMutation(trpc.staff.coordination.updatePlan.mutationOptions({ onSuccess: () => refresh(t('coordination.done')) }));
  const progress = useMutation(trpc.staff.coordination.addProgressNote.mutationOptions({ onSuccess: () => refresh(t('coordination.done')) }));
  const handOver = useMutation(trpc.staff.coordination.handOver.mutationOptions({ onSuccess: () => refresh(t('coordination.done')) }));
  const reopen = useMutation(trpc.staff.coordination.reopen.mutationOptions({ onSuccess: () => refresh(t('coordination.done')) }));
  const [note, setNote] = useState('');
  const [dialog, setDialog] = useState<'decide_support' | 'close' | null>(null);
  const [coordinatorOrg, setCoordinatorOrg] = useState('');
  const [leadOrg, setLeadOrg] = useState('');

  const heading = (name: string) => (
    <PageHeading title={name} appName={t('appName')}>
      {name}
    </PageHeading>
  );
  if (view.isPending) return <>{heading(t('coordination.title'))}<Loading /></>;
  if (view.isError) return <>{heading(t('coordination.title'))}<QueryFailure error={view.error} onRetry={() => void view.refetch()} /></>;
  const c = view.data;
  const orgs = (organisations.data ?? []).map((o) => ({ id: o.id, name: o.name }));
  const events = c.allowedEvents.map((e) => e.type as string);
  const canRefer = events.includes('triage') || events.includes('record_consent');
  const canDraft = events.includes('draft_plan');
  const current = c.plans[0];
  const lastError = [refer, advance, assess, draft, update, progress, handOver, reopen].find((m) => m.isError)?.error;
  const emptyPlan: PlanValues = current
    ? { goals: current.goals, roles: current.roles.map((r) => ({ organisationId: r.organisationId, role: r.role })), direction: current.direction, reviewDate: current.reviewDate }
    : { goals: [{ text: '' }], roles: [{ organisationId: '', role: '' }, ...(c.publicAssistance ? [{ organisationId: c.publicAssistance.officeId, role: '' }] : [])], direction: '', reviewDate: '' };

  return (
    <>
      {heading(c.person?.name ?? t('coordination.title'))}
      <p>
        <Badge tone="info">{c.statusLabel}</Badge> {t('coordination.basis')}：{c.basis.label}
      </p>
      <CaseLinks caseId={c.id} personId={c.person?.id ?? null} householdId={c.householdId} />
      {c.publicAssistance ? <Alert tone="warning">{t('coordination.publicAssistance', { office: c.publicAssistance.officeName })}</Alert> : null}
      {done && !lastError ? <Alert tone="success">{done}</Alert> : null}
      <ActionError
        error={lastError}
        onReload={() => {
          for (const m of [refer, advance, assess, draft, update, progress, handOver, reopen]) m.reset();
          void view.refetch();
        }}
      />
      <dl className="staff-facts">
        <dt>{t('coordination.address')}</dt>
        <dd>{c.address}</dd>
        <dt>{t('coordination.owner')}</dt>
        <dd>{c.owner.name}</dd>
        <dt>{t('coordination.lead2')}</dt>
        <dd>{c.lead?.name ?? '—'}</dd>
        <dt>{t('coordination.participants')}</dt>
        <dd>
          <ul className="staff-parts">
            {c.participants.map((p) => (
              <li key={p.organisationId}>
                {p.name}
                {p.role ? `（${t('coordination.role')}：${p.role}）` : ''}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <AssignmentSection caseId={c.id} />
      <ProgressSection caseId={c.id} personId={c.person?.id ?? null} />
      <AssessmentSection caseId={c.id} issueIds={c.issueIds} />
      <CaseFormsSection caseId={c.id} />

      <section aria-labelledby="actions-h" className="staff-section">
        <h2 id="actions-h">{t('coordination.actions')}</h2>
        {!canRefer && !c.allowedEvents.some((e) => isSimple(e.type)) && !events.includes('hand_over') && !events.includes('reopen') ? <p>{t('coordination.noActions')}</p> : null}
        {canRefer ? (
          <form
            className="staff-form"
            onSubmit={(ev) => {
              ev.preventDefault();
              refer.mutate({ caseId: c.id, expectedVersion: c.version, coordinatorOrganisationId: coordinatorOrg });
            }}
          >
            <h3>{t('coordination.referTitle')}</h3>
            <SelectField label={t('coordination.coordinator')} required hint={t('coordination.referHint')} value={coordinatorOrg} onChange={(e) => setCoordinatorOrg(e.target.value)}>
              <option value="">{t('coordination.choose')}</option>
              {c.coordinationOrganisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
            <Button type="submit" busy={refer.isPending}>
              {t('coordination.refer')}
            </Button>
          </form>
        ) : null}
        {c.allowedEvents.some((e) => isSimple(e.type)) ? (
          <div className="staff-form">
            <TextAreaField label={t('coordination.note')} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            <div className="staff-buttons">
              {c.allowedEvents
                .filter((e) => isSimple(e.type))
                .map((e) => (
                  <Button
                    key={e.type}
                    variant="secondary"
                    busy={advance.isPending}
                    onClick={() => {
                      // 支援決定 and 終結 are confirmed in their own dialog, with their day (and the 終結理由)
                      if (e.type === 'decide_support' || e.type === 'close') return setDialog(e.type);
                      if (isSimple(e.type)) advance.mutate({ caseId: c.id, expectedVersion: c.version, event: e.type, ...(note.trim() ? { note } : {}) });
                      setNote('');
                    }}
                  >
                    {e.label}
                  </Button>
                ))}
            </div>
          </div>
        ) : null}
        <DecideSupportDialog
          open={dialog === 'decide_support'}
          busy={advance.isPending}
          onCancel={() => setDialog(null)}
          onConfirm={(decidedOn) => advance.mutate({ caseId: c.id, expectedVersion: c.version, event: 'decide_support', decidedOn, ...(note.trim() ? { note } : {}) }, { onSettled: () => setDialog(null) })}
        />
        <CloseCaseDialog
          open={dialog === 'close'}
          busy={advance.isPending}
          onCancel={() => setDialog(null)}
          onConfirm={(closure) => advance.mutate({ caseId: c.id, expectedVersion: c.version, event: 'close', closure }, { onSettled: () => setDialog(null) })}
        />
        {c.closures.length ? (
          <ul aria-label={t('caseDecision.closuresTitle')}>
            {c.closures.map((x) => (
              <li key={x.id}>
                {formatDate(x.closedOn)} {t('caseDecision.closureReason')}：{x.reasonLabel} {x.reasonText}
              </li>
            ))}
          </ul>
        ) : null}
        {events.includes('hand_over') ? (
          <form
            className="staff-form"
            onSubmit={(ev) => {
              ev.preventDefault();
              handOver.mutate({ caseId: c.id, expectedVersion: c.version, leadOrganisationId: leadOrg });
            }}
          >
            <h3>{t('coordination.handOverTitle')}</h3>
            <SelectField label={t('coordination.leadOrganisation')} required value={leadOrg} onChange={(e) => setLeadOrg(e.target.value)}>
              <option value="">{t('coordination.choose')}</option>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
            <Button type="submit" busy={handOver.isPending}>
              {t('coordination.handOver')}
            </Button>
          </form>
        ) : null}
        {events.includes('reopen') ? <ReopenForm busy={reopen.isPending} onSubmit={(reason) => reopen.mutate({ caseId: c.id, expectedVersion: c.version, reason })} /> : null}
      </section>

      {c.status === 'assessment' || c.status === 'review' ? (
        <section aria-labelledby="assessment-h" className="staff-section">
          <h2 id="assessment-h">{t('coordination.assessmentTitle')}</h2>
          <AssessmentForm busy={assess.isPending} onSubmit={(v) => assess.mutate({ caseId: c.id, summary: v.summary, issueIds: [], ...(v.strengths.trim() ? { strengths: v.strengths } : {}) })} />
          <ul>
            {c.assessments.map((a) => (
              <li key={a.id}>
                {a.summary}（{a.organisationName}）
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="plan-h" className="staff-section">
        <h2 id="plan-h">{t('coordination.planTitle')}</h2>
        {c.plans.length === 0 ? <p>{t('coordination.noPlans')}</p> : null}
        {c.plans.map((p) => (
          <article key={p.id} className="staff-card" aria-label={t('coordination.version', { version: p.version })}>
            <h3>
              {t('coordination.version', { version: p.version })} <Badge tone={p.status === 'approved' ? 'info' : 'neutral'}>{t(`coordination.planStatus.${p.status}`, { defaultValue: p.status })}</Badge>
            </h3>
            <p>{t('coordination.goals')}：</p>
            <ul>
              {p.goals.map((g, i) => (
                <li key={i}>{g.text}</li>
              ))}
            </ul>
            <p>{t('coordination.roles')}：</p>
            <ul>
              {p.roles.map((r) => (
                <li key={r.organisationId}>
                  {r.organisationName}：{r.role}
                </li>
              ))}
            </ul>
            <p>
              {t('coordination.direction')}：{p.direction}
            </p>
            <p>
              {t('coordination.reviewDate')}：{p.reviewDate}
            </p>
          </article>
        ))}
        {canDraft ? (
          <>
            <h3>{t('coordination.newPlan')}</h3>
            <PlanForm key={`new-${c.version}`} organisations={orgs} coveredOrganisationIds={c.consentCoveredOrganisationIds} initial={emptyPlan} submitLabel={t('coordination.savePlan')} busy={draft.isPending} onSubmit={(plan) => draft.mutate({ caseId: c.id, expectedVersion: c.version, plan })} />
          </>
        ) : null}
        {c.status === 'plan_drafted' && current ? (
          <>
            <h3>{t('coordination.editPlan')}</h3>
            <PlanForm key={`edit-${c.version}`} organisations={orgs} coveredOrganisationIds={c.consentCoveredOrganisationIds} initial={emptyPlan} submitLabel={t('coordination.savePlan')} busy={update.isPending} onSubmit={(plan) => update.mutate({ caseId: c.id, expectedVersion: c.version, plan })} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="progress-h" className="staff-section">
        <h2 id="progress-h">{t('coordination.progressTitle')}</h2>
        <ProgressForm busy={progress.isPending} onSubmit={(body) => progress.mutate({ caseId: c.id, body })} />
        {c.notes.length === 0 ? <p>{t('coordination.noNotes')}</p> : null}
        <ul>
          {c.notes.map((n) => (
            <li key={n.id}>
              {formatDateTime(n.recordedAt)} {n.organisationName}：{n.body}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="decisions-h" className="staff-section">
        <h2 id="decisions-h">{t('coordination.decisionsTitle')}</h2>
        {c.decisions.length === 0 ? <p>{t('coordination.noDecisions')}</p> : null}
        <ul>
          {c.decisions.map((d) => (
            <li key={d.id}>
              {formatDate(d.decidedAt)} {d.label}
              {d.planVersion ? `（${t('coordination.version', { version: d.planVersion })}）` : ''}：{d.meetingKind === 'shien' ? t('coordination.decisionShienNote') : (d.note ?? '')}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="history-h" className="staff-section">
        <h2 id="history-h">{t('coordination.historyTitle')}</h2>
        <Table
          caption={t('coordination.historyTitle')}
          rows={c.events}
          rowKey={(e) => e.id}
          columns={[
            { key: 'at', header: t('coordination.at'), rowHeader: true, cell: (e) => formatDateTime(e.at) },
            { key: 'what', header: t('coordination.what'), cell: (e) => `${e.label}${e.note ? `：${e.note}` : ''}` },
            { key: 'by', header: t('coordination.by'), cell: (e) => e.organisationName },
          ]}
        />
      </section>
    </>
  );
}

function AssessmentForm({ busy, onSubmit }: { busy: boolean; onSubmit: (v: { summary: string; strengths: string }) => void }) {
  const { t } = useTranslation('staff');
  const schema = z.object({ summary: z.string().trim().min(1, t('coordination.summaryRequired')), strengths: z.string() });
  const { register, handleSubmit, formState, reset } = useForm<{ summary: string; strengths: string }>({ resolver: zodResolver(schema), defaultValues: { summary: '', strengths: '' } });
  return (
    <form noValidate className="staff-form" onSubmit={(ev) => void handleSubmit((v) => { onSubmit(v); reset(); })(ev)}>
      <TextAreaField label={t('coordination.summary')} required error={fieldError(formState.errors.summary)} {...register('summary')} />
      <TextAreaField label={t('coordination.strengths')} rows={2} {...register('strengths')} />
      <Button type="submit" busy={busy}>
        {t('coordination.saveAssessment')}
      </Button>
    </form>
  );
}

function ProgressForm({ busy, onSubmit }: { busy: boolean; onSubmit: (body: string) => void }) {
  const { t } = useTranslation('staff');
  const schema = z.object({ body: z.string().trim().min(1, t('coordination.bodyRequired')) });
  const { register, handleSubmit, formState, reset } = useForm<{ body: string }>({ resolver: zodResolver(schema), defaultValues: { body: '' } });
  return (
    <form noValidate className="staff-form" onSubmit={(ev) => void handleSubmit((v) => { onSubmit(v.body); reset(); })(ev)}>
      <TextAreaField label={t('coordination.progressBody')} required error={fieldError(formState.errors.body)} {...register('body')} />
      <Button type="submit" busy={busy}>
        {t('coordination.saveProgress')}
      </Button>
    </form>
  );
}

function ReopenForm({ busy, onSubmit }: { busy: boolean; onSubmit: (reason: string) => void }) {
  const { t } = useTranslation('staff');
  const schema = z.object({ reason: z.string().trim().min(1, t('coordination.reasonRequired')) });
  const { register, handleSubmit, formState } = useForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  return (
    <form noValidate className="staff-form" onSubmit={(ev) => void handleSubmit((v) => onSubmit(v.reason))(ev)}>
      <h3>{t('coordination.reopenTitle')}</h3>
      <TextAreaField label={t('coordination.reason')} required error={fieldError(formState.errors.reason)} {...register('reason')} />
      <Button type="submit" busy={busy}>
        {t('coordination.reopen')}
      </Button>
    </form>
  );
}
