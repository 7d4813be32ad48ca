import { useTranslation } from 'react-i18next';
import { Alert } from '../components/alert.js';
import { Button } from '../components/button.js';
import { errorText } from '../trpc/errors.js';

/** What every screen that reads from the API shows when the read failed: why, and a retry. */
export function QueryFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('shell');
  const { t: tu } = useTranslation('ui');
  return (
    <Alert tone="error" title={t('queryFailure.title')}>
      <p>{errorText(error, tu)}</p>
      <Button variant="secondary" size="small" onClick={onRetry}>
        {t('queryFailure.retry')}
      </Button>
    </Alert>
  );
}
