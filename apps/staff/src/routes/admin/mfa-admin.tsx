// アカウント管理's part of multi-factor sign-in (ADR 0017): the municipality's rule, and resetting
// one account's factors. Both audited by the API.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Refusal } from './refusal.js';

export function MfaPolicySection() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const policy = useQuery(trpc.staff.account.mfaPolicy.queryOptions());
  const [saved, setSaved] = useState(false);
  const set = useMutation(
    trpc.staff.account.setMfaPolicy.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.staff.account.mfaPolicy.queryKey() });
        // the administrator's own session may now owe a factor
        await queryClient.invalidateQueries({ queryKey: trpc.auth.session.queryKey() });
      },
    }),
  );
  if (!policy.data) return null;
  return (
    <section className="staff-section" aria-labelledby="mfa-policy-heading">
      <h2 id="mfa-policy-heading">{t('accounts.mfaTitle')}</h2>
      <p>{policy.data.required ? t('accounts.mfaRequiredNow') : t('accounts.mfaOptionalNow')}</p>
      <p className="kasane-muted">{t('accounts.mfaPolicyLead')}</p>
      {saved ? <Alert tone="success">{t('accounts.mfaSaved')}</Alert> : null}
      <Refusal error={set.error} />
      <label className="staff-check">
        <input
          type="checkbox"
          checked={policy.data.required}
          aria-busy={set.isPending || undefined}
          onChange={(e) => {
            setSaved(false);
            set.mutate({ required: e.target.checked });
          }}
        />{' '}
        {t('accounts.mfaRequire')}
      </label>
    </section>
  );
}

export function MfaReset({ account }: { account: { id: string; displayName: string } }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const reset = useMutation(trpc.staff.account.resetMfa.mutationOptions());
  return (
    <>
      <h3>{t('accounts.mfaResetTitle')}</h3>
      <p className="kasane-muted">{t('accounts.mfaResetNote')}</p>
      {reset.isSuccess ? <Alert tone="success">{t('accounts.mfaResetDone')}</Alert> : null}
      <Refusal error={reset.error} />
      <div className="staff-buttons">
        <Button
          variant="danger"
          busy={reset.isPending}
          onClick={() => {
            if (window.confirm(t('accounts.mfaResetConfirm', { name: account.displayName }))) reset.mutate({ id: account.id });
          }}
        >
          {t('accounts.mfaReset')}
        </Button>
      </div>
    </>
  );
}
