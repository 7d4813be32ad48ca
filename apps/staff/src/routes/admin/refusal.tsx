import { useTranslation } from 'react-i18next';
import { Alert, errorText } from '@kasane/ui';

/** The server's refusal in its own Japanese words (last administrator, login id taken, rules …). */
export function Refusal({ error }: { error: unknown }) {
  const { t: tu } = useTranslation('ui');
  if (!error) return null;
  return <Alert tone="error">{errorText(error, tu)}</Alert>;
}
