// 交付金 (issue #11 item 2): the year's lines, every share from the domain calculator, the printable sheet,
// another year's table side by side, submit (locks) and a new version (history kept).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, SelectField, Table, TextField, formatFiscalYear } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { FiscalYearSelect, PrintButton, formText, useFiscalYear, wholeNumber, yen } from './kit.js';
import { formatDateTime } from '../../dates.js';

type Sheet = { lines: readonly { partId: string; base: number; national: number; nationalAdjustment?: number; prefecture: number; premium?: number; municipality: number }[]; totals: { base: number; national: number; prefecture: number; premium: number; municipality: number } };

function SheetTable({ sheet, caption, labelOf }: { sheet: Sheet; caption: string; labelOf: (id: string) => string }) {
  const { t } = useTranslation('staff');
  const rows = [...sheet.lines.map((l) => ({ key: l.partId, label: labelOf(l.partId), base: l.base, national: l.national + (l.nationalAdjustment ?? 0), prefecture: l.prefecture, premium: l.premium ?? 0, municipality: l.municipality })), { key: 'total', label: t('grant.totals'), ...sheet.totals }];
  return (
    <Table
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { key: 'part', header: t('grant.part'), rowHeader: true, cell: (r) => r.label },
        { key: 'base', header: t('grant.base'), cell: (r) => yen(r.base) },
        { key: 'national', header: t('grant.national'), cell: (r) => yen(r.national) },
        { key: 'prefecture', header: t('grant.prefecture'), cell: (r) => yen(r.prefecture) },
        { key: 'premium', header: t('grant.premium'), cell: (r) => yen(r.premium) },
        { key: 'municipality', header: t('grant.municipality'), cell: (r) => yen(r.municipality) },
      ]}
    />
  );
}

export function GrantPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [fiscalYear, setFiscalYear] = useFiscalYear();
  const [compareWith, setCompareWith] = useState<number | null>(null);
  const grant = useQuery(trpc.staff.grant.get.queryOptions({ fiscalYear, compareWith }));
  const done = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.grant.pathKey() }) };
  const save = useMutation(trpc.staff.grant.saveLine.mutationOptions(done));
  const remove = useMutation(trpc.staff.grant.deleteLine.mutationOptions(done));
  const submit = useMutation(trpc.staff.grant.submit.mutationOptions(done));
  const reopen = useMutation(trpc.staff.grant.reopen.mutationOptions(done));

  const heading = (
    <PageHeading title={t('grant.title')} appName={t('appName')}>
      {t('grant.title')}
    </PageHeading>
  );
  const picker = <FiscalYearSelect value={fiscalYear} onChange={setFiscalYear} />;
  if (grant.isPending) return <>{heading}{picker}<Loading /></>;
  if (grant.isError) return <>{heading}{picker}<QueryFailure error={grant.error} onRetry={() => void grant.refetch()} /></>;
  const g = grant.data;
  const labelOf = (id: string) => g.rules.find((r) => r.partId === id)?.label ?? id;
  const editable = g.canEdit && !g.locked;

  const onSave = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const rate = (k: string) => formText(f, k) || null;
    save.mutate({
      fiscalYear,
      line: {
        partId: formText(f, 'partId') as (typeof g.rules)[number]['partId'],
        standardAmount: wholeNumber(formText(f, 'standardAmount')),
        expenditure: wholeNumber(formText(f, 'expenditure')),
        totalCost: wholeNumber(formText(f, 'totalCost')),
        otherIncome: wholeNumber(formText(f, 'otherIncome') || '0'),
        nationalRate: rate('nationalRate'),
        prefectureRate: rate('prefectureRate'),
        adjustmentRate: rate('adjustmentRate'),
      },
    });
  };

  return (
    <>
      {heading}
      <p>{t('grant.lead')}</p>
      {picker}
      <SelectField name="compareWith" label={t('grant.compare')} value={compareWith === null ? '' : String(compareWith)} onChange={(e) => setCompareWith(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">{t('grant.compareNone')}</option>
        {[2022, 2023].filter((y) => y !== fiscalYear).map((y) => <option key={y} value={y}>{formatFiscalYear(y)}</option>)}
      </SelectField>
      <PrintButton />
      {g.canEdit ? null : <Alert tone="info" live={false}>{t('backoffice.readOnly')}</Alert>}
      {g.locked ? <Alert tone="info" live={false}>{t('grant.locked', { version: g.standingVersion ?? 0 })}</Alert> : null}
      <ActionError error={save.error ?? remove.error ?? submit.error ?? reopen.error} />
      {g.tableSource ? <p>{t('grant.table', { source: g.tableSource })}</p> : null}
      {g.problem ? <Alert tone="error" live={false}>{t('grant.problem', { message: g.problem })}</Alert> : null}
      {g.lines.length === 0 ? <p>{t('grant.empty')}</p> : null}
      {g.sheet && g.lines.length > 0 ? <SheetTable sheet={g.sheet} caption={`${g.fiscalYearLabel} ${t('grant.title')}`} labelOf={labelOf} /> : null}
      {g.comparison?.sheet && g.lines.length > 0 ? <SheetTable sheet={g.comparison.sheet} caption={t('grant.comparison', { year: g.comparison.fiscalYearLabel })} labelOf={labelOf} /> : null}
      {editable && g.lines.length > 0 ? (
        <ul className="staff-no-print">
          {g.lines.map((l) => (
            <li key={l.partId}>
              {labelOf(l.partId)} <Button variant="secondary" size="small" onClick={() => remove.mutate({ fiscalYear, partId: l.partId as (typeof g.rules)[number]['partId'] })}>{t('grant.remove')}</Button>
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <form className="staff-form staff-no-print" onSubmit={onSave} aria-label={t('grant.save')}>
          <SelectField name="partId" label={t('grant.part')} required>
            {g.rules.map((r) => <option key={r.partId} value={r.partId}>{r.label}</option>)}
          </SelectField>
          <TextField name="standardAmount" inputMode="numeric" label={t('grant.standard')} required />
          <TextField name="expenditure" inputMode="numeric" label={t('grant.expenditure')} required />
          <TextField name="totalCost" inputMode="numeric" label={t('grant.total')} required />
          <TextField name="otherIncome" inputMode="numeric" label={t('grant.income')} defaultValue="0" />
          <TextField name="nationalRate" label={t('grant.nationalRate')} hint={t('grant.rateHint')} />
          <TextField name="prefectureRate" label={t('grant.prefectureRate')} hint={t('grant.rateHint')} />
          <TextField name="adjustmentRate" label={t('grant.adjustmentRate')} hint={t('grant.rateHint')} />
          <Button type="submit" busy={save.isPending}>{t('grant.save')}</Button>
        </form>
      ) : null}
      {editable && g.lines.length > 0 ? <Button onClick={() => submit.mutate({ fiscalYear })} busy={submit.isPending}>{t('grant.submit')}</Button> : null}
      {g.canEdit && g.locked ? <Button variant="secondary" onClick={() => reopen.mutate({ fiscalYear })} busy={reopen.isPending}>{t('grant.reopen')}</Button> : null}
      {g.submissions.length > 0 ? (
        <section aria-labelledby="grant-history">
          <h2 id="grant-history">{t('grant.history')}</h2>
          <ul>
            {g.submissions.map((s) => (
              <li key={s.id}>
                {t('grant.version', { version: s.version, at: formatDateTime(s.submittedAt) })}（{s.supersededAt ? t('grant.superseded') : t('grant.standing')}）
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
