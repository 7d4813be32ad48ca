import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MfaStepPage, SecurityPage } from '@kasane/ui/mfa';
import { useTrpc } from '../api.js';
import { mfaRoute } from '../router.js';

/** The second step of sign-in (ADR 0017): the shared page, then the app's session is read again. */
export function MfaPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { step } = mfaRoute.useRouteContext();
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSettled: () => navigate({ to: '/login', replace: true }) }));
  const onDone = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.auth.session.queryKey() });
    await navigate({ to: '/', replace: true });
  };
  return <MfaStepPage appName={t('appName')} footer={t('footer')} step={step} onDone={onDone} onSignOut={() => logout.mutate()} />;
}

/** 「ログインとセキュリティ」: own second factors and ログイン中の端末. */
export function SecurityRoutePage() {
  const { t } = useTranslation('staff');
  return <SecurityPage appName={t('appName')} />;
}
