import { useTranslation } from 'react-i18next';
import { formatDateTimeJst } from '@kasane/ui';
import { AssessmentSection } from '../forms/assessment-section.js';
import type { CaseView } from './case-view.js';

/** The structured sheet with its genogram; notes written before the sheet existed stay readable below it. */
export function CaseAssessmentTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <AssessmentSection caseId={c.id} issueIds={c.issueIds} />
      {c.assessments.length ? (
        <section aria-labelledby="old-assessment-h" className="staff-section">
          <h3 id="old-assessment-h">{t('caseTabs.oldAssessments')}</h3>
          <ul>
            {c.assessments.map((a) => (
              <li key={a.id} className="forms-text">
                {formatDateTimeJst(a.recordedAt)} {a.organisationName}：{a.summary}
                {a.strengths ? `（${t('coordination.strengths')}：${a.strengths}）` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
