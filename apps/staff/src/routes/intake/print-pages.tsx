// Printable view: the consent form with its scope filled in (the own-record export is forms/own-record-page.tsx).
// Print CSS in intake.css hides the app's chrome.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, PageHeading } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

export function ConsentPrintPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const { consentId } = useParams({ from: '/authed/consents/$consentId/print' });
  const form = useQuery(trpc.staff.consent.get.queryOptions({ consentId }));
  const heading = (
    <PageHeading title={t('consentForm.title')} appName={t('appName')}>
      {t('consentForm.title')}
    </PageHeading>
  );
  if (form.isPending) return <>{heading}<Loading /></>;
  if (form.isError) return <>{heading}<QueryFailure error={form.error} onRetry={() => void form.refetch()} /></>;
  const { consent: c, person, municipalityName, obtainedAtWareki, expiresAtWareki, withdrawnOnWareki } = form.data;
  return (
    <article className="staff-print">
      {heading}
      <p className="staff-print__to">{municipalityName}長 様</p>
      <p>{t('consentForm.intro')}</p>
      <dl className="kasane-dl">
        <dt>{t('consentForm.person')}</dt>
        <dd>
          {person.name}（{person.kana}）
        </dd>
        <dt>{t('consentForm.birthDate')}</dt>
        <dd>{person.birthDateWareki ?? '—'}</dd>
        <dt>{t('consentForm.address')}</dt>
        <dd>{person.address}</dd>
        <dt>{t('consentForm.organisations')}</dt>
        <dd>
          <ul>
            {c.organisations.map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('consentForm.purposes')}</dt>
        <dd>
          <ul>
            {c.purposes.map((p) => (
              <li key={p.id}>{p.label}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('consentForm.period')}</dt>
        <dd>
          {obtainedAtWareki}〜{expiresAtWareki ? t('consentForm.until', { date: expiresAtWareki }) : t('consentForm.untilWithdrawn')}
        </dd>
        <dt>{t('consentForm.method')}</dt>
        <dd>{c.methodLabel}</dd>
        <dt>{t('consentForm.obtainedBy')}</dt>
        <dd>
          {c.obtainedBy}
          {c.obtainedByOrganisation ? `（${c.obtainedByOrganisation}）` : ''}
        </dd>
        <dt>{t('consentRecord.signerKind')}</dt>
        <dd>{c.signer.kind === 'self' ? c.signer.label : `${c.signer.label}：${c.signer.name ?? ''}（${t('consentRecord.signerRelation')}：${c.signer.relation ?? ''}）`}</dd>
        {withdrawnOnWareki ? (
          <>
            <dt>{t('consentRecord.withdrawnColumn')}</dt>
            <dd>
              {withdrawnOnWareki}
              {c.withdrawalMethodLabel ? `（${c.withdrawalMethodLabel}）` : ''}
              {c.withdrawalNote ? `：${c.withdrawalNote}` : ''}
            </dd>
          </>
        ) : null}
        {c.guardian?.childView ? (
          <>
            <dt>{t('consentForm.childView')}</dt>
            <dd>{c.guardian.childView}</dd>
          </>
        ) : null}
      </dl>
      <p>{t('consentForm.withdrawNote')}</p>
      <div className="staff-print__sign">
        <p>
          {t('consentForm.date')}：{obtainedAtWareki}
        </p>
        <p>{t('consentForm.signature')}：＿＿＿＿＿＿＿＿＿＿＿＿</p>
        {c.signer.kind !== 'self' ? (
          <p>
            {c.signer.label}：{c.signer.name}（{c.signer.relation}）＿＿＿＿＿＿＿＿
          </p>
        ) : null}
        {c.guardian ? (
          <p>
            {t('consentForm.guardian')}：{c.guardian.name}（{c.guardian.relationship}）＿＿＿＿＿＿＿＿
          </p>
        ) : null}
      </div>
      <div className="staff-no-print staff-row-actions">
        <Button onClick={() => window.print()}>{t('consentForm.print')}</Button>
        <Link to="/persons/$personId/consents" params={{ personId: c.personId }}>
          {t('consentForm.back')}
        </Link>
      </div>
    </article>
  );
}
