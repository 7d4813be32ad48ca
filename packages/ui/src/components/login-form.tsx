import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from './alert.js';
import { Button } from './button.js';
import { TextField } from './text-field.js';

export interface LoginValues {
  loginId: string;
  password: string;
}

export interface LoginFormProps {
  onSubmit: (values: LoginValues) => void | Promise<void>;
  /** The refusal to show above the form (already in the user's language). */
  error?: string | null;
  submitting?: boolean;
}

function loginSchema(t: (key: string) => string) {
  // Same limits as the API's ZLoginInput, so the server never sees what the form would refuse.
  return z.object({
    loginId: z.string().trim().min(1, t('login.loginIdRequired')).max(100, t('login.loginIdTooLong')),
    password: z.string().min(1, t('login.passwordRequired')).max(200, t('login.passwordTooLong')),
  });
}

export function LoginForm({ onSubmit, error, submitting = false }: LoginFormProps) {
  const { t } = useTranslation('ui');
  const schema = useMemo(() => loginSchema((k) => t(k)), [t]);
  // Re-check while typing, not on blur: a message vanishing on blur shifts the submit button away
  // from under the pointer between mousedown and mouseup, and the click is lost.
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginValues>({ resolver: zodResolver(schema), defaultValues: { loginId: '', password: '' }, mode: 'onSubmit', reValidateMode: 'onChange' });
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        void handleSubmit(async (values) => {
          await onSubmit(values);
        })(event);
      }}
    >
      {error ? (
        <Alert ref={alertRef} tone="error" tabIndex={-1}>
          {error}
        </Alert>
      ) : null}
      <TextField
        label={t('login.loginId')}
        required
        autoComplete="username"
        autoCapitalize="off"
        spellCheck={false}
        error={errors.loginId?.message}
        {...register('loginId')}
      />
      <TextField label={t('login.password')} required type="password" autoComplete="current-password" error={errors.password?.message} {...register('password')} />
      <Button type="submit" busy={submitting}>
        {submitting ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
