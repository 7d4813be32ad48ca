import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppHeader, LoginForm, PageHeading, PageLayout, errorText } from '@kasane/ui';
import type { LoginValues } from '@kasane/ui';
import { useTrpc } from '../api.js';
import { loginRoute } from '../router.js';
import { safeRedirect } from '../safe-redirect.js';

export function LoginPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const search = loginRoute.useSearch();
  const login = useMutation(trpc.auth.login.mutationOptions());

  const onSubmit = async (values: LoginValues) => {
    try {
      await login.mutateAsync({ ...values, app: 'staff' });
    } catch {
      return; // shown from login.error
    }
    // Nothing of a previous user's screens may survive the change of user.
    queryClient.clear();
    await navigate({ href: safeRedirect(search.redirect), replace: true });
  };

  return (
    <PageLayout header={<AppHeader brand={t('appName')} context={t('appSubtitle')} />} footer={t('footer')}>
      <div className="staff-login">
        <PageHeading title={t('login.title')} appName={t('appName')}>
          {t('login.title')}
        </PageHeading>
        <p>{t('login.lead')}</p>
        <LoginForm onSubmit={onSubmit} submitting={login.isPending} error={login.error ? errorText(login.error, tu) : null} />
        <p className="kasane-muted">
          {t('login.otherApp')} <a href="/prefecture/">{t('login.otherAppLink')}</a>
        </p>
      </div>
    </PageLayout>
  );
}
