import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, PageHeading, SelectField, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import './casework.css';
import { formatDateTime } from '../../dates.js';

/** 支援ケース一覧 per worker or organisation, the to-dos naming the person, 支援決定待ち and the meetings coming. */
export function CaseloadPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const [scope, setScope] = useState<'mine' | 'organisation'>('mine');
  const load = useQuery(trpc.staff.caseRecord.caseload.queryOptions({ scope }));
  const heading = (
    <PageHeading title={t('casework.caseloadTitle')} appName={t('appName')}>
      {t('casework.caseloadTitle')}
    </PageHeading>
  );
  if (load.isPending) return <>{heading}<Loading /></>;
  if (load.isError) return <>{heading}<QueryFailure error={load.error} onRetry={() => void load.refetch()} /></>;
  const d = load.data;
  return (
    <>
      {heading}
      <SelectField label={t('casework.caseloadTitle')} value={scope} onChange={(e) => setScope(e.target.value === 'organisation' ? 'organisation' : 'mine')}>
        <option value="mine">{t('casework.mine')}</option>
        <option value="organisation">{t('casework.organisationScope')}</option>
      </SelectField>

      <section aria-labelledby="todos-h" className="staff-section">
        <h2 id="todos-h">{t('casework.todos')}</h2>
        {d.todos.length === 0 ? <p>{t('casework.todosEmpty')}</p> : null}
        <ul>
          {d.todos.map((todo) => (
            <li key={`${todo.caseId}-${todo.due}-${todo.text}`}>
              <Link to="/coordination/$caseId" params={{ caseId: todo.caseId }}>{todo.text}</Link> {todo.overdue ? <Badge tone="required">{t('casework.overdue')}</Badge> : null}
            </li>
          ))}
        </ul>
      </section>

      {d.workers.length === 0 ? <p>{t('casework.noCases')}</p> : null}
      {d.workers.map((w) => (
        <Table
          key={w.userId}
          caption={w.name}
          rows={w.cases}
          rowKey={(c) => `${c.caseId}-${c.role}`}
          empty={t('casework.noCases')}
          columns={[
            { key: 'name', header: t('casework.person'), rowHeader: true, cell: (c) => <Link to="/coordination/$caseId" params={{ caseId: c.caseId }}>{c.name}</Link> },
            { key: 'role', header: t('casework.role'), cell: (c) => <span className="casework-nowrap">{c.roleLabel}</span> },
            { key: 'status', header: t('casework.status'), cell: (c) => <span className="casework-nowrap">{c.statusLabel}</span> },
            { key: 'review', header: t('casework.nextReview'), cell: (c) => <span className="casework-nowrap">{c.nextReviewWareki ?? '—'}</span> },
          ]}
        />
      ))}

      {d.awaitingDecision ? (
        <section aria-labelledby="awaiting-h" className="staff-section">
          <h2 id="awaiting-h">{t('casework.awaiting')}</h2>
          {d.awaitingDecision.length === 0 ? <p>{t('casework.awaitingEmpty')}</p> : null}
          <ul>
            {d.awaitingDecision.map((c) => (
              <li key={c.caseId}>
                <Link to="/coordination/$caseId" params={{ caseId: c.caseId }}>{c.name}</Link>（{t('casework.since')}：{formatDateTime(c.since)}）
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="meetings-h" className="staff-section">
        <h2 id="meetings-h">{t('casework.meetings')}</h2>
        {d.meetings.length === 0 ? <p>{t('casework.meetingsEmpty')}</p> : null}
        <ul>
          {d.meetings.map((m) => (
            <li key={m.id}>
              <Link to="/meetings/$meetingId" params={{ meetingId: m.id }}>{m.title}</Link>（{m.type}・{formatDateTime(m.scheduledAt)}）
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
