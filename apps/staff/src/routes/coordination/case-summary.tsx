// The case opens on what a worker needs first: who, which household, on what basis, who carries it, where it
// stands and what comes next (issue #10 "screens a worker can live in").
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { AppDialog } from '../app-dialog.js';
import { AssignmentForm } from '../casework/assignment-section.js';
import { useMaySupport } from '../casework/may-support.js';
import type { CaseView } from './case-view.js';
import { formatDate, formatDateTime, todayInJapan } from '../../dates.js';
import { CaseLinks } from '../casework/case-links.js';



export function CaseSummary({ c }: { c: CaseView }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const maySupport = useMaySupport();
  const [assigning, setAssigning] = useState(false);
  const assignments = useQuery(trpc.staff.caseRecord.assignments.queryOptions({ caseId: c.id }));
  const entries = useQuery(trpc.staff.caseRecord.timeline.queryOptions({ caseId: c.id, kinds: ['progress'] }));
  const today = todayInJapan();
  const nextContact = (entries.data?.items ?? [])
    .flatMap((i) => (i.versions?.[0]?.nextDate && i.versions[0].nextDate >= today ? [i.versions[0]] : []))
    .sort((a, b) => (a.nextDate ?? '').localeCompare(b.nextDate ?? ''))[0];
  const review = c.plans[0]?.reviewDate;
  const closure = c.status === 'closed' ? c.closures.at(-1) : undefined;
  const none = t('caseSummary.none');
  return (
    <section aria-labelledby="case-summary-h" className="case-summary">
      <h2 id="case-summary-h" className="case-summary__title">
        {t('caseSummary.title')}
      </h2>
      <dl className="staff-facts">
        <dt>{t('caseSummary.person')}</dt>
        <dd>{c.person ? <Link to="/persons/$personId/timeline" params={{ personId: c.person.id }}>{`${c.person.name}（${c.person.kana}）`}</Link> : none}</dd>
        <dt>{t('caseSummary.household')}</dt>
        <dd>
          <Link to="/households/$householdId" params={{ householdId: c.householdId }}>
            {c.address}
          </Link>
        </dd>
        <dt>{t('coordination.basis')}</dt>
        <dd>{c.basis.label}</dd>
        <dt>{t('casework.main')}</dt>
        <dd>{assignments.data?.main?.name ?? none}</dd>
        <dt>{t('casework.sub')}</dt>
        <dd>{assignments.data?.sub?.name ?? none}</dd>
        <dt>{t('caseSummary.stage')}</dt>
        <dd>
          <Badge tone="info">{c.statusLabel}</Badge>
          {c.supportDecidedAt ? ` ${t('caseSummary.decidedOn', { date: formatDate(c.supportDecidedAt) })}` : ''}
        </dd>
        <dt>{t('caseSummary.nextReview')}</dt>
        <dd>{review ? formatDate(review) : none}</dd>
        <dt>{t('caseSummary.nextMeeting')}</dt>
        <dd>
          {c.nextMeeting ? (
            <Link to="/meetings/$meetingId" params={{ meetingId: c.nextMeeting.id }}>{`${formatDateTime(c.nextMeeting.scheduledAt)} ${c.nextMeeting.title}`}</Link>
          ) : (
            none
          )}
        </dd>
        <dt>{t('caseSummary.nextContact')}</dt>
        <dd>{nextContact?.nextDate ? `${formatDate(nextContact.nextDate)} ${nextContact.nextStep ?? ''}`.trim() : none}</dd>
        {closure ? (
          <>
            <dt>{t('caseDecision.closureReason')}</dt>
            <dd>{`${formatDate(closure.closedOn)} ${closure.reasonLabel} ${closure.reasonText}`}</dd>
          </>
        ) : null}
      </dl>
      {maySupport ? (
        <Button variant="secondary" size="small" onClick={() => setAssigning(true)}>
          {t('caseSummary.assign')}
        </Button>
      ) : null}
      <CaseLinks caseId={c.id} personId={c.person?.id ?? null} householdId={c.householdId} />
      <AppDialog open={assigning} title={t('casework.assignTitle')} onClose={() => setAssigning(false)}>
        <AssignmentForm caseId={c.id} candidates={assignments.data?.candidates ?? []} onDone={() => setAssigning(false)} />
      </AppDialog>
    </section>
  );
}
