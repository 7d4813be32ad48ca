// One A4 layout for every printed form (FORMS.md 「Printing habits」): 取扱注意, the municipality, the title,
// the record's lawful basis and the 和暦 print date on top; the app's chrome hidden by the print CSS.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, PageHeading } from '@kasane/ui';
import './forms.css';

export interface PrintHeader {
  municipalityName: string;
  organisationName?: string;
  printedAtWareki: string;
  basisText: string;
}

export function PrintSheet({ title, header, actions, children }: { title: string; header: PrintHeader; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('staff');
  return (
    <article className="staff-print forms-sheet">
      <p className="forms-sheet__handling">{t('forms.handling')}</p>
      <p className="forms-sheet__from">
        {header.municipalityName}
        {header.organisationName ? ` ${header.organisationName}` : ''}
      </p>
      <PageHeading title={title} appName={t('appName')}>
        {title}
      </PageHeading>
      <p className="forms-sheet__meta">
        <span>{t('forms.basis', { basis: header.basisText })}</span>
        <span>{t('forms.printedAt', { date: header.printedAtWareki })}</span>
      </p>
      {children}
      <div className="staff-no-print staff-row-actions">
        <Button onClick={() => window.print()}>{t('forms.print')}</Button>
        {actions}
      </div>
    </article>
  );
}

/** A labelled row of a form; an empty value prints 「未記入」 so a blank is never mistaken for a lost line. */
export function FormRow({ label, value, strong }: { label: string; value: ReactNode; strong?: boolean }) {
  const { t } = useTranslation('staff');
  const empty = value === '' || value === null || value === undefined;
  return (
    <>
      <dt className={strong ? 'forms-reported' : undefined}>{label}</dt>
      <dd className={strong ? 'forms-reported forms-text' : 'forms-text'}>{empty ? t('forms.assessment.notRecorded') : value}</dd>
    </>
  );
}
