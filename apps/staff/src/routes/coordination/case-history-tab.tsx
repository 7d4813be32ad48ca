import { useTranslation } from 'react-i18next';
import { Table } from '@kasane/ui';
import { AssignmentHistory } from '../casework/assignment-section.js';
import type { CaseView } from './case-view.js';
import { formatDate, formatDateTime } from '../../dates.js';

/** Every step of the case, its closures and the changes of 担当者. */
export function CaseHistoryTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <h2>{t('coordination.historyTitle')}</h2>
      <Table
        caption={t('coordination.historyTitle')}
        rows={c.events}
        rowKey={(e) => e.id}
        columns={[
          { key: 'at', nowrap: true, header: t('coordination.at'), rowHeader: true, cell: (e) => formatDateTime(e.at) },
          { key: 'what', header: t('coordination.what'), cell: (e) => `${e.label}${e.note ? `：${e.note}` : ''}` },
          { key: 'by', nowrap: true, header: t('coordination.by'), cell: (e) => e.organisationName },
        ]}
      />
      {c.closures.length ? (
        <>
          <h3>{t('caseDecision.closuresTitle')}</h3>
          <ul aria-label={t('caseDecision.closuresTitle')}>
            {c.closures.map((x) => (
              <li key={x.id}>
                {formatDate(x.closedOn)} {t('caseDecision.closureReason')}：{x.reasonLabel} {x.reasonText}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <AssignmentHistory caseId={c.id} />
    </>
  );
}
