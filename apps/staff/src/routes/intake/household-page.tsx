// 世帯まるごと: members (each on their own basis, C12), consultations, cases, the fields and
// organisations involved, a timeline, and the 生活保護 link (C10).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert, Badge, Button, PageHeading, Table, TextAreaField } from '@kasane/ui';
import { can } from '@kasane/domain';
import { useTrpc } from '../../api.js';
import { ActionError, fieldError, zodResolver } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { EmergencyAccess, useMayOpenEmergency } from './emergency-access.js';
import { PublicAssistanceHistory } from './public-assistance-history.js';
import { HouseholdMembersPanel } from '../casework/household-members-panel.js';
import './intake.css';
import { formatDate } from '../../dates.js';

const PAGE = 50;

export function HouseholdPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const { householdId } = useParams({ from: '/authed/households/$householdId' });
  // a household can gather hundreds of consultations: the newest first, more on request (issue #13)
  const [consultationLimit, setConsultationLimit] = useState(PAGE);
  const household = useQuery({ ...trpc.staff.household.get.queryOptions({ householdId, consultationLimit }), placeholderData: (previous) => previous });
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.staff.household.pathKey() });
  const mayOpenEmergency = useMayOpenEmergency();
  // C10: the API decides (mayChangePublicAssistance); the button is offered only where it can succeed at all
  const session = useQuery(trpc.auth.session.queryOptions());
  const home = useQuery(trpc.staff.home.get.queryOptions());
  const mayMatch = can(session.data?.actor?.role ?? '', 'participation.match');
  const mayChangePa = session.data?.actor?.role === 'coordinator' || home.data?.organisation.isPublicAssistanceOffice === true;
  const setPa = useMutation(trpc.staff.household.setPublicAssistance.mutationOptions({ onSuccess: invalidate }));
  const refer = useMutation(trpc.staff.household.referToProtection.mutationOptions({ onSuccess: invalidate }));
  const schema = z.object({ reason: z.string().trim().min(1, t('household.reasonRequired')), urgent: z.boolean() });
  const { register, handleSubmit, formState, reset } = useForm<{ reason: string; urgent: boolean }>({ resolver: zodResolver(schema), defaultValues: { reason: '', urgent: false } });

  const heading = (
    <PageHeading title={t('household.title')} appName={t('appName')}>
      {t('household.title')}
    </PageHeading>
  );
  if (household.isPending) return <>{heading}<Loading /></>;
  if (household.isError) return <>{heading}<QueryFailure error={household.error} onRetry={() => void household.refetch()} /></>;
  const h = household.data;
  type Member = (typeof h.members)[number];
  type Consultation = (typeof h.consultations)[number];
  type Case = (typeof h.cases)[number];
  const nameOf = (personId: string) => {
    const m = h.members.find((x) => x.id === personId);
    return m?.visible ? `${m.familyName} ${m.givenName}` : '—';
  };

  return (
    <>
      {heading}
      <p>{t('household.lead')}</p>
      {h.address ? <p className="staff-lede">{h.address}</p> : null}
      {h.urgentProtection ? <Alert tone="warning" live={false} title={t('household.urgent')} /> : null}

      <section aria-labelledby="hh-members">
        <h2 id="hh-members">{t('household.members')}</h2>
        <Table<Member>
          caption={t('household.members')}
          rows={h.members}
          rowKey={(m) => m.id}
          columns={[
            { key: 'name', header: t('household.member'), rowHeader: true, cell: (m) => (m.visible ? `${m.familyName} ${m.givenName}` : t('household.hiddenMember')) },
            { key: 'kana', header: t('household.kana'), cell: (m) => (m.visible ? `${m.familyNameKana} ${m.givenNameKana}` : m.reason) },
            { key: 'birth', header: t('household.birthDate'), cell: (m) => (m.visible ? formatDate(m.birthDate) : '—') },
            { key: 'rel', header: t('household.relationship'), cell: (m) => (m.visible ? (m.relationship ?? '—') : '—') },
            { key: 'basis', header: t('household.basis'), cell: (m) => (m.visible ? m.basis.label : '—') },
            {
              key: 'links',
              header: t('household.memberLinks'),
              cell: (m) =>
                m.visible ? (
                  <ul className="staff-links">
                    {h.cases.flatMap((c) =>
                      c.visible && c.personId === m.id
                        ? [
                            <li key={c.id}>
                              <Link to="/coordination/$caseId" params={{ caseId: c.id }}>
                                {t('household.caseLink', { status: c.statusLabel })}
                                <span className="kasane-visually-hidden">（{m.familyName} {m.givenName}）</span>
                              </Link>
                            </li>,
                          ]
                        : [],
                    )}
                    {mayMatch ? (
                      <li>
                        <Link to="/persons/$personId/participation" params={{ personId: m.id }}>
                          {t('household.participationLink')}
                          <span className="kasane-visually-hidden">（{m.familyName} {m.givenName}）</span>
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                ) : (
                  '—'
                ),
            },
            {
              key: 'consents',
              header: t('household.consents'),
              cell: (m) =>
                m.visible ? (
                  <Link to="/persons/$personId/consents" params={{ personId: m.id }}>
                    {t('household.consentCount', { active: m.consents.active, total: m.consents.total })}
                    <span className="kasane-visually-hidden">（{m.familyName} {m.givenName}）</span>
                  </Link>
                ) : (
                  '—'
                ),
            },
          ]}
        />
        {mayOpenEmergency
          ? h.members
              .filter((m) => !m.visible)
              .map((m, i) => (
                <div key={m.id} className="staff-emergency-row">
                  <EmergencyAccess personId={m.id} label={`${t('household.hiddenMember')} ${i + 1}`} />
                </div>
              ))
          : null}
      </section>

      <HouseholdMembersPanel householdId={h.id} members={h.members.flatMap((m) => (m.visible ? [{ id: m.id, name: `${m.familyName} ${m.givenName}`.trim() }] : []))} />

      <section className="kasane-card" aria-labelledby="hh-overview">
        <h2 id="hh-overview">{t('household.overview')}</h2>
        <dl className="kasane-dl">
          <dt>{t('household.fields')}</dt>
          <dd>
            {h.overview.fields.length ? h.overview.fields.map((f) => f.label).join('・') : t('household.none')} {h.overview.complex ? <Badge tone="required">{t('household.complex')}</Badge> : null}
          </dd>
          <dt>{t('household.issues')}</dt>
          <dd>{h.overview.issues.length ? h.overview.issues.map((i) => i.label).join('、') : t('household.none')}</dd>
          <dt>{t('household.organisations')}</dt>
          <dd>{h.overview.organisations.length ? h.overview.organisations.map((o) => o.name).join('、') : t('household.none')}</dd>
        </dl>
      </section>

      <section aria-labelledby="hh-consultations">
        <h2 id="hh-consultations">{t('household.consultations')}</h2>
        <Table<Consultation>
          caption={t('household.consultations')}
          rows={h.consultations}
          rowKey={(c) => c.id}
          empty={t('household.none')}
          columns={[
            { key: 'at', header: t('household.receivedAt'), rowHeader: true, cell: (c) => formatDate(c.receivedAt) },
            { key: 'org', header: t('household.organisation'), cell: (c) => c.organisation },
            { key: 'channel', header: t('household.channel'), cell: (c) => (c.visible ? c.channel : '—') },
            { key: 'issues', header: t('household.issues'), cell: (c) => (c.visible ? c.issues.map((i) => i.label).join('、') : '—') },
            { key: 'summary', header: t('household.summary'), cell: (c) => (c.visible ? c.summary : t('household.hiddenConsultation')) },
          ]}
        />
        {h.consultationTotal > h.consultations.length ? (
          <p>
            {t('household.consultationsShown', { shown: h.consultations.length, total: h.consultationTotal })}{' '}
            <Button variant="secondary" size="small" busy={household.isFetching} onClick={() => setConsultationLimit((n) => n + PAGE)}>
              {t('household.moreConsultations', { count: Math.min(PAGE, h.consultationTotal - h.consultations.length) })}
            </Button>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="hh-cases">
        <h2 id="hh-cases">{t('household.cases')}</h2>
        <Table<Case>
          caption={t('household.cases')}
          rows={h.cases}
          rowKey={(c) => c.id}
          empty={t('household.none')}
          columns={[
            {
              key: 'status',
              header: t('household.status'),
              rowHeader: true,
              cell: (c) =>
                c.visible ? (
                  <Link to="/coordination/$caseId" params={{ caseId: c.id }}>
                    {c.statusLabel}
                  </Link>
                ) : (
                  t('household.hiddenCase')
                ),
            },
            { key: 'person', header: t('household.casePerson'), cell: (c) => (c.visible ? nameOf(c.personId) : '—') },
            { key: 'owner', header: t('household.owner'), cell: (c) => (c.visible ? c.owner : '—') },
            { key: 'orgs', header: t('household.organisations'), cell: (c) => (c.visible ? c.organisations.map((o) => o.name).join('、') : '—') },
            { key: 'opened', header: t('household.openedAt'), cell: (c) => (c.visible ? formatDate(c.openedAt) : '—') },
          ]}
        />
      </section>

      <section aria-labelledby="hh-timeline">
        <h2 id="hh-timeline">{t('household.timeline')}</h2>
        <ol className="staff-timeline">
          {h.timeline.map((e, i) => (
            <li key={`${e.kind}-${i}`}>
              <time dateTime={new Date(e.at).toISOString()}>{formatDate(e.at)}</time> {e.label}
              {e.organisation ? `（${e.organisation}）` : ''}
            </li>
          ))}
        </ol>
      </section>

      <section className="kasane-card" aria-labelledby="hh-pa">
        <h2 id="hh-pa">{t('household.publicAssistanceTitle')}</h2>
        <p>{h.onPublicAssistance ? t('household.onPublicAssistance', { office: h.publicAssistanceOffice ?? '' }) : t('household.notOnPublicAssistance')}</p>
        <ActionError error={setPa.error ?? refer.error} />
        {mayChangePa ? (
          <Button variant="secondary" busy={setPa.isPending} onClick={() => setPa.mutate({ householdId, onPublicAssistance: !h.onPublicAssistance })}>
            {h.onPublicAssistance ? t('household.unmarkPublicAssistance') : t('household.markPublicAssistance')}
          </Button>
        ) : null}
        <p>{t('publicAssistanceHistory.onlyOffice')}</p>
        <PublicAssistanceHistory householdId={householdId} />
        <h3>{t('household.referTitle')}</h3>
        {refer.isSuccess ? <Alert tone="success">{t('household.referred')}</Alert> : null}
        <form
          noValidate
          className="staff-form"
          onSubmit={(ev) =>
            void handleSubmit((values) => {
              refer.mutate({ householdId, urgent: values.urgent, reason: values.reason }, { onSuccess: () => reset() });
            })(ev)
          }
        >
          <TextAreaField label={t('household.referReason')} required rows={3} error={fieldError(formState.errors.reason)} {...register('reason')} />
          <label className="staff-check">
            <input type="checkbox" {...register('urgent')} /> {t('household.referUrgent')}
          </label>
          <Button type="submit" busy={refer.isPending}>
            {t('household.refer')}
          </Button>
        </form>
      </section>
    </>
  );
}
