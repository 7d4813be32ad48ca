import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert, Badge, Button, PageHeading, SelectField, Table, TextAreaField, TextField } from '@kasane/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { ActionError } from './form-kit.js';
import { MeetingAttendance, MeetingGuests } from './meeting-attendance.js';
import { MeetingSubjectForm } from './meeting-subject-form.js';
import './meetings.css';
import { formatDate, formatDateTime } from '../../dates.js';

export function MeetingPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const { meetingId } = useParams({ from: '/authed/meetings/$meetingId' });
  const meeting = useQuery(trpc.staff.meeting.get.queryOptions({ meetingId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.meeting.pathKey() });
  const sign = useMutation(trpc.staff.meeting.signUndertaking.mutationOptions({ onSuccess: refresh }));
  const heading = (title: string) => (
    <PageHeading title={title} appName={t('appName')}>
      {title}
    </PageHeading>
  );
  if (meeting.isPending) return <>{heading(t('meetings.title'))}<Loading /></>;
  if (meeting.isError) return <>{heading(t('meetings.title'))}<QueryFailure error={meeting.error} onRetry={() => void meeting.refetch()} /></>;
  const m = meeting.data;
  return (
    <>
      {heading(m.title)}
      <p>
        <Badge tone={m.kind === 'shien' ? 'required' : 'info'}>{m.kindLabel}</Badge> {m.typeName} ・ {t('meetings.legalBasis')}：{m.legalBasis}
      </p>
      <dl className="staff-facts">
        <dt>{t('meetings.when')}</dt>
        <dd>{formatDateTime(m.scheduledAt)}</dd>
        <dt>{t('meetings.place')}</dt>
        <dd>{m.place ?? '—'}</dd>
        <dt>{t('meetings.joint')}</dt>
        <dd>{m.jointBody ? `${m.jointBody.label}（${m.jointBody.law}）${m.jointNote ? `：${m.jointNote}` : ''}` : t('meetings.jointNone')}</dd>
      </dl>
      {m.locked ? (
        m.locked.code === 'UNDERTAKING_MISSING' && m.isMember ? (
          <section aria-labelledby="undertaking-h" className="staff-section">
            <h2 id="undertaking-h">{t('meetings.undertakingTitle')}</h2>
            <Alert tone="warning">{t('meetings.undertakingLead')}</Alert>
            <blockquote className="staff-quote">{m.undertakingText}</blockquote>
            <ActionError error={sign.error} />
            <Button busy={sign.isPending} onClick={() => sign.mutate({ meetingId: m.id })}>
              {t('meetings.sign')}
            </Button>
          </section>
        ) : (
          <Alert tone="info">{t('meetings.locked', { reason: m.locked.message })}</Alert>
        )
      ) : (
        <MeetingContent meeting={m} onChanged={refresh} />
      )}
      <p className="staff-row-actions">
        {m.locked ? null : (
          <Link to="/meetings/$meetingId/print" params={{ meetingId: m.id }}>
            {t('meetingRecord.print')}
          </Link>
        )}
        <Link to="/meetings">{t('meetings.back')}</Link>
      </p>
    </>
  );
}

type MeetingView = inferRouterOutputs<AppRouter>['staff']['meeting']['get'];
type AgendaPerson = MeetingView['agenda'][number]['persons'][number];

/** C4: a person without covering consent is discussed unnamed; one whose basis has lapsed shows why. */
function personLabel(p: AgendaPerson, t: TFunction<'staff'>): string {
  if (p.name !== null) return p.name;
  return p.anonymised ? t('meetings.anonymisedPerson') : t('meetings.hiddenPerson', { reason: p.refused ?? '' });
}

