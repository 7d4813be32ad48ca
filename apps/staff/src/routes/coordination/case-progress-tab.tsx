import { useTranslation } from 'react-i18next';
import { formatDateTimeJst } from '@kasane/ui';
import { ProgressSection } from '../casework/progress-section.js';
import type { CaseView } from './case-view.js';

/** 支援経過記録 as structured entries; the free-text notes written before them stay listed, read only. */
export function CaseProgressTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <ProgressSection caseId={c.id} personId={c.person?.id ?? null} />
      {c.notes.length ? (
        <section aria-labelledby="old-notes-h" className="staff-section">
          <h3 id="old-notes-h">{t('caseTabs.oldNotes')}</h3>
          <ul>
            {c.notes.map((n) => (
              <li key={n.id} className="forms-text">
                {formatDateTimeJst(n.recordedAt)} {n.organisationName}：{n.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
