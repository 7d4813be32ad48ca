import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CaseView } from './case-view.js';
import { formatDate, formatDateTime } from '../../dates.js';

/** The next meeting on the case and what meetings decided (a 支援会議's content only to its members). */
export function CaseMeetingsTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <h2>{t('caseTabs.meetings')}</h2>
      <p>
        {t('caseSummary.nextMeeting')}：
        {c.nextMeeting ? <Link to="/meetings/$meetingId" params={{ meetingId: c.nextMeeting.id }}>{`${formatDateTime(c.nextMeeting.scheduledAt)} ${c.nextMeeting.title}`}</Link> : t('caseSummary.none')}
      </p>
      <h3>{t('coordination.decisionsTitle')}</h3>
      {c.decisions.length === 0 ? <p>{t('coordination.noDecisions')}</p> : null}
      <ul>
        {c.decisions.map((d) => (
          <li key={d.id}>
            {formatDate(d.decidedAt)} {d.label}
            {d.planVersion ? `（${t('coordination.version', { version: d.planVersion })}）` : ''}：{d.meetingKind === 'shien' ? t('coordination.decisionShienNote') : (d.note ?? '')}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/meetings">{t('caseTabs.allMeetings')}</Link>
      </p>
    </>
  );
}