function MeetingContent({ meeting: m, onChanged }: { meeting: MeetingView; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const options = useQuery(trpc.staff.meeting.options.queryOptions());
  // the case list belongs to 多機関協働: a role whose menu lacks it (a meeting member) is not sent to ask
  const session = useQuery(trpc.auth.session.queryOptions());
  const cases = useQuery(trpc.staff.coordination.find.queryOptions(undefined, { enabled: session.data?.staffAreas.includes('coordination') ?? false }));
  const addMember = useMutation(trpc.staff.meeting.addMember.mutationOptions({ onSuccess: onChanged }));
  const [tabled, setTabled] = useState<number | null>(null);
  const addAgenda = useMutation(
    trpc.staff.meeting.addAgendaItem.mutationOptions({
      onSuccess: (r) => {
        setTabled(r.anonymisedCount);
        return onChanged();
      },
    }),
  );
  const minutesMutation = useMutation(trpc.staff.meeting.recordMinutes.mutationOptions({ onSuccess: onChanged }));
  const decide = useMutation(trpc.staff.meeting.decide.mutationOptions({ onSuccess: onChanged }));
  const [userId, setUserId] = useState('');
  const [caseId, setCaseId] = useState('');
  const [notes, setNotes] = useState('');
  const [minutes, setMinutes] = useState(m.minutes ?? '');
  return (
    <>
      <section aria-labelledby="members-h" className="staff-section">
        <h2 id="members-h">{t('meetings.members')}</h2>
        <Table
          caption={t('meetings.members')}
          rows={m.members}
          rowKey={(x) => x.userId}
          columns={[
            { key: 'name', header: t('meetings.member'), rowHeader: true, cell: (x) => x.name },
            { key: 'org', header: t('meetings.memberOrg'), cell: (x) => x.organisationName },
            ...(m.kind === 'shien' ? [{ key: 'signed', header: t('meetings.signedAt'), cell: (x: MeetingView['members'][number]) => (x.undertakingSignedAt ? formatDateTime(x.undertakingSignedAt) : t('meetings.notSigned')) }] : []),
            { key: 'attendance', header: t('meetingRecord.attendance'), cell: (x) => x.attendanceLabel ?? t('meetingRecord.unrecorded') },
          ]}
        />
        <ActionError error={addMember.error} />
        {m.mayOrganise ? (
        <form
          className="staff-form staff-inline"
          onSubmit={(ev) => {
            ev.preventDefault();
            if (userId) addMember.mutate({ meetingId: m.id, userId });
          }}
        >
          <SelectField label={t('meetings.user')} value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">{t('coordination.choose')}</option>
            {(options.data?.users ?? [])
              .filter((u) => !m.members.some((x) => x.userId === u.id))
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName}（{u.organisationName}・{u.roleLabel}）
                </option>
              ))}
          </SelectField>
          <Button type="submit" variant="secondary" busy={addMember.isPending}>
            {t('meetings.addMember')}
          </Button>
        </form>
        ) : null}
      </section>
      <MeetingGuests meeting={m} onChanged={onChanged} />
      {m.mayOrganise ? <MeetingAttendance key={m.version + m.guests.length} meeting={m} onChanged={onChanged} /> : null}

      <section aria-labelledby="agenda-h" className="staff-section">
        <h2 id="agenda-h">{t('meetings.agenda')}</h2>
        {m.agenda.length === 0 ? <p>{t('meetings.noAgenda')}</p> : null}
        {m.agenda.map((item) => (
          <article key={item.id} className="staff-card" aria-label={[item.subject.label, ...item.persons.map((p) => p.name)].filter(Boolean).join('、') || t('meetings.case')}>
            <h3>
              {[item.subject.label, ...item.persons.map((p) => personLabel(p, t))].filter(Boolean).join('、')}
              {' '}
              {item.subjectKind !== 'case' ? <Badge tone="neutral">{t(`meetingRecord.subjectLabel.${item.subjectKind}`, { defaultValue: item.subjectKind })}</Badge> : null}{' '}
              <Badge tone="neutral">{t(`meetings.basis.${item.basis}`, { defaultValue: item.basis })}</Badge>
            </h3>
            {item.notes ? (
              <p>
                {t('meetings.notes')}：{item.notes}
              </p>
            ) : null}
            {item.persons.some((p) => p.anonymised) ? <p className="kasane-muted">{t('meetings.anonymisedLead')}</p> : null}
            {item.planWithheld ? <Alert tone="info">{t('meetings.planWithheld')}</Alert> : null}
            {item.plan ? (
              <div>
                <p>
                  {t('meetings.plan')}：{t('meetingRecord.planFrozen', { version: String(item.plan.version) })}
                </p>
                {item.currentPlanVersion !== null && item.currentPlanVersion !== item.plan.version ? <p className="kasane-muted">{t('meetingRecord.planNewer', { version: String(item.currentPlanVersion) })}</p> : null}
                <ul>
                  {item.plan.goals.map((g, i) => (
                    <li key={i}>{g.text}</li>
                  ))}
                </ul>
                <ul>
                  {item.plan.roles.map((r, i) => (
                    <li key={i}>
                      {r.organisationName}：{r.role}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {m.decisions
              .filter((d) => d.agendaItemId === item.id)
              .map((d) => (
                <p key={d.id}>
                  <Badge tone="info">{d.label}</Badge> {d.note ?? ''}
                  <br />
                  <span className="kasane-muted">
                    {t('meetingRecord.decidedAt')}：{formatDate(d.decidedAt)} {t('meetingRecord.recordedAt')}：{formatDateTime(d.recordedAt)}
                  </span>
                </p>
              ))}
            {m.mayOrganise && decidable(item) && m.decisionsAllowed.some((d) => d.decision === 'role_assignment') ? (
              <RoleAssignmentForm
                organisations={options.data?.organisations ?? []}
                busy={decide.isPending}
                onSubmit={(organisationId, role) => decide.mutate({ meetingId: m.id, agendaItemId: item.id, decision: 'role_assignment', ...caseVersionOf(item), roles: [{ organisationId, role }] })}
              />
            ) : null}
            {m.mayOrganise && decidable(item) && m.decisionsAllowed.length > 0 ? (
              <DecisionForm
                allowed={item.caseId ? m.decisionsAllowed : m.decisionsAllowed.filter((d) => !caseOnlyDecisions.has(d.decision))}
                busy={decide.isPending}
                onSubmit={(decision, note) => decide.mutate({ meetingId: m.id, agendaItemId: item.id, decision, ...caseVersionOf(item), ...(note.trim() ? { note } : {}) })}
              />
            ) : null}
          </article>
        ))}
        <ActionError error={decide.error} />
        {m.mayOrganise && m.decisionsAllowed.filter((d) => d.decision !== 'role_assignment').length === 0 ? <p className="kasane-muted">{t('meetings.noDecisionsAllowed')}</p> : null}
        <ActionError error={addAgenda.error} />
        {tabled !== null && tabled > 0 && !addAgenda.error ? <Alert tone="info">{t('meetings.tabledAnonymised', { count: String(tabled) })}</Alert> : null}
        {m.kind === 'shien' ? <MeetingSubjectForm meetingId={m.id} onChanged={onChanged} /> : null}
        {cases.data ? (
        <form
          className="staff-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            if (caseId) addAgenda.mutate({ meetingId: m.id, caseId, ...(notes.trim() ? { notes } : {}) });
            setNotes('');
          }}
        >
          <h3>{t('meetings.addAgenda')}</h3>
          <SelectField label={t('meetings.case')} value={caseId} onChange={(e) => setCaseId(e.target.value)}>
            <option value="">{t('coordination.choose')}</option>
            {(cases.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}（{c.statusLabel}）
              </option>
            ))}
          </SelectField>
          <TextAreaField label={t('meetings.notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
          <Button type="submit" variant="secondary" busy={addAgenda.isPending}>
            {t('meetings.addAgenda')}
          </Button>
        </form>
        ) : null}
      </section>

      <section aria-labelledby="minutes-h" className="staff-section">
        <h2 id="minutes-h">{t('meetings.minutes')}</h2>
        <ActionError
          error={minutesMutation.error}
          onReload={() => {
            minutesMutation.reset();
            void onChanged();
          }}
        />
        <form
          className="staff-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            minutesMutation.mutate({ meetingId: m.id, expectedVersion: m.version, minutes });
          }}
        >
          <TextAreaField label={t('meetings.minutes')} hint={m.kind === 'shien' ? t('meetings.minutesHint') : undefined} rows={6} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          <Button type="submit" busy={minutesMutation.isPending}>
            {t('meetings.saveMinutes')}
          </Button>
        </form>
      </section>
    </>
  );
}

