// 実施状況の更新 (issue #11 item 5): the prefecture records a status with its source and date; the earlier
// record stays as history, and the table shows the latest.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { YearSelect, useFiscalYear } from './year-select.js';

const statuses = ['implementing', 'transition', 'not_implementing', 'unknown'] as const;
const text = (f: FormData, key: string): string => {
  const v = f.get(key);
  return typeof v === 'string' ? v.trim() : '';
};

export function StatusForm({ municipalities }: { municipalities: readonly { code: string; name: string }[] }) {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [fiscalYear, setFiscalYear] = useFiscalYear();
  const set = useMutation(trpc.prefecture.status.set.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.prefecture.municipality.pathKey() }) }));
  const [done, setDone] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setDone(false);
    set.mutate(
      { municipalityCode: text(f, 'municipalityCode'), fiscalYear, status: text(f, 'status') as (typeof statuses)[number], source: text(f, 'source'), sourceDate: text(f, 'sourceDate') },
      { onSuccess: () => setDone(true) },
    );
  };
  return (
    <form onSubmit={onSubmit} className="pref-status-form" aria-label={t('statusEdit.title')}>
      <h2>{t('statusEdit.title')}</h2>
      {done ? <Alert tone="success">{t('statusEdit.saved')}</Alert> : null}
      {set.error ? <Alert tone="error">{set.error.message}</Alert> : null}
      <SelectField name="municipalityCode" label={t('statusEdit.municipality')} required>
        {municipalities.map((m) => <option key={m.code} value={m.code}>{m.name}</option>)}
      </SelectField>
      <YearSelect value={fiscalYear} onChange={setFiscalYear} label={t('statusEdit.year')} name="statusYear" />
      <SelectField name="status" label={t('statusEdit.status')} required>
        {statuses.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
      </SelectField>
      <TextField name="source" label={t('statusEdit.source')} required />
      <TextField name="sourceDate" type="date" label={t('statusEdit.sourceDate')} required />
      <Button type="submit" busy={set.isPending}>{t('statusEdit.save')}</Button>
    </form>
  );
}
