import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import type { AccountList } from './account-types.js';
import { Refusal } from './refusal.js';

interface CreateValues {
  loginId: string;
  displayName: string;
  role: string;
  organisationId: string;
  passwordMode: 'generate' | 'type';
  password: string;
}

const empty: CreateValues = { loginId: '', displayName: '', role: '', organisationId: '', passwordMode: 'generate', password: '' };

/** A new account of this municipality; the result (with a generated password) goes to the page. */
export function AccountCreateForm({ list, onCreated }: { list: AccountList; onCreated: (r: { loginId: string; displayName: string; generatedPassword: string | null }) => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    watch,
    reset,
    formState: { errors },
  } = useForm<CreateValues>({ defaultValues: empty, mode: 'onSubmit', reValidateMode: 'onChange' });
  const create = useMutation(
    trpc.staff.account.create.mutationOptions({
      onSuccess: async (result) => {
        reset(empty);
        onCreated({ loginId: result.account.loginId, displayName: result.account.displayName, generatedPassword: result.generatedPassword });
        await queryClient.invalidateQueries({ queryKey: trpc.staff.account.find.queryKey() });
      },
    }),
  );
  const mode = watch('passwordMode');

  return (
    <form
      noValidate
      className="staff-form"
      onSubmit={(event) => {
        void handleSubmit((v) => {
          create.mutate({
            loginId: v.loginId.trim(),
            displayName: v.displayName.trim(),
            role: v.role as AccountList['roles'][number]['id'],
            organisationId: v.organisationId,
            password: v.passwordMode === 'type' ? v.password : null,
          });
        })(event);
      }}
    >
      <Refusal error={create.error} />
      <TextField
        label={t('accounts.loginId')}
        required
        hint={t('accounts.loginIdHint')}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        error={errors.loginId?.message}
        {...register('loginId', { validate: (v) => v.trim().length > 0 || t('accounts.required.loginId') })}
      />
      <TextField
        label={t('accounts.displayName')}
        required
        autoComplete="off"
        error={errors.displayName?.message}
        {...register('displayName', { validate: (v) => v.trim().length > 0 || t('accounts.required.displayName') })}
      />
      <SelectField label={t('accounts.role')} required error={errors.role?.message} {...register('role', { required: t('accounts.required.role') })}>
        <option value="">{t('accounts.chooseRole')}</option>
        {list.roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('accounts.organisation')} required error={errors.organisationId?.message} {...register('organisationId', { required: t('accounts.required.organisation') })}>
        <option value="">{t('accounts.chooseOrganisation')}</option>
        {list.organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <fieldset className="staff-checks">
        <legend>{t('accounts.passwordMode')}</legend>
        <label className="staff-check">
          <input type="radio" value="generate" {...register('passwordMode')} />
          {t('accounts.passwordGenerate')}
        </label>
        <label className="staff-check">
          <input type="radio" value="type" {...register('passwordMode')} />
          {t('accounts.passwordType')}
        </label>
      </fieldset>
      {mode === 'type' ? (
        <TextField
          label={t('accounts.initialPassword')}
          required
          type="password"
          autoComplete="new-password"
          hint={t('accounts.initialPasswordHint')}
          error={errors.password?.message}
          {...register('password', { validate: (v) => [...v].length >= 12 || t('accounts.required.password') })}
        />
      ) : null}
      <Button type="submit" busy={create.isPending}>
        {create.isPending ? t('accounts.creating') : t('accounts.create')}
      </Button>
    </form>
  );
}
