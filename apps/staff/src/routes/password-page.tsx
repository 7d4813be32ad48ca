import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeading, PasswordChangeForm, errorText } from '@kasane/ui';
import { useTrpc } from '../api.js';

/** Every signed-in user changes their own password here; the other sessions end. */
export function PasswordPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const session = useQuery(trpc.auth.session.queryOptions());
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.auth.session.queryKey() });
      },
    }),
  );
  return (
    <>
      <PageHeading title={t('password.title')} appName={t('appName')}>
        {t('password.title')}
      </PageHeading>
      {change.isSuccess ? (
        <Alert tone="success">
          <p>{t('password.done')}</p>
          <p>
            <Link to="/">{t('password.toHome')}</Link>
          </p>
        </Alert>
      ) : (
        <>
          {session.data?.mustChangePassword ? <Alert tone="warning">{t('password.mustChange')}</Alert> : null}
          <p>{t('password.lead')}</p>
          <div className="staff-login">
            <PasswordChangeForm submitting={change.isPending} error={change.error ? errorText(change.error, tu) : null} onSubmit={(values) => change.mutateAsync(values).then(() => undefined, () => undefined)} />
          </div>
        </>
      )}
    </>
  );
}
