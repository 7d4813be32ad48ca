import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.js';

export interface UserMenuProps {
  displayName: string;
  roleLabel?: string | undefined;
  onLogout: () => void;
  loggingOut?: boolean;
  /** Links the app adds before the way out, e.g. its password page. */
  links?: ReactNode;
}

/**
 * Who is signed in and the way out, always visible: staff on shared terminals must be able to
 * see at a glance whose session it is and end it in one step.
 */
export function UserMenu({ displayName, roleLabel, onLogout, loggingOut = false, links }: UserMenuProps) {
  const { t } = useTranslation('ui');
  return (
    <div className="kasane-user-menu">
      <span className="kasane-user-menu__name">
        {displayName}
        {roleLabel ? <span className="kasane-user-menu__role">（{roleLabel}）</span> : null}
      </span>
      {links}
      <Button variant="secondary" size="small" busy={loggingOut} onClick={onLogout}>
        {loggingOut ? t('loggingOut') : t('logout')}
      </Button>
    </div>
  );
}
