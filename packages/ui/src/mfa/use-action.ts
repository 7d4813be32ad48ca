import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../trpc/errors.js';

/** One button's call: busy while it runs, the refusal in words when it fails. */
export function useAction() {
  const { t } = useTranslation('ui');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run<T>(work: () => Promise<T>, failure?: (e: unknown) => string | null): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(failure?.(e) ?? errorText(e, t));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
