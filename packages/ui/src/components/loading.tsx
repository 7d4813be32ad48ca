import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('ui');
  return (
    <p className="kasane-status" role="status">
      {label ?? t('loading')}
    </p>
  );
}
