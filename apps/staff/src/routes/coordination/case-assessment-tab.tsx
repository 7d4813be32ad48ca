import { useTranslation } from 'react-i18next';
import { AssessmentSection } from '../forms/assessment-section.js';
import type { CaseView } from './case-view.js';
import { OldEntries } from './old-entries.js';

/** The structured sheet with its genogram; notes written before the sheet existed stay readable below it. */
export function CaseAssessmentTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('staff');
  const entries = c.assessments.map((a) => ({ id: a.id, at: a.recordedAt, by: a.organisationName, text: `${a.summary}${a.strengths ? `（${t('coordination.strengths')}：${a.strengths}）` : ''}` }));
  return (
    <>
      <AssessmentSection caseId={c.id} issueIds={c.issueIds} />
      <OldEntries id="old-assessment-h" title={t('caseTabs.oldAssessments')} entries={entries} />
    </>
  );
}
