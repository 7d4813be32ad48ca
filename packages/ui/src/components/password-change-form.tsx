import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from './alert.js';
import { Button } from './button.js';
import { TextField } from './text-field.js';

export interface PasswordChangeValues {
  currentPassword: string;
  newPassword: string;
}

export interface PasswordChangeFormProps {
  onSubmit: (values: PasswordChangeValues) => void | Promise<void>;
  /** The server's refusal (wrong current password, rules), already in the user's language. */
  error?: string | null;
  submitting?: boolean;
}

function schema(t: (key: string) => string) {
  // The server applies the full rules (common passwords, the login id); the form checks what it can.
  return z
    .object({
      currentPassword: z.string().min(1, t('password.currentRequired')).max(200, t('password.tooLong')),
      newPassword: z
        .string()
        .refine((v) => [...v].length >= 12, t('password.newTooShort'))
        .refine((v) => v.length <= 200, t('password.tooLong')),
      confirm: z.string(),
    })
    .refine((v) => v.confirm === v.newPassword, { path: ['confirm'], message: t('password.mismatch') })
    .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: t('password.sameAsCurrent') });
}

/** Current password, new password twice; used by the staff and the prefecture apps. */
export function PasswordChangeForm({ onSubmit, error, submitting = false }: PasswordChangeFormProps) {
  const { t } = useTranslation('ui');
  const resolver = useMemo(() => zodResolver(schema((k) => t(k))), [t]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<PasswordChangeValues & { confirm: string }>({ resolver, defaultValues: { currentPassword: '', newPassword: '', confirm: '' }, mode: 'onSubmit', reValidateMode: 'onChange' });
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        void handleSubmit(async ({ currentPassword, newPassword }) => {
          await onSubmit({ currentPassword, newPassword });
        })(event);
      }}
    >
      {error ? (
        <Alert ref={alertRef} tone="error" tabIndex={-1}>
          {error}
        </Alert>
      ) : null}
      <TextField label={t('password.current')} required type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...register('currentPassword')} />
      <TextField label={t('password.new')} required type="password" autoComplete="new-password" hint={t('password.newHint')} error={errors.newPassword?.message} {...register('newPassword')} />
      <TextField label={t('password.confirm')} required type="password" autoComplete="new-password" error={errors.confirm?.message} {...register('confirm')} />
      <Button type="submit" busy={submitting}>
        {submitting ? t('password.submitting') : t('password.submit')}
      </Button>
    </form>
  );
}
