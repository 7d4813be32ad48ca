// 会議次第・会議記録 on A4 (FORMS.md: 会議次第・資料・記録): 和暦 dates, the municipality, the meeting's legal basis,
// attendance, agenda, decisions dated at the meeting, minutes. The same data the member may see on screen.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import './meetings.css';
import { formatDate, formatDateTime } from '../../dates.js';


export function MeetingPrintPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const { meetingId } = useParams({ from: '/authed/meetings/$meetingId/print' });
  const meeting = useQuery(trpc.staff.meeting.get.queryOptions({ meetingId }));
  const heading = (
    <PageHeading title={t('meetingRecord.printTitle')} appName={t('appName')}>
      {t('meetingRecord.printTitle')}
    </PageHeading>
  );
  if (meeting.isPending) return <>{heading}<Loading /></>;
  if (meeting.isError) return <>{heading}<QueryFailure error={meeting.error} onRetry={() => void meeting.refetch()} /></>;
  const m = meeting.data;
  if (m.locked) return <>{heading}<Alert tone="info">{t('meetings.locked', { reason: m.locked.message })}</Alert></>;
  const people = [
    ...m.members.map((x) => ({ key: x.userId, name: x.name, organisation: x.organisationName, role: '', attendance: x.attendanceLabel })),
    ...m.guests.map((g) => ({ key: g.id, name: g.name, organisation: g.organisationName, role: g.roleNote ?? '', attendance: g.attendanceLabel })),
  ];
  return (
    <article className="meeting-print">
      {heading}
      <p>{m.kind === 'shien' ? t('meetingRecord.printShienConfidential') : t('meetingRecord.printConfidential')}</p>
      <dl className="kasane-dl">
        <dt>{t('meetings.title')}</dt>
        <dd>
          {m.municipalityName} {m.title}（{m.kindLabel}・{m.legalBasis}）
        </dd>
        <dt>{t('meetings.when')}</dt>
        <dd>
          {formatDateTime(m.scheduledAt)}
        </dd>
        <dt>{t('meetings.place')}</dt>
        <dd>{m.place ?? '—'}</dd>
        {m.jointBody ? (
          <>
            <dt>{t('meetings.joint')}</dt>
            <dd>
              {m.jointBody.label}（{m.jointBody.law}）{m.jointNote ? `：${m.jointNote}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <section>
        <h2>{t('meetingRecord.printAttendance')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('meetingRecord.guestName')}</th>
              <th scope="col">{t('meetingRecord.guestOrganisation')}</th>
              <th scope="col">{t('meetingRecord.guestRole')}</th>
              <th scope="col">{t('meetingRecord.attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.key}>
                <th scope="row">{p.name}</th>
                <td>{p.organisation}</td>
                <td>{p.role}</td>
                <td>{p.attendance ?? t('meetingRecord.unrecorded')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2>{t('meetingRecord.printAgenda')}</h2>
        {m.agenda.length === 0 ? <p>{t('meetings.noAgenda')}</p> : null}
        <ol>
          {m.agenda.map((item) => (
            <li key={item.id}>
              {[item.subject.label, ...item.persons.map((p) => p.name ?? (p.anonymised ? t('meetings.anonymisedPerson') : ''))].filter(Boolean).join('、')}
              {item.notes ? `：${item.notes}` : ''}
              {item.plan ? `（${t('meetingRecord.planFrozen', { version: String(item.plan.version) })}）` : ''}
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>{t('meetingRecord.printDecisions')}</h2>
        {m.decisions.length === 0 ? <p>{t('meetingRecord.printNone')}</p> : null}
        <ul>
          {m.decisions.map((d) => (
            <li key={d.id}>
              {formatDate(d.decidedAt)} {d.label}
              {d.planVersion ? `（第${d.planVersion}版）` : ''}
              {d.note ? `：${d.note}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('meetingRecord.printMinutes')}</h2>
        <p className="meeting-print__minutes">{m.minutes ?? t('meetingRecord.printNone')}</p>
      </section>
      <div className="staff-no-print staff-row-actions">
        <Button onClick={() => window.print()}>{t('consentForm.print')}</Button>
        <Link to="/meetings/$meetingId" params={{ meetingId: m.id }}>
          {t('meetingRecord.printBack')}
        </Link>
      </div>
    </article>
  );
}
