// 取り消し of a survey or an event already sent (ADR 0025): a reason is required; the municipalities see it.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextAreaField } from '@kasane/ui';

export function CancelForm({ title, button, onCancel, busy, error }: { title: string; button: string; onCancel: (reason: string) => void; busy: boolean; error: string | null }) {
  const { t } = useTranslation('prefecture');
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reason = new FormData(e.currentTarget).get('reason');
    onCancel(typeof reason === 'string' ? reason.trim() : '');
  };
  return (
    <form onSubmit={onSubmit} aria-label={title} className="pref-cancel-form">
      <h2>{title}</h2>
      <p>{t('change.cancelLead')}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextAreaField name="reason" label={t('change.reason')} required rows={2} maxLength={1000} />
      <Button type="submit" variant="danger" busy={busy}>{button}</Button>
    </form>
  );
}
