import { useTranslation } from '../i18n/react.js';
import { quickExit } from '../quick-exit.js';

export function QuickExitButton({ onExit = quickExit }: { onExit?: () => void }) {
  const { t } = useTranslation('portal');
  return (
    <button type="button" className="kasane-button kasane-button--danger portal-quick-exit" onClick={() => onExit()} title={t('quickExitHint')}>
      {t('quickExit')}
      <span className="kasane-visually-hidden">（{t('quickExitHint')}）</span>
    </button>
  );
}
