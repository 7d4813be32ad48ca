// The data side of the shared sign-in and password pages. The apps pass their tRPC options
// (`trpc.auth.login.mutationOptions()`, …), so this stays generic over the router.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryKey, UseMutationOptions, UseQueryOptions } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoginValues } from '../components/login-form.js';
import type { PasswordChangePageProps } from '../components/password-change-page.js';
import type { PasswordChangeValues } from '../components/password-change-form.js';
import type { SignInPageProps } from '../components/sign-in-page.js';
import { errorText } from './errors.js';

type SignInState = Pick<SignInPageProps, 'submitting' | 'error' | 'onSubmit'>;

/** Signs in to `app`; then nothing of a previous user's screens survives, and `afterSignIn` runs (the redirect). */
export function useSignIn<TApp extends string, TData, TError, TContext>(
  login: UseMutationOptions<TData, TError, LoginValues & { app: TApp }, TContext>,
  app: TApp,
  afterSignIn: () => Promise<void>,
): SignInState {
  const { t } = useTranslation('ui');
  const queryClient = useQueryClient();
  const mutation = useMutation(login);
  const onSubmit = async (values: LoginValues) => {
    try {
      await mutation.mutateAsync({ ...values, app });
    } catch {
      return; // shown from mutation.error
    }
    // Nothing of a previous user's screens may survive the change of user.
    queryClient.clear();
    await afterSignIn();
  };
  return { submitting: mutation.isPending, error: mutation.error ? errorText(mutation.error, t) : null, onSubmit };
}

type PasswordChangeState = Omit<PasswordChangePageProps, 'appName' | 'homeLink'>;

/** The own password change; on success the session is read again (it no longer must change). */
export function usePasswordChange<TSession extends { mustChangePassword: boolean } | null, TSessionError, TKey extends QueryKey, TData, TError, TContext>(
  session: UseQueryOptions<TSession, TSessionError, TSession, TKey> & { queryKey: TKey },
  changePassword: UseMutationOptions<TData, TError, PasswordChangeValues, TContext>,
): PasswordChangeState {
  const { t } = useTranslation('ui');
  const queryClient = useQueryClient();
  const current = useQuery(session);
  const change = useMutation({
    ...changePassword,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: session.queryKey });
    },
  });
  return {
    mustChange: current.data?.mustChangePassword ?? false,
    done: change.isSuccess,
    submitting: change.isPending,
    error: change.error ? errorText(change.error, t) : null,
    onSubmit: (values) => change.mutateAsync(values).then(() => undefined, () => undefined),
  };
}
