import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@kasane/ui';

/**
 * A password the server generated, shown once: it is not kept anywhere in the browser after
 * the administrator closes this (the mutation's result is dropped with it).
 */
export function GeneratedPassword({ loginId, password, onDismiss }: { loginId: string; password: string; onDismiss: () => void }) {
  const { t } = useTranslation('staff');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tone="warning" tabIndex={-1} title={t('accounts.generatedTitle')}>
      <p>{t('accounts.generatedBody', { loginId })}</p>
      <p>
        <code className="staff-secret" data-testid="generated-password">
          {password}
        </code>
      </p>
      <Button variant="secondary" size="small" onClick={onDismiss}>
        {t('accounts.dismiss')}
      </Button>
    </Alert>
  );
}
