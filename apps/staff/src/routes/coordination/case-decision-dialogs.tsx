// 支援決定 with its day and 終結 with its reason and day, each confirmed in the app's own dialog (issue #10 item 9).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextAreaField, TextField } from '@kasane/ui';
import { closureReasonLabels, closureReasons as reasons } from '@kasane/domain';
import { AppDialog } from '../app-dialog.js';
import { todayInJapan } from '../../dates.js';

export type ClosureInput = { reason: (typeof reasons)[number]; reasonText: string; closedOn: string };

function Actions({ confirm, busy, onCancel }: { confirm: string; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <div className="staff-row-actions">
      <Button type="submit" busy={busy}>
        {confirm}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t('caseDecision.cancel')}
      </Button>
    </div>
  );
}

export function DecideSupportDialog({ open, busy, onCancel, onConfirm }: { open: boolean; busy: boolean; onCancel: () => void; onConfirm: (decidedOn: string) => void }) {
  const { t } = useTranslation('staff');
  const [day, setDay] = useState(todayInJapan());
  return (
    <AppDialog open={open} title={t('caseDecision.decideTitle')} onClose={onCancel}>
      <form
        className="staff-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          onConfirm(day);
        }}
      >
        <p>{t('caseDecision.decideLead')}</p>
        <TextField label={t('caseDecision.decidedOn')} type="date" required max={todayInJapan()} value={day} onChange={(e) => setDay(e.target.value)} />
        <Actions confirm={t('caseDecision.confirmDecide')} busy={busy} onCancel={onCancel} />
      </form>
    </AppDialog>
  );
}

export function CloseCaseDialog({ open, busy, onCancel, onConfirm }: { open: boolean; busy: boolean; onCancel: () => void; onConfirm: (closure: ClosureInput) => void }) {
  const { t } = useTranslation('staff');
  const [v, setV] = useState<ClosureInput>({ reason: 'goals_met', reasonText: '', closedOn: todayInJapan() });
  const [error, setError] = useState<string | undefined>();
  return (
    <AppDialog open={open} title={t('caseDecision.closeTitle')} onClose={onCancel}>
      <form
        noValidate
        className="staff-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (!v.reasonText.trim()) return setError(t('caseDecision.closureReasonTextRequired'));
          setError(undefined);
          onConfirm({ ...v, reasonText: v.reasonText.trim() });
        }}
      >
        <p>{t('caseDecision.closeLead')}</p>
        <SelectField label={t('caseDecision.closureReason')} required value={v.reason} onChange={(e) => setV({ ...v, reason: reasons.find((r) => r === e.target.value) ?? 'other' })}>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {closureReasonLabels[r]}
            </option>
          ))}
        </SelectField>
        <TextAreaField label={t('caseDecision.closureReasonText')} required rows={3} error={error} value={v.reasonText} onChange={(e) => setV({ ...v, reasonText: e.target.value })} />
        <TextField label={t('caseDecision.closedOn')} type="date" required max={todayInJapan()} value={v.closedOn} onChange={(e) => setV({ ...v, closedOn: e.target.value })} />
        <Actions confirm={t('caseDecision.confirmClose')} busy={busy} onCancel={onCancel} />
      </form>
    </AppDialog>
  );
}
