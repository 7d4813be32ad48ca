// 実施状況の更新 (issue #11 item 5): the prefecture records a status with its source and date; the earlier
// record stays as history (shown under the form for the chosen municipality), and the table shows the latest.
// For a municipality using Kasane its own declaration outranks the prefecture's entry (ADR 0026): the form
// says so before the official saves.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, Table, TextField, formatDateTimeJst, formatFiscalYear } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import type { Overview } from '../municipality-table.js';
import { YearSelect, useFiscalYear } from './year-select.js';

const statuses = ['implementing', 'transition', 'not_implementing', 'unknown'] as const;
const text = (f: FormData, key: string): string => {
  const v = f.get(key);
  return typeof v === 'string' ? v.trim() : '';
};
type Municipality = Overview['municipalities'][number];

/** A municipality that keeps its records in Kasane: it has registered organisations or declared a status itself. */
export const usesKasane = (m: Municipality): boolean => m.organisations > 0 || m.statuses.some((s) => s.origin === 'municipality');

function DeclarationWarning({ municipality, fiscalYear }: { municipality: Municipality; fiscalYear: number }) {
  const { t } = useTranslation('prefecture');
  if (!usesKasane(municipality)) return null;
  const declared = municipality.statuses.find((s) => s.fiscalYear === fiscalYear && s.origin === 'municipality');
  return (
    <Alert tone="warning" live={false} title={t('statusEdit.kasaneTitle', { name: municipality.name })}>
      <p>{t('statusEdit.kasaneBody')}</p>
      {declared ? (
        <p>{t('statusEdit.kasaneDeclared', { fiscalYear: formatFiscalYear(fiscalYear), status: t(`status.${declared.status}`, { defaultValue: declared.status }), date: declared.sourceDate ?? '' })}</p>
      ) : null}
    </Alert>
  );
}

function StatusHistory({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const history = useQuery(trpc.prefecture.status.history.queryOptions({ municipalityCode }));
  if (!history.data) return null;
  const rows = history.data.history.filter((h) => h.origin !== 'seed').sort((a, b) => (b.changedAt?.getTime() ?? 0) - (a.changedAt?.getTime() ?? 0));
  return (
    <Table
      caption={t('statusEdit.history', { name: history.data.municipalityName })}
      rows={rows}
      rowKey={(h) => `${h.origin}:${h.fiscalYear}:${h.changedAt?.toISOString() ?? ''}`}
      empty={t('statusEdit.historyEmpty')}
      columns={[
        { key: 'changedAt', header: t('statusEdit.changedAt'), rowHeader: true, cell: (h) => (h.changedAt ? formatDateTimeJst(h.changedAt) : '—') },
        { key: 'year', header: t('statusEdit.year'), cell: (h) => formatFiscalYear(h.fiscalYear) },
        { key: 'status', header: t('statusEdit.status'), cell: (h) => t(`status.${h.status}`, { defaultValue: h.status }) },
        { key: 'source', header: t('statusEdit.source'), cell: (h) => `${h.source}${h.sourceDate ? `（${h.sourceDate}）` : ''}` },
      ]}
    />
  );
}

export function StatusForm({ municipalities }: { municipalities: readonly Municipality[] }) {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [fiscalYear, setFiscalYear] = useFiscalYear();
  const [code, setCode] = useState(municipalities[0]?.code ?? '');
  const set = useMutation(trpc.prefecture.status.set.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.prefecture.pathKey() }) }));
  const [done, setDone] = useState(false);
  const chosen = municipalities.find((m) => m.code === code);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setDone(false);
    set.mutate(
      { municipalityCode: code, fiscalYear, status: text(f, 'status') as (typeof statuses)[number], source: text(f, 'source'), sourceDate: text(f, 'sourceDate') },
      { onSuccess: () => setDone(true) },
    );
  };
  return (
    <form onSubmit={onSubmit} className="pref-status-form" aria-label={t('statusEdit.title')}>
      <h2>{t('statusEdit.title')}</h2>
      {done ? <Alert tone="success">{t('statusEdit.saved')}</Alert> : null}
      {set.error ? <Alert tone="error">{set.error.message}</Alert> : null}
      <SelectField name="municipalityCode" label={t('statusEdit.municipality')} required value={code} onChange={(e) => { setCode(e.target.value); setDone(false); }}>
        {municipalities.map((m) => <option key={m.code} value={m.code}>{m.name}</option>)}
      </SelectField>
      <YearSelect value={fiscalYear} onChange={setFiscalYear} label={t('statusEdit.year')} name="statusYear" />
      {chosen ? <DeclarationWarning municipality={chosen} fiscalYear={fiscalYear} /> : null}
      <SelectField name="status" label={t('statusEdit.status')} required>
        {statuses.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
      </SelectField>
      <TextField name="source" label={t('statusEdit.source')} required />
      <TextField name="sourceDate" type="date" label={t('statusEdit.sourceDate')} required />
      <Button type="submit" busy={set.isPending}>{t('statusEdit.save')}</Button>
      {code ? <StatusHistory municipalityCode={code} /> : null}
    </form>
  );
}
