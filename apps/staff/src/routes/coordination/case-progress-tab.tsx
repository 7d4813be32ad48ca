import { useTranslation } from 'react-i18next';
import { ProgressSection } from '../casework/progress-section.js';
import type { CaseView } from './case-view.js';
import { OldEntries } from './old-entries.js';

/** 支援経過記録 as structured entries; the free-text notes written before them stay listed, read only. */
export function CaseProgressTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('staff');
  const entries = c.notes.map((n) => ({ id: n.id, at: n.recordedAt, by: n.organisationName, text: n.body }));
  return (
    <>
      <ProgressSection caseId={c.id} personId={c.person?.id ?? null} />
      <OldEntries id="old-notes-h" title={t('caseTabs.oldNotes')} entries={entries} />
    </>
  );
}
