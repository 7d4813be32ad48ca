import { useTranslation } from 'react-i18next';
import { Button } from './button.js';

export interface UserMenuProps {
  displayName: string;
  roleLabel?: string | undefined;
  onLogout: () => void;
  loggingOut?: boolean;
}

/**
 * Who is signed in and the way out, always visible: staff on shared terminals must be able to
 * see at a glance whose session it is and end it in one step.
 */
export function UserMenu({ displayName, roleLabel, onLogout, loggingOut = false }: UserMenuProps) {
  const { t } = useTranslation('ui');
  return (
    <div className="kasane-user-menu">
      <span className="kasane-user-menu__name">
        {displayName}
        {roleLabel ? <span className="kasane-user-menu__role">（{roleLabel}）</span> : null}
      </span>
      <Button variant="secondary" size="small" busy={loggingOut} onClick={onLogout}>
        {loggingOut ? t('loggingOut') : t('logout')}
      </Button>
    </div>
  );
}
