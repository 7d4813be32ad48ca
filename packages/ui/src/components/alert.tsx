import { forwardRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type AlertTone = 'error' | 'success' | 'warning' | 'info';

const icons: Record<AlertTone, string> = { error: '!', success: '✓', warning: '!', info: 'i' };

export interface AlertProps {
  tone: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Announce on appearance: errors use role="alert", the rest role="status". */
  live?: boolean;
  /** Lets a form move focus to its error summary. */
  tabIndex?: number;
}

export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert({ tone, title, children, live = true, tabIndex }, ref) {
  const { t } = useTranslation('ui');
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div ref={ref} className={`kasane-alert kasane-alert--${tone}`} role={role} tabIndex={tabIndex}>
      <span className="kasane-alert__icon" aria-hidden="true">
        {icons[tone]}
      </span>
      <div className="kasane-alert__body">
        <span className="kasane-visually-hidden">{t(`alert.${tone}`)}: </span>
        {title ? <p className="kasane-alert__title">{title}</p> : null}
        {typeof children === 'string' ? <p>{children}</p> : children}
      </div>
    </div>
  );
});