type AgendaView = MeetingView['agenda'][number];
/** A case's item needs the case's version; a 支援会議's item on someone who is not a case takes a decision without one (ADR 0034). */
const decidable = (item: AgendaView): boolean => (item.caseId ? item.caseVersion !== null : item.subjectKind !== 'case');
const caseVersionOf = (item: AgendaView): { expectedCaseVersion?: number } => (item.caseId ? { expectedCaseVersion: item.caseVersion ?? 0 } : {});
const caseOnlyDecisions: ReadonlySet<string> = new Set(['plan_approval', 'closure_evaluation']);

function DecisionForm({ allowed, busy, onSubmit }: { allowed: MeetingView['decisionsAllowed']; busy: boolean; onSubmit: (decision: MeetingView['decisionsAllowed'][number]['decision'], note: string) => void }) {
  const { t } = useTranslation('staff');
  const choices = allowed.filter((d) => d.decision !== 'role_assignment');
  const [decision, setDecision] = useState(choices[0]?.decision ?? '');
  const [note, setNote] = useState('');
  if (choices.length === 0) return null;
  return (
    <form
      className="staff-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        const chosen = choices.find((c) => c.decision === decision);
        if (chosen) onSubmit(chosen.decision, note);
        setNote('');
      }}
    >
      <SelectField label={t('meetings.decision')} value={decision} onChange={(e) => setDecision(e.target.value)}>
        {choices.map((d) => (
          <option key={d.decision} value={d.decision}>
            {d.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t('meetings.decisionNote')} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" busy={busy}>
        {t('meetings.decide')}
      </Button>
    </form>
  );
}

function RoleAssignmentForm({ organisations, busy, onSubmit }: { organisations: { id: string; name: string }[]; busy: boolean; onSubmit: (organisationId: string, role: string) => void }) {
  const { t } = useTranslation('staff');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<{ organisationId?: string; role?: string }>({});
  return (
    <form
      noValidate
      className="staff-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        const next = { ...(organisationId ? {} : { organisationId: t('coordination.orgRequired') }), ...(role.trim() ? {} : { role: t('coordination.roleRequired') }) };
        setError(next);
        if (next.organisationId || next.role) return;
        onSubmit(organisationId, role.trim());
        setRole('');
      }}
    >
      <h4>{t('meetings.roleAssignment')}</h4>
      <SelectField label={t('coordination.organisation')} required error={error.organisationId} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
        <option value="">{t('coordination.choose')}</option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t('coordination.roleText')} required error={error.role} value={role} onChange={(e) => setRole(e.target.value)} />
      <Button type="submit" variant="secondary" busy={busy}>
        {t('meetings.assignRole')}
      </Button>
    </form>
  );
}
