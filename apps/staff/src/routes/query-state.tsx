import { useTranslation } from 'react-i18next';
import { Alert, Button, Loading, errorText } from '@kasane/ui';

/** Loading and failure states shared by every screen that reads from the API. */
export function QueryFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  return (
    <Alert tone="error" title={t('error.title')}>
      <p>{errorText(error, tu)}</p>
      <Button variant="secondary" size="small" onClick={onRetry}>
        {t('error.retry')}
      </Button>
    </Alert>
  );
}

export { Loading };
