import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SignInPage, safeRedirect } from '@kasane/ui';
import { useSignIn } from '@kasane/ui/query';
import { useTrpc } from '../api.js';
import { loginRoute } from '../router.js';

export function LoginPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const navigate = useNavigate();
  const search = loginRoute.useSearch();
  const signIn = useSignIn(trpc.auth.login.mutationOptions(), 'prefecture', () => navigate({ href: safeRedirect(search.redirect), replace: true }));
  const otherApp = (
    <>
      {t('login.otherApp')} <a href="/staff/">{t('login.otherAppLink')}</a>
    </>
  );
  return <SignInPage appName={t('appName')} appSubtitle={t('appSubtitle')} footer={t('footer')} title={t('login.title')} lead={t('login.lead')} otherApp={otherApp} {...signIn} />;
}
