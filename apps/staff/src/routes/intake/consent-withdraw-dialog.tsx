// C6: withdrawal in the app's own dialog, with the day the person withdrew, how, and why.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextAreaField, TextField } from '@kasane/ui';
import { withdrawalMethodLabels, withdrawalMethods as methods } from '@kasane/domain';
import { AppDialog } from '../app-dialog.js';
import { todayInJapan } from '../../dates.js';

export type WithdrawalInput = { withdrawnOn: string; method: (typeof methods)[number]; note: string };

export function ConsentWithdrawDialog({ open, busy, onCancel, onConfirm }: { open: boolean; busy: boolean; onCancel: () => void; onConfirm: (v: WithdrawalInput) => void }) {
  const { t } = useTranslation('staff');
  const [v, setV] = useState<WithdrawalInput>({ withdrawnOn: todayInJapan(), method: 'oral', note: '' });
  const [error, setError] = useState<string | undefined>();
  return (
    <AppDialog open={open} title={t('consentRecord.withdrawTitle')} onClose={onCancel}>
      <form
        noValidate
        className="staff-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (!v.note.trim()) return setError(t('consentRecord.withdrawalReasonRequired'));
          setError(undefined);
          onConfirm(v);
        }}
      >
        <p>{t('consentRecord.withdrawLead')}</p>
        <TextField label={t('consentRecord.withdrawnOn')} type="date" required value={v.withdrawnOn} onChange={(e) => setV({ ...v, withdrawnOn: e.target.value })} />
        <SelectField label={t('consentRecord.withdrawalMethod')} required value={v.method} onChange={(e) => setV({ ...v, method: methods.find((m) => m === e.target.value) ?? 'other' })}>
          {methods.map((m) => (
            <option key={m} value={m}>
              {withdrawalMethodLabels[m]}
            </option>
          ))}
        </SelectField>
        <TextAreaField label={t('consentRecord.withdrawalReason')} required rows={3} error={error} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />
        <div className="staff-row-actions">
          <Button type="submit" variant="danger" busy={busy}>
            {t('consentRecord.confirmWithdraw')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('consentRecord.cancel')}
          </Button>
        </div>
      </form>
    </AppDialog>
  );
}
