import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'info' | 'required'; children: ReactNode }) {
  return <span className={`kasane-badge kasane-badge--${tone}`}>{children}</span>;
}

/** The DADS 必須 mark beside a label. */
export function RequiredBadge() {
  const { t } = useTranslation('ui');
  return <Badge tone="required">{t('required')}</Badge>;
}
