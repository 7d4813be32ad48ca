import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import type { Account, AccountList } from './account-types.js';
import { GeneratedPassword } from './generated-password.js';
import { MfaReset } from './mfa-admin.js';
import { Refusal } from './refusal.js';

interface EditValues {
  displayName: string;
  role: string;
  organisationId: string;
}

/** One account: role and organisation, stop or resume, a new password. */
export function AccountEditor({ account, list, onClose }: { account: Account; list: AccountList; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [generated, setGenerated] = useState<string | null>(null);
  const [resetMode, setResetMode] = useState<'generate' | 'type'>('generate');
  const [typedPassword, setTypedPassword] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.account.find.queryKey() });

  useEffect(() => headingRef.current?.focus(), [account.id]);

  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<EditValues>({ values: { displayName: account.displayName, role: account.role, organisationId: account.organisationId ?? '' } });

  const update = useMutation(trpc.staff.account.update.mutationOptions({ onSuccess: async () => { setNotice(t('accounts.saved')); await refresh(); } }));
  const setEnabled = useMutation(
    trpc.staff.account.setEnabled.mutationOptions({ onSuccess: async (a) => { setNotice(a.active ? t('accounts.enabledDone') : t('accounts.disabledDone')); await refresh(); } }),
  );
  const reset = useMutation(
    trpc.staff.account.resetPassword.mutationOptions({
      onSuccess: async (r) => {
        setTypedPassword('');
        setGenerated(r.generatedPassword);
        setNotice(t('accounts.resetDone'));
        await refresh();
      },
    }),
  );
  const error = update.error ?? setEnabled.error ?? reset.error;

  return (
    <section className="staff-card staff-section" aria-labelledby="account-editor-heading">
      <h2 id="account-editor-heading" ref={headingRef} tabIndex={-1} className="staff-editor-heading">
        {t('accounts.editTitle', { name: account.displayName, loginId: account.loginId })}
      </h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {generated ? <GeneratedPassword loginId={account.loginId} password={generated} onDismiss={() => setGenerated(null)} /> : null}
      <Refusal error={error} />
      <form
        noValidate
        className="staff-form"
        onSubmit={(event) => {
          void handleSubmit((v) => {
            setNotice(null);
            update.mutate({ id: account.id, data: { displayName: v.displayName.trim(), role: v.role as AccountList['roles'][number]['id'], organisationId: v.organisationId } });
          })(event);
        }}
      >
        <TextField label={t('accounts.displayName')} required error={errors.displayName?.message} {...register('displayName', { validate: (v) => v.trim().length > 0 || t('accounts.required.displayName') })} />
        <SelectField label={t('accounts.role')} required {...register('role')}>
          {list.roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('accounts.organisation')} required error={errors.organisationId?.message} {...register('organisationId', { required: t('accounts.required.organisation') })}>
          {account.organisationId ? null : <option value="">{t('accounts.chooseOrganisation')}</option>}
          {list.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <div className="staff-buttons">
          <Button type="submit" busy={update.isPending}>
            {update.isPending ? t('accounts.saving') : t('accounts.save')}
          </Button>
        </div>
      </form>

      <p className="kasane-muted">{t('accounts.disableNote')}</p>
      <div className="staff-buttons">
        <Button
          variant={account.active ? 'danger' : 'secondary'}
          busy={setEnabled.isPending}
          onClick={() => {
            setNotice(null);
            setEnabled.mutate({ id: account.id, enabled: !account.active });
          }}
        >
          {account.active ? t('accounts.disable') : t('accounts.enable')}
        </Button>
      </div>

      <h3>{t('accounts.resetTitle')}</h3>
      <form
        noValidate
        className="staff-form"
        onSubmit={(event) => {
          event.preventDefault();
          setNotice(null);
          setGenerated(null);
          reset.mutate({ id: account.id, password: resetMode === 'type' ? typedPassword : null });
        }}
      >
        <fieldset className="staff-checks">
          <legend>{t('accounts.passwordMode')}</legend>
          <label className="staff-check">
            <input type="radio" name="reset-mode" value="generate" checked={resetMode === 'generate'} onChange={() => setResetMode('generate')} />
            {t('accounts.passwordGenerate')}
          </label>
          <label className="staff-check">
            <input type="radio" name="reset-mode" value="type" checked={resetMode === 'type'} onChange={() => setResetMode('type')} />
            {t('accounts.passwordType')}
          </label>
        </fieldset>
        {resetMode === 'type' ? (
          <TextField
            label={t('accounts.initialPassword')}
            required
            type="password"
            autoComplete="new-password"
            hint={t('accounts.initialPasswordHint')}
            value={typedPassword}
            onChange={(e) => setTypedPassword(e.target.value)}
          />
        ) : null}
        <div className="staff-buttons">
          <Button type="submit" variant="secondary" busy={reset.isPending}>
            {reset.isPending ? t('accounts.resetting') : t('accounts.reset')}
          </Button>
          <Button variant="text" onClick={onClose}>
            {t('accounts.close')}
          </Button>
        </div>
      </form>
      <MfaReset account={account} />
    </section>
  );
}
