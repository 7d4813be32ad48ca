// The case page's links to its printed forms (each opens on demand as its own A4 page).
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { caseForms } from './case-forms-page.js';

export function CaseFormsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('staff');
  return (
    <section aria-labelledby="case-forms-heading">
      <h2 id="case-forms-heading">{t('forms.sectionTitle')}</h2>
      <p>{t('forms.sectionLead')}</p>
      <ul className="forms-links">
        {caseForms.map((form) => (
          <li key={form}>
            <Link to="/cases/$caseId/forms/$form" params={{ caseId, form }}>
              {t(`forms.titles.${form}`)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
