import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PasswordChangePage } from '@kasane/ui';
import { usePasswordChange } from '@kasane/ui/query';
import { useTrpc } from '../api.js';

/** Every signed-in user changes their own password here; the other sessions end. */
export function PasswordPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const state = usePasswordChange(trpc.auth.session.queryOptions(), trpc.auth.changePassword.mutationOptions());
  return <PasswordChangePage appName={t('appName')} homeLink={<Link to="/">{t('password.toHome')}</Link>} {...state} />;
}
